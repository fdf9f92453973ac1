using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Enums on the wire: written in kebab case (<c>work-order-issued</c>); read from one name, in kebab case or as the C#
/// name, ignoring case. Unlike <see cref="JsonStringEnumConverter"/>, numbers and lists such as <c>"unit, water"</c> are
/// refused: the latter would be read as a combination of values, which for a plain enum is some other single value.
/// </summary>
public sealed class KebabEnumConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
    }

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, JsonEncodedText> Names = Enum.GetValues<T>().Distinct()
            .ToDictionary(v => v, v => JsonEncodedText.Encode(WireNames.Of(v)));

        private static readonly string Expected = string.Join(", ", Names.Values.Select(n => n.ToString()));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException($"Expected one of {Expected}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Name(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Name(value));

        private static T Parse(string? text) =>
            text is not null && WireNames.TryParse<T>(text, out var value) ? value : throw new JsonException($"'{text}' is not one of {Expected}.");

        private static JsonEncodedText Name(T value) =>
            Names.TryGetValue(value, out var name) ? name : throw new JsonException($"{typeof(T).Name} has no value {value}.");
    }
}
