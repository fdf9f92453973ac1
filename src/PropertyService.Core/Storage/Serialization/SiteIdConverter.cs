using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores a <see cref="SiteId"/> as its text; <c>default(SiteId)</c>, which names no site, as null.</summary>
internal sealed class SiteIdConverter : JsonConverter<SiteId>
{
    /// <summary>The one instance.</summary>
    internal static readonly SiteIdConverter Instance = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public override SiteId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonRead.String(ref reader, JsonFields.Site) is { } value ? new SiteId(value) : default;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SiteId value, JsonSerializerOptions options) =>
        JsonWrite.StringValue(writer, value.IsEmpty ? null : value.Value);
}
