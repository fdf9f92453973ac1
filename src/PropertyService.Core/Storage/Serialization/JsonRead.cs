using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Strict reading of stored values, shared by the converters. Shape errors (a wrong JSON kind, an unknown, repeated
/// or missing field) throw <see cref="JsonException"/>; a null where a value is required throws
/// <see cref="ArgumentNullException"/> naming the field, as a constructor would.
/// </summary>
internal static class JsonRead
{
    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <exception cref="JsonException">It is not.</exception>
    internal static void StartObject(ref Utf8JsonReader reader, JsonFieldSet fields)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"{fields.Owner} is stored as a JSON object, but the value is {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>
    /// Moves to the next field of the object and onto its value, returning the field's name (one of
    /// <see cref="JsonFieldSet.Names"/>, so that it can be switched on); false at the end of the object.
    /// </summary>
    /// <exception cref="JsonException">The field is unknown or was already read.</exception>
    internal static bool NextField(ref Utf8JsonReader reader, JsonFieldSet fields, ref ulong seen, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        var index = fields.IndexOf(ref reader);
        if (index < 0)
        {
            throw new JsonException($"{fields.Owner} has no field \"{reader.GetString()}\".");
        }

        var bit = 1UL << index;
        name = fields.Names[index];
        if ((seen & bit) != 0)
        {
            throw new JsonException($"The field \"{name}\" of {fields.Owner} is given twice.");
        }

        seen |= bit;
        reader.Read();
        return true;
    }

    /// <summary>A text, or null.</summary>
    internal static string? String(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw WrongKind(reader.TokenType, field, "a string"),
    };

    /// <summary>A true or false.</summary>
    internal static bool Boolean(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => throw NullWhereRequired(field),
        _ => throw WrongKind(reader.TokenType, field, "true or false"),
    };

    /// <summary>A decimal number, kept exactly as written (with its scale).</summary>
    internal static decimal Decimal(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetDecimal(out var value) ? value : throw new JsonException($"The field \"{field}\" holds a number a decimal cannot hold."),
        JsonTokenType.Null => throw NullWhereRequired(field),
        _ => throw WrongKind(reader.TokenType, field, "a number"),
    };

    /// <summary>A whole number.</summary>
    internal static int Int32(ref Utf8JsonReader reader, string field) =>
        OptionalInt32(ref reader, field) ?? throw NullWhereRequired(field);

    /// <summary>A whole number, or null.</summary>
    internal static int? OptionalInt32(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetInt32(out var value) ? value : throw new JsonException($"The field \"{field}\" holds a number that is not a 32-bit whole number."),
        JsonTokenType.Null => null,
        _ => throw WrongKind(reader.TokenType, field, "a number"),
    };

    /// <summary>A value read by <paramref name="converter"/>; null is refused.</summary>
    internal static T Value<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string field)
        where T : notnull =>
        reader.TokenType == JsonTokenType.Null && !converter.HandleNull
            ? throw NullWhereRequired(field)
            : converter.Read(ref reader, typeof(T), options)!;

    /// <summary>An object read by <paramref name="converter"/>, or null.</summary>
    internal static T? Optional<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>A value read by <paramref name="converter"/>, or null.</summary>
    internal static T? OptionalValue<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct =>
        reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>An array whose elements <paramref name="converter"/> reads; neither it nor an element may be null.</summary>
    internal static List<T> Array<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string field)
        where T : notnull
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw reader.TokenType == JsonTokenType.Null ? NullWhereRequired(field) : WrongKind(reader.TokenType, field, "an array");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(Value(ref reader, converter, options, $"{field}[{list.Count}]"));
        }

        return list;
    }

    /// <summary>An array of texts; neither it nor an element may be null.</summary>
    internal static List<string> Strings(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw reader.TokenType == JsonTokenType.Null ? NullWhereRequired(field) : WrongKind(reader.TokenType, field, "an array");
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var element = $"{field}[{list.Count}]";
            list.Add(String(ref reader, element) ?? throw NullWhereRequired(element));
        }

        return list;
    }

    /// <summary>The error for a null in a field that needs a value: the same kind a constructor throws.</summary>
    internal static ArgumentNullException NullWhereRequired(string field) =>
        new(field, $"The field \"{field}\" is required, but is null.");

    /// <summary>The error for a value of the wrong JSON kind.</summary>
    internal static JsonException WrongKind(JsonTokenType token, string field, string expected) =>
        new($"The field \"{field}\" must be {expected}, but is {Describe(token)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
