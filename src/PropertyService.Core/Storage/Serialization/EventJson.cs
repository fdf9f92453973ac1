using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime.Serialization.SystemTextJson;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// The one set of serializer options for stored events: compact UTF-8, non-ASCII text (Chinese) unescaped, an explicit
/// converter for every value an event carries. Fixed for good: stored bytes are hashed, so any change of output is a
/// change of format.
/// </summary>
/// <remarks>
/// A type without an explicit converter is refused rather than written through System.Text.Json's default object
/// contract, which would store computed properties and could not read constructor-only types back.
/// </remarks>
internal static class EventJson
{
    /// <summary>The options; read-only.</summary>
    internal static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            // Fixed: leaves non-ASCII text and HTML-sensitive characters as they are; escapes quotes, backslashes,
            // control characters and characters outside the Basic Multilingual Plane.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RefuseDefaultObjectContract } },
            Converters =
            {
                // Events: ContactLogged has a shape of its own (schema version 2); every other event goes by its contract.
                new ContactLoggedConverter(),
                new EventConverterFactory(),

                // The values events carry.
                ActorConverter.Instance,
                SiteIdConverter.Instance,
                ContactPhoneConverter.Instance,
                MoneyConverter.Instance,
                UnitAddressConverter.Instance,
                LocationConverter.Instance,
                ResidentConverter.Instance,
                RepairRequestConverter.Instance,
                WorkOrderConverter.Instance,
                QuoteConverter.Instance,
                QuoteLineConverter.Instance,
                QuoteAdjustmentConverter.Instance,
                QuoteRequestConverter.Instance,
                QuoteRequestItemConverter.Instance,
                WarrantyFactsConverter.Instance,
                HandoverItemConverter.Instance,
                ToolConverter.Instance,
                ToolLoanConverter.Instance,
                ToolLossConverter.Instance,
                new EnumNameConverterFactory(),
                new CheckedStringConverter(),
                NodaConverters.InstantConverter,
                NodaConverters.LocalDateConverter,
                NodaConverters.LocalDateTimeConverter,
                NodaConverters.LocalTimeConverter,
                NodaConverters.DurationConverter,
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void RefuseDefaultObjectContract(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            throw new NotSupportedException(
                $"{typeInfo.Type.FullName} has no converter for stored events; add one to {nameof(EventJson)} (and its field names to {nameof(JsonFields)}).");
        }
    }
}
