using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores an enum value as its name, exactly as declared (<c>"NightDutyLog"</c>): names survive a reordering of the
/// members, and a stored payload reads on its own. Numbers, names in another case and unknown names are refused.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class EnumNameConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    /// <summary>The one instance.</summary>
    internal static readonly EnumNameConverter<T> Instance = new();

    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly byte[][] Utf8Names = [.. Values.Select(v => Encoding.UTF8.GetBytes(Enum.GetName(v)!))];
    private static readonly FrozenDictionary<T, JsonEncodedText> Names =
        Values.Distinct().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(Enum.GetName(v)!));

    private EnumNameConverter()
    {
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The name is not one of <typeparamref name="T"/>'s.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(T).Name} is stored as its name, a string, but the value is {reader.TokenType}.");
        }

        for (var i = 0; i < Values.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8Names[i]))
            {
                return Values[i];
            }
        }

        var name = reader.GetString();
        throw new ArgumentOutOfRangeException(
            typeof(T).Name,
            $"\"{name}\" is not a {typeof(T).Name}; the names are {string.Join(", ", Enum.GetNames<T>())}.");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The event holds the undefined value {value} for {typeof(T).Name}, which cannot be stored."));
}
