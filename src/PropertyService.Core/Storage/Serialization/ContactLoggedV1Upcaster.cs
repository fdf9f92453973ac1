using System.Text.Json.Nodes;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Upgrades <c>shift.contact-logged</c> from schema version 1 to 2 (see <see cref="ContactLoggedConverter"/>):
/// <c>"book"</c> becomes <c>"logBook"</c>, and <c>"shiftName"</c> and <c>"shiftDate"</c> become
/// <c>"shift": {"name", "date"}</c>, or <c>"shift": null</c> when both were null or missing.
/// </summary>
/// <remarks>Built in: registered in every <see cref="EventSerializer"/>. A payload that already holds a field of version 2
/// is not one of version 1: the upcaster throws, and the event is reported as malformed. Stateless; thread-safe.</remarks>
internal sealed class ContactLoggedV1Upcaster : IEventUpcaster
{
    /// <inheritdoc/>
    public string TypeName => EventTypeRegistry.Of(typeof(ContactLogged)).Name;

    /// <inheritdoc/>
    public int FromVersion => 1;

    /// <inheritdoc/>
    public void Upcast(JsonObject payload)
    {
        // Add, not set: a field of version 2 already there means this is no version 1 payload, and Add throws.
        // A payload without "book" is left without "logBook", which the reader then reports as missing.
        if (payload.ContainsKey(JsonFields.BookV1))
        {
            payload.Add(JsonFields.LogBook, Take(payload, JsonFields.BookV1));
        }

        var name = Take(payload, JsonFields.ShiftNameV1);
        var date = Take(payload, JsonFields.ShiftDateV1);

        // A half-given shift stays half-given: the reader refuses it, as the event does.
        payload.Add(JsonFields.Shift, name is null && date is null ? null : new JsonObject { [JsonFields.Name] = name, [JsonFields.Date] = date });
    }

    // Detaches the field's value (null when missing or null) so that it can be placed elsewhere.
    private static JsonNode? Take(JsonObject payload, string field)
    {
        payload.TryGetPropertyValue(field, out var value);
        payload.Remove(field);
        return value;
    }
}
