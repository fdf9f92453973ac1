using System.Text;
using System.Text.Json;

namespace PropertyService.Storage.Serialization;

/// <summary>Writing of stored values, shared by the converters.</summary>
internal static class JsonWrite
{
    /// <summary>Writes a text field (or null), refusing text that would not read back the same.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds an unpaired surrogate.</exception>
    internal static void String(Utf8JsonWriter writer, string field, string? value)
    {
        writer.WritePropertyName(field);
        StringValue(writer, value);
    }

    /// <summary>Writes a text (or null), refusing text that would not read back the same.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds an unpaired surrogate.</exception>
    internal static void StringValue(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        // UTF-8 has no form for an unpaired surrogate: the writer would store U+FFFD instead, silently changing
        // the event. Such text comes only from a bug (no keyboard or decoder makes it), so it is refused.
        if (value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !IsValidUtf16(value))
        {
            throw new ArgumentException("A text of the event holds an unpaired UTF-16 surrogate, which cannot be stored.", nameof(value));
        }

        writer.WriteStringValue(value);
    }

    /// <summary>Writes an array of texts.</summary>
    internal static void Strings(Utf8JsonWriter writer, string field, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(field);
        foreach (var value in values)
        {
            StringValue(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a field's name, then its value with <paramref name="converter"/> (null as JSON null).</summary>
    internal static void Value<T>(Utf8JsonWriter writer, string field, T? value, System.Text.Json.Serialization.JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WritePropertyName(field);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            converter.Write(writer, value, options);
        }
    }

    /// <summary>Writes a field's name, then its value with <paramref name="converter"/>, or null.</summary>
    internal static void NullableValue<T>(Utf8JsonWriter writer, string field, T? value, System.Text.Json.Serialization.JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        writer.WritePropertyName(field);
        if (value is { } v)
        {
            converter.Write(writer, v, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a field's name, then an array of values written by <paramref name="converter"/>.</summary>
    internal static void Array<T>(Utf8JsonWriter writer, string field, IReadOnlyList<T> values, System.Text.Json.Serialization.JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WriteStartArray(field);
        foreach (var value in values)
        {
            converter.Write(writer, value, options);
        }

        writer.WriteEndArray();
    }

    private static bool IsValidUtf16(string value)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            span = span[used..];
        }

        return true;
    }
}
