using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="Tool"/> as <c>{"code", "name", "replacementPrice"}</c>.</summary>
internal sealed class ToolConverter : JsonConverter<Tool>
{
    /// <summary>The one instance.</summary>
    internal static readonly ToolConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(Tool), [JsonFields.Code, JsonFields.Name, JsonFields.ReplacementPrice]);

    /// <inheritdoc/>
    public override Tool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? code = null, name = null;
        Money replacementPrice = default;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Code: code = JsonRead.String(ref reader, field); break;
                case JsonFields.Name: name = JsonRead.String(ref reader, field); break;
                case JsonFields.ReplacementPrice: replacementPrice = JsonRead.Value(ref reader, MoneyConverter.Instance, options, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new Tool(code!, name!, replacementPrice);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Tool value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.Code, value.Code);
        JsonWrite.String(writer, JsonFields.Name, value.Name);
        JsonWrite.Value(writer, JsonFields.ReplacementPrice, value.ReplacementPrice, MoneyConverter.Instance, options);
        writer.WriteEndObject();
    }
}
