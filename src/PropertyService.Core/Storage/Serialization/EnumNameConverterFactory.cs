using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>Gives every enum type its <see cref="EnumNameConverter{T}"/>.</summary>
internal sealed class EnumNameConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)typeof(EnumNameConverter<>).MakeGenericType(typeToConvert)
            .GetField(nameof(EnumNameConverter<Role>.Instance), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetValue(null)!;
}
