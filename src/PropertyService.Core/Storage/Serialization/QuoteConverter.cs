using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Fees;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="Quote"/> as <c>{"request", "lines": [...], "adjustments": [...], "scheduleInForceFrom",
/// "assessor", "assessedAt"}</c>: what it was built from. Its currency and totals are computed again by its
/// constructor, which checks them as it would for a new quote.
/// </summary>
internal sealed class QuoteConverter : JsonConverter<Quote>
{
    /// <summary>The one instance.</summary>
    internal static readonly QuoteConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(Quote),
        [JsonFields.Request, JsonFields.Lines, JsonFields.Adjustments],
        [JsonFields.ScheduleInForceFrom, JsonFields.Assessor, JsonFields.AssessedAt]);

    /// <inheritdoc/>
    public override Quote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        QuoteRequest? request = null;
        List<QuoteLine>? lines = null;
        List<QuoteAdjustment>? adjustments = null;
        LocalDate? scheduleInForceFrom = null;
        Actor? assessor = null;
        Instant? assessedAt = null;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Request: request = JsonRead.Value(ref reader, QuoteRequestConverter.Instance, options, field); break;
                case JsonFields.Lines: lines = JsonRead.Array(ref reader, QuoteLineConverter.Instance, options, field); break;
                case JsonFields.Adjustments: adjustments = JsonRead.Array(ref reader, QuoteAdjustmentConverter.Instance, options, field); break;
                case JsonFields.ScheduleInForceFrom: scheduleInForceFrom = JsonRead.OptionalValue(ref reader, NodaConverters.LocalDateConverter, options); break;
                case JsonFields.Assessor: assessor = JsonRead.Optional(ref reader, ActorConverter.Instance, options); break;
                case JsonFields.AssessedAt: assessedAt = JsonRead.OptionalValue(ref reader, NodaConverters.InstantConverter, options); break;
            }
        }

        Fields.CheckRequired(seen);
        return new Quote(request!, lines!, adjustments!, scheduleInForceFrom, assessor, assessedAt);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Quote value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.Request, value.Request, QuoteRequestConverter.Instance, options);
        JsonWrite.Array(writer, JsonFields.Lines, value.Lines, QuoteLineConverter.Instance, options);
        JsonWrite.Array(writer, JsonFields.Adjustments, value.Adjustments, QuoteAdjustmentConverter.Instance, options);
        JsonWrite.NullableValue(writer, JsonFields.ScheduleInForceFrom, value.ScheduleInForceFrom, NodaConverters.LocalDateConverter, options);
        JsonWrite.Value(writer, JsonFields.Assessor, value.Assessor, ActorConverter.Instance, options);
        JsonWrite.NullableValue(writer, JsonFields.AssessedAt, value.AssessedAt, NodaConverters.InstantConverter, options);
        writer.WriteEndObject();
    }
}
