using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="ToolLoss"/> as <c>{"tool", "answerableBy", "onLoan"}</c>; the compensation is computed from the tool.</summary>
internal sealed class ToolLossConverter : JsonConverter<ToolLoss>
{
    /// <summary>The one instance.</summary>
    internal static readonly ToolLossConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(ToolLoss), [JsonFields.Tool, JsonFields.AnswerableBy, JsonFields.OnLoan]);

    /// <inheritdoc/>
    public override ToolLoss Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        Tool? tool = null;
        Actor? answerableBy = null;
        var onLoan = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Tool: tool = JsonRead.Value(ref reader, ToolConverter.Instance, options, field); break;
                case JsonFields.AnswerableBy: answerableBy = JsonRead.Value(ref reader, ActorConverter.Instance, options, field); break;
                case JsonFields.OnLoan: onLoan = JsonRead.Boolean(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new ToolLoss(tool!, answerableBy!, onLoan);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ToolLoss value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.Tool, value.Tool, ToolConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.AnswerableBy, value.AnswerableBy, ActorConverter.Instance, options);
        writer.WriteBoolean(JsonFields.OnLoan, value.OnLoan);
        writer.WriteEndObject();
    }
}
