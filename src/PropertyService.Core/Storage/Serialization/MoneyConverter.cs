using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores <see cref="Money"/> as <c>{"amount": 12.50, "currency": "CNY"}</c>, the amount exactly, with its scale.</summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    /// <summary>The one instance.</summary>
    internal static readonly MoneyConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(Money), [JsonFields.Amount, JsonFields.Currency]);

    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        var amount = 0m;
        string? currency = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Amount: amount = JsonRead.Decimal(ref reader, field); break;
                case JsonFields.Currency: currency = JsonRead.String(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new Money(amount, currency!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonFields.Amount, value.Amount);
        JsonWrite.String(writer, JsonFields.Currency, value.Currency);
        writer.WriteEndObject();
    }
}
