using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores a <see cref="ContactPhone"/> as its normalised text (<c>"13812345678"</c>, <c>"010-12345678"</c>,
/// <c>"+85221234567"</c>), which parses back to the same number; <c>default(ContactPhone)</c> (no number) as null.
/// </summary>
internal sealed class ContactPhoneConverter : JsonConverter<ContactPhone>
{
    /// <summary>The one instance.</summary>
    internal static readonly ContactPhoneConverter Instance = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    /// <exception cref="FormatException">The text is not a phone number.</exception>
    public override ContactPhone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonRead.String(ref reader, JsonFields.Phone) is { } value ? ContactPhone.Parse(value) : default;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ContactPhone value, JsonSerializerOptions options) =>
        JsonWrite.StringValue(writer, value.IsEmpty ? null : value.Value);
}
