using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Repairs;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="WorkOrder"/> as <c>{"number", "issuedAt", "isCollected"}</c>; a collected one reads back through <see cref="WorkOrder.Collected"/>.</summary>
internal sealed class WorkOrderConverter : JsonConverter<WorkOrder>
{
    /// <summary>The one instance.</summary>
    internal static readonly WorkOrderConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(nameof(WorkOrder), [JsonFields.Number, JsonFields.IssuedAt, JsonFields.IsCollected]);

    /// <inheritdoc/>
    public override WorkOrder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        string? number = null;
        Instant issuedAt = default;
        var isCollected = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Number: number = JsonRead.String(ref reader, field); break;
                case JsonFields.IssuedAt: issuedAt = JsonRead.Value(ref reader, NodaConverters.InstantConverter, options, field); break;
                case JsonFields.IsCollected: isCollected = JsonRead.Boolean(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        var order = new WorkOrder(number!, issuedAt);
        return isCollected ? order.Collected() : order;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WorkOrder value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, JsonFields.Number, value.Number);
        JsonWrite.Value(writer, JsonFields.IssuedAt, value.IssuedAt, NodaConverters.InstantConverter, options);
        writer.WriteBoolean(JsonFields.IsCollected, value.IsCollected);
        writer.WriteEndObject();
    }
}
