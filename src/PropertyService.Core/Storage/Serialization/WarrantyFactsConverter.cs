using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Fees;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores <see cref="WarrantyFacts"/> as <c>{"completionAcceptedOn": "2024-05-01", "handedOverOn": "2024-06-30"}</c>.</summary>
internal sealed class WarrantyFactsConverter : JsonConverter<WarrantyFacts>
{
    /// <summary>The one instance.</summary>
    internal static readonly WarrantyFactsConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(WarrantyFacts), [JsonFields.CompletionAcceptedOn, JsonFields.HandedOverOn]);

    /// <inheritdoc/>
    public override WarrantyFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        LocalDate completionAcceptedOn = default, handedOverOn = default;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.CompletionAcceptedOn: completionAcceptedOn = JsonRead.Value(ref reader, NodaConverters.LocalDateConverter, options, field); break;
                case JsonFields.HandedOverOn: handedOverOn = JsonRead.Value(ref reader, NodaConverters.LocalDateConverter, options, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new WarrantyFacts(completionAcceptedOn, handedOverOn);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WarrantyFacts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.CompletionAcceptedOn, value.CompletionAcceptedOn, NodaConverters.LocalDateConverter, options);
        JsonWrite.Value(writer, JsonFields.HandedOverOn, value.HandedOverOn, NodaConverters.LocalDateConverter, options);
        writer.WriteEndObject();
    }
}
