using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="ToolLoan"/> as <c>{"toolCode", "borrower", "lentBy", "lentAt"}</c>.</summary>
internal sealed class ToolLoanConverter : JsonConverter<ToolLoan>
{
    /// <summary>The one instance.</summary>
    internal static readonly ToolLoanConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(ToolLoan), [JsonFields.ToolCode, JsonFields.Borrower, JsonFields.LentBy, JsonFields.LentAt]);

    /// <inheritdoc/>
    public override ToolLoan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? toolCode = null;
        Actor? borrower = null, lentBy = null;
        Instant lentAt = default;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.ToolCode: toolCode = JsonRead.String(ref reader, field); break;
                case JsonFields.Borrower: borrower = JsonRead.Value(ref reader, ActorConverter.Instance, options, field); break;
                case JsonFields.LentBy: lentBy = JsonRead.Value(ref reader, ActorConverter.Instance, options, field); break;
                case JsonFields.LentAt: lentAt = JsonRead.Value(ref reader, NodaConverters.InstantConverter, options, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new ToolLoan(toolCode!, borrower!, lentBy!, lentAt);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ToolLoan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.ToolCode, value.ToolCode);
        JsonWrite.Value(writer, JsonFields.Borrower, value.Borrower, ActorConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.LentBy, value.LentBy, ActorConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.LentAt, value.LentAt, NodaConverters.InstantConverter, options);
        writer.WriteEndObject();
    }
}
