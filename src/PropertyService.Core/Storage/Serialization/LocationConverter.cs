using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="Location"/> as <c>{"kind": "Unit", "unit": {...}, "description"}</c> (the description an
/// optional detail) or <c>{"kind": "CommonArea", "unit": null, "description"}</c>, and reads it back through
/// <see cref="Location.InUnit"/> or <see cref="Location.CommonArea"/>.
/// </summary>
internal sealed class LocationConverter : JsonConverter<Location>
{
    /// <summary>The one instance.</summary>
    internal static readonly LocationConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(Location), [JsonFields.Kind], [JsonFields.Unit, JsonFields.Description]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A unit has no address, or a common area has one or has no description.</exception>
    public override Location Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        var kind = LocationKind.Unit;
        UnitAddress? unit = null;
        string? description = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Kind: kind = JsonRead.Value(ref reader, EnumNameConverter<LocationKind>.Instance, options, field); break;
                case JsonFields.Unit: unit = JsonRead.Optional(ref reader, UnitAddressConverter.Instance, options); break;
                case JsonFields.Description: description = JsonRead.String(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return kind switch
        {
            LocationKind.Unit => Location.InUnit(unit!, description),
            _ when unit is not null => throw new ArgumentException("A common area has no unit address.", JsonFields.Unit),
            _ => Location.CommonArea(description!),
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Location value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.Kind, value.Kind, EnumNameConverter<LocationKind>.Instance, options);
        JsonWrite.Value(writer, JsonFields.Unit, value.Unit, UnitAddressConverter.Instance, options);
        JsonWrite.String(writer, JsonFields.Description, value.Description);
        writer.WriteEndObject();
    }
}
