using System.Text.Json;
using System.Text.Json.Serialization;
using PropertyService.Fees;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="QuoteRequestItem"/> as <c>{"itemCode", "quantity", "chosenUnitLabour", "materialCost"}</c>; the last two may be null.</summary>
internal sealed class QuoteRequestItemConverter : JsonConverter<QuoteRequestItem>
{
    /// <summary>The one instance.</summary>
    internal static readonly QuoteRequestItemConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(QuoteRequestItem), [JsonFields.ItemCode, JsonFields.Quantity], [JsonFields.ChosenUnitLabour, JsonFields.MaterialCost]);

    /// <inheritdoc/>
    public override QuoteRequestItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? itemCode = null;
        var quantity = 0m;
        Money? chosenUnitLabour = null, materialCost = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.ItemCode: itemCode = JsonRead.String(ref reader, field); break;
                case JsonFields.Quantity: quantity = JsonRead.Decimal(ref reader, field); break;
                case JsonFields.ChosenUnitLabour: chosenUnitLabour = JsonRead.OptionalValue(ref reader, MoneyConverter.Instance, options); break;
                case JsonFields.MaterialCost: materialCost = JsonRead.OptionalValue(ref reader, MoneyConverter.Instance, options); break;
            }
        }

        Fields.CheckRequired(seen);
        return new QuoteRequestItem(itemCode!, quantity) { ChosenUnitLabour = chosenUnitLabour, MaterialCost = materialCost };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuoteRequestItem value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.ItemCode, value.ItemCode);
        writer.WriteNumber(JsonFields.Quantity, value.Quantity);
        JsonWrite.NullableValue(writer, JsonFields.ChosenUnitLabour, value.ChosenUnitLabour, MoneyConverter.Instance, options);
        JsonWrite.NullableValue(writer, JsonFields.MaterialCost, value.MaterialCost, MoneyConverter.Instance, options);
        writer.WriteEndObject();
    }
}
