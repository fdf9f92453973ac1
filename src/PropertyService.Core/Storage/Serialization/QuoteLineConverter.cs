using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.Fees;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="QuoteLine"/> as <c>{"itemCode", "description", "quantity", "labour", "material", "payer",
/// "payerReason", "isAssessed"}</c>; the item code may be null, and the subtotal is computed.
/// </summary>
internal sealed class QuoteLineConverter : JsonConverter<QuoteLine>
{
    /// <summary>The one instance.</summary>
    internal static readonly QuoteLineConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(QuoteLine),
        [JsonFields.Description, JsonFields.Quantity, JsonFields.Labour, JsonFields.Material, JsonFields.Payer, JsonFields.PayerReason, JsonFields.IsAssessed],
        [JsonFields.ItemCode]);

    /// <inheritdoc/>
    public override QuoteLine Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? itemCode = null, description = null, payerReason = null;
        var quantity = 0m;
        Money labour = default, material = default;
        var payer = Payer.Resident;
        var isAssessed = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.ItemCode: itemCode = JsonRead.String(ref reader, field); break;
                case JsonFields.Description: description = JsonRead.String(ref reader, field); break;
                case JsonFields.Quantity: quantity = JsonRead.Decimal(ref reader, field); break;
                case JsonFields.Labour: labour = JsonRead.Value(ref reader, MoneyConverter.Instance, options, field); break;
                case JsonFields.Material: material = JsonRead.Value(ref reader, MoneyConverter.Instance, options, field); break;
                case JsonFields.Payer: payer = JsonRead.Value(ref reader, EnumNameConverter<Payer>.Instance, options, field); break;
                case JsonFields.PayerReason: payerReason = JsonRead.String(ref reader, field); break;
                case JsonFields.IsAssessed: isAssessed = JsonRead.Boolean(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new QuoteLine(itemCode, description!, quantity, labour, material, payer, payerReason!, isAssessed);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuoteLine value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.ItemCode, value.ItemCode);
        JsonWrite.String(writer, JsonFields.Description, value.Description);
        writer.WriteNumber(JsonFields.Quantity, value.Quantity);
        JsonWrite.Value(writer, JsonFields.Labour, value.Labour, MoneyConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.Material, value.Material, MoneyConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.Payer, value.Payer, EnumNameConverter<Payer>.Instance, options);
        JsonWrite.String(writer, JsonFields.PayerReason, value.PayerReason);
        writer.WriteBoolean(JsonFields.IsAssessed, value.IsAssessed);
        writer.WriteEndObject();
    }
}
