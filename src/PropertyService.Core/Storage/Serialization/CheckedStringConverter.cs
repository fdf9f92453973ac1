using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Stores texts as JSON strings, refusing those that would not read back the same (see <see cref="JsonWrite.StringValue"/>).</summary>
internal sealed class CheckedStringConverter : JsonConverter<string>
{
    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"A text is stored as a JSON string, but the value is {reader.TokenType}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => JsonWrite.StringValue(writer, value);
}
