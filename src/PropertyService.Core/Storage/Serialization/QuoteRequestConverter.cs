using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PropertyService.Fees;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="QuoteRequest"/> as <c>{"site", "category", "reportedOn", "items": [...], "locationKind",
/// "residentSuppliesMaterials", "workStartsAt", "warranty", "isMajorWork", "isUtilityInstallation"}</c>;
/// <c>workStartsAt</c> and <c>warranty</c> may be null.
/// </summary>
internal sealed class QuoteRequestConverter : JsonConverter<QuoteRequest>
{
    /// <summary>The one instance.</summary>
    internal static readonly QuoteRequestConverter Instance = new();

    private static readonly JsonFieldSet Fields = new(
        nameof(QuoteRequest),
        [JsonFields.Site, JsonFields.Category, JsonFields.ReportedOn, JsonFields.Items, JsonFields.LocationKind,
            JsonFields.ResidentSuppliesMaterials, JsonFields.IsMajorWork, JsonFields.IsUtilityInstallation],
        [JsonFields.WorkStartsAt, JsonFields.Warranty]);

    /// <inheritdoc/>
    public override QuoteRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRead.StartObject(ref reader, Fields);
        SiteId site = default;
        var category = RepairCategory.Unit;
        var locationKind = LocationKind.Unit;
        LocalDate reportedOn = default;
        LocalDateTime? workStartsAt = null;
        List<QuoteRequestItem>? items = null;
        WarrantyFacts? warranty = null;
        bool residentSuppliesMaterials = false, isMajorWork = false, isUtilityInstallation = false;
        var seen = 0UL;
        while (JsonRead.NextField(ref reader, Fields, ref seen, out var field))
        {
            switch (field)
            {
                case JsonFields.Site: site = SiteIdConverter.Instance.Read(ref reader, typeof(SiteId), options); break;
                case JsonFields.Category: category = JsonRead.Value(ref reader, EnumNameConverter<RepairCategory>.Instance, options, field); break;
                case JsonFields.ReportedOn: reportedOn = JsonRead.Value(ref reader, NodaConverters.LocalDateConverter, options, field); break;
                case JsonFields.Items: items = JsonRead.Array(ref reader, QuoteRequestItemConverter.Instance, options, field); break;
                case JsonFields.LocationKind: locationKind = JsonRead.Value(ref reader, EnumNameConverter<LocationKind>.Instance, options, field); break;
                case JsonFields.ResidentSuppliesMaterials: residentSuppliesMaterials = JsonRead.Boolean(ref reader, field); break;
                case JsonFields.WorkStartsAt: workStartsAt = JsonRead.OptionalValue(ref reader, NodaConverters.LocalDateTimeConverter, options); break;
                case JsonFields.Warranty: warranty = JsonRead.Optional(ref reader, WarrantyFactsConverter.Instance, options); break;
                case JsonFields.IsMajorWork: isMajorWork = JsonRead.Boolean(ref reader, field); break;
                case JsonFields.IsUtilityInstallation: isUtilityInstallation = JsonRead.Boolean(ref reader, field); break;
            }
        }

        Fields.CheckRequired(seen);
        return new QuoteRequest(site, category, reportedOn, items!)
        {
            LocationKind = locationKind,
            ResidentSuppliesMaterials = residentSuppliesMaterials,
            WorkStartsAt = workStartsAt,
            Warranty = warranty,
            IsMajorWork = isMajorWork,
            IsUtilityInstallation = isUtilityInstallation,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuoteRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Value(writer, JsonFields.Site, value.Site, SiteIdConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.Category, value.Category, EnumNameConverter<RepairCategory>.Instance, options);
        JsonWrite.Value(writer, JsonFields.ReportedOn, value.ReportedOn, NodaConverters.LocalDateConverter, options);
        JsonWrite.Array(writer, JsonFields.Items, value.Items, QuoteRequestItemConverter.Instance, options);
        JsonWrite.Value(writer, JsonFields.LocationKind, value.LocationKind, EnumNameConverter<LocationKind>.Instance, options);
        writer.WriteBoolean(JsonFields.ResidentSuppliesMaterials, value.ResidentSuppliesMaterials);
        JsonWrite.NullableValue(writer, JsonFields.WorkStartsAt, value.WorkStartsAt, NodaConverters.LocalDateTimeConverter, options);
        JsonWrite.Value(writer, JsonFields.Warranty, value.Warranty, WarrantyFactsConverter.Instance, options);
        writer.WriteBoolean(JsonFields.IsMajorWork, value.IsMajorWork);
        writer.WriteBoolean(JsonFields.IsUtilityInstallation, value.IsUtilityInstallation);
        writer.WriteEndObject();
    }
}
