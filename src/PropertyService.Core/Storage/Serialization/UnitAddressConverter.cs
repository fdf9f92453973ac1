using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="UnitAddress"/> as <c>{"building", "entrance", "room"}</c>; the entrance may be null.</summary>
internal sealed class UnitAddressConverter : JsonConverter<UnitAddress>
{
    /// <summary>The one instance.</summary>
    internal static readonly UnitAddressConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(UnitAddress), [JsonFields.Building, JsonFields.Room], [JsonFields.Entrance]);

    /// <inheritdoc/>
    public override UnitAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? building = null, entrance = null, room = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Building: building = JsonRead.String(ref reader, field); break;
                case JsonFields.Entrance: entrance = JsonRead.String(ref reader, field); break;
                case JsonFields.Room: room = JsonRead.String(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new UnitAddress(building!, entrance, room!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UnitAddress value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.Building, value.Building);
        JsonWrite.String(writer, JsonFields.Entrance, value.Entrance);
        JsonWrite.String(writer, JsonFields.Room, value.Room);
        writer.WriteEndObject();
    }
}
