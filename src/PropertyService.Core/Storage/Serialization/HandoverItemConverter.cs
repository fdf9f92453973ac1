using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="HandoverItem"/> as <c>{"kind", "reference", "description", "note", "isMajor"}</c>; the reference and the note may be null.</summary>
internal sealed class HandoverItemConverter : JsonConverter<HandoverItem>
{
    /// <summary>The one instance.</summary>
    internal static readonly HandoverItemConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(HandoverItem), [JsonFields.Kind, JsonFields.Description, JsonFields.IsMajor], [JsonFields.Reference, JsonFields.Note]);

    /// <inheritdoc/>
    public override HandoverItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        var kind = HandoverItemKind.RepairTicket;
        string? reference = null, description = null, note = null;
        var isMajor = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Kind: kind = JsonRead.Value(ref reader, EnumNameConverter<HandoverItemKind>.Instance, options, field); break;
                case JsonFields.Reference: reference = JsonRead.String(ref reader, field); break;
                case JsonFields.Description: description = JsonRead.String(ref reader, field); break;
                case JsonFields.Note: note = JsonRead.String(ref reader, field); break;
                case JsonFields.IsMajor: isMajor = JsonRead.Boolean(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new HandoverItem(kind, reference, description!, note, isMajor);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HandoverItem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.Kind, value.Kind, EnumNameConverter<HandoverItemKind>.Instance, options);
        JsonWrite.String(writer, JsonFields.Reference, value.Reference);
        JsonWrite.String(writer, JsonFields.Description, value.Description);
        JsonWrite.String(writer, JsonFields.Note, value.Note);
        writer.WriteBoolean(JsonFields.IsMajor, value.IsMajor);
        writer.WriteEndObject();
    }
}
