using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.Fees;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="QuoteAdjustment"/> as <c>{"ruleName", "kind", "amount", "payer", "reason", "lineIndex"}</c>;
/// the line index is null for an adjustment of the whole quote.
/// </summary>
internal sealed class QuoteAdjustmentConverter : JsonConverter<QuoteAdjustment>
{
    /// <summary>The one instance.</summary>
    internal static readonly QuoteAdjustmentConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(QuoteAdjustment),
        [JsonFields.RuleName, JsonFields.Kind, JsonFields.Amount, JsonFields.Payer, JsonFields.Reason],
        [JsonFields.LineIndex]);

    /// <inheritdoc/>
    public override QuoteAdjustment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? ruleName = null, reason = null;
        var kind = QuoteAdjustmentKind.Surcharge;
        Money amount = default;
        var payer = Payer.Resident;
        int? lineIndex = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.RuleName: ruleName = JsonRead.String(ref reader, field); break;
                case JsonFields.Kind: kind = JsonRead.Value(ref reader, EnumNameConverter<QuoteAdjustmentKind>.Instance, options, field); break;
                case JsonFields.Amount: amount = JsonRead.Value(ref reader, MoneyConverter.Instance, options, field); break;
                case JsonFields.Payer: payer = JsonRead.Value(ref reader, EnumNameConverter<Payer>.Instance, options, field); break;
                case JsonFields.Reason: reason = JsonRead.String(ref reader, field); break;
                case JsonFields.LineIndex: lineIndex = JsonRead.OptionalInt32(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new QuoteAdjustment(ruleName!, kind, amount, payer, reason!, lineIndex);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuoteAdjustment value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.RuleName, value.RuleName);
        JsonWrite.Value(writer, JsonFields.Kind, value.Kind, EnumNameConverter<QuoteAdjustmentKind>.Instance, options);
        JsonWrite.Value(writer, JsonFields.Amount, value.Amount, MoneyConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.Payer, value.Payer, EnumNameConverter<Payer>.Instance, options);
        JsonWrite.String(writer, JsonFields.Reason, value.Reason);
        writer.WritePropertyName(JsonFields.LineIndex);
        if (value.LineIndex is { } index)
        {
            writer.WriteNumberValue(index);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
