using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores <see cref="ContactLogged"/> (<c>shift.contact-logged</c>) at schema version 2, whose shape differs from the
/// record's: the book is <c>"logBook"</c> (as in <c>repair.reported</c>), and the shift on duty is one value,
/// <c>"shift": {"name": "Night", "date": "2026-11-27"}</c>, or null when no shift covered the contact.
/// </summary>
/// <remarks>
/// Version 1 wrote the record's parameters as they are: <c>"book"</c>, and <c>"shiftName"</c> and
/// <c>"shiftDate"</c> as two fields that could each be null on their own; <see cref="ContactLoggedV1Upcaster"/>
/// reads it.
/// </remarks>
internal sealed class ContactLoggedConverter : JsonConverter<ContactLogged>
{
    private static readonly JsonFieldSet Fields = new(
        nameof(ContactLogged),
        [JsonFields.AggregateId, JsonFields.Version, JsonFields.OccurredAt, JsonFields.Actor, JsonFields.EntryId, JsonFields.LogBook,
            JsonFields.Kind, JsonFields.Category, JsonFields.From, JsonFields.Summary],
        [JsonFields.Shift]);

    private static readonly JsonFieldSet ShiftFields = new("the shift of a ContactLogged", [JsonFields.Name, JsonFields.Date]);

    /// <inheritdoc/>
    public override ContactLogged Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? aggregateId = null, entryId = null, from = null, summary = null, shiftName = null;
        var version = 0;
        Instant occurredAt = default;
        Actor? actor = null;
        var logBook = LogBook.ContactRegister;
        LocalDate? shiftDate = null;
        var kind = ContactKind.Call;
        var category = ContactCategory.Repair;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.AggregateId: aggregateId = JsonRead.String(ref reader, field); break;
                case JsonFields.Version: version = JsonRead.Int32(ref reader, field); break;
                case JsonFields.OccurredAt: occurredAt = JsonRead.Value(ref reader, NodaConverters.InstantConverter, options, field); break;
                case JsonFields.Actor: actor = JsonRead.Value(ref reader, ActorConverter.Instance, options, field); break;
                case JsonFields.EntryId: entryId = JsonRead.String(ref reader, field); break;
                case JsonFields.LogBook: logBook = JsonRead.Value(ref reader, EnumNameConverter<LogBook>.Instance, options, field); break;
                case JsonFields.Shift: (shiftName, shiftDate) = ReadShift(ref reader, options); break;
                case JsonFields.Kind: kind = JsonRead.Value(ref reader, EnumNameConverter<ContactKind>.Instance, options, field); break;
                case JsonFields.Category: category = JsonRead.Value(ref reader, EnumNameConverter<ContactCategory>.Instance, options, field); break;
                case JsonFields.From: from = JsonRead.String(ref reader, field); break;
                case JsonFields.Summary: summary = JsonRead.String(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new ContactLogged(aggregateId!, version, occurredAt, actor!, entryId!, logBook, shiftName, shiftDate, kind, category, from!, summary!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ContactLogged value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.AggregateId, value.AggregateId);
        writer.WriteNumber(JsonFields.Version, value.Version);
        JsonWrite.Value(writer, JsonFields.OccurredAt, value.OccurredAt, NodaConverters.InstantConverter, options);
        JsonWrite.Value(writer, JsonFields.Actor, value.Actor, ActorConverter.Instance, options);
        JsonWrite.String(writer, JsonFields.EntryId, value.EntryId);
        JsonWrite.Value(writer, JsonFields.LogBook, value.Book, EnumNameConverter<LogBook>.Instance, options);
        writer.WritePropertyName(JsonFields.Shift);
        if (value.ShiftName is { } name && value.ShiftDate is { } date)
        {
            writer.WriteStartObject();
            JsonWrite.String(writer, JsonFields.Name, name);
            JsonWrite.Value(writer, JsonFields.Date, date, NodaConverters.LocalDateConverter, options);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        JsonWrite.Value(writer, JsonFields.Kind, value.Kind, EnumNameConverter<ContactKind>.Instance, options);
        JsonWrite.Value(writer, JsonFields.Category, value.Category, EnumNameConverter<ContactCategory>.Instance, options);
        JsonWrite.String(writer, JsonFields.From, value.From);
        JsonWrite.String(writer, JsonFields.Summary, value.Summary);
        writer.WriteEndObject();
    }

    private static (string? Name, LocalDate? Date) ReadShift(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return (null, null);
        }

        JsonRead.StartObject(ref reader, ShiftFields);
        string? name = null;
        LocalDate? date = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, ShiftFields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Name: name = JsonRead.String(ref reader, field) ?? throw JsonRead.NullWhereRequired($"{JsonFields.Shift}.{field}"); break;
                case JsonFields.Date: date = JsonRead.Value(ref reader, NodaConverters.LocalDateConverter, options, $"{JsonFields.Shift}.{field}"); break;
            }
        }

        ShiftFields.CheckRequired(seen);
        return (name, date);
    }
}
