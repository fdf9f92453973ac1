using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PropertyService.Storage.Serialization;

/// <summary>An <see cref="EventMember{TEvent}"/> whose value is a <typeparamref name="TValue"/>: its getter and setter are
/// delegates, and its value is read and written by the converter the options give <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TValue">The field's CLR type.</typeparam>
internal sealed class EventMember<TEvent, TValue> : EventMember<TEvent>
    where TEvent : DomainEvent
{
    private readonly Func<TEvent, TValue> _get;
    private readonly Action<TEvent, TValue>? _set;
    private Resolved? _resolved;

    internal EventMember(EventField field)
        : base(field)
    {
        _get = field.Property.GetMethod!.CreateDelegate<Func<TEvent, TValue>>();
        _set = field.ParameterIndex < 0 ? field.Property.SetMethod!.CreateDelegate<Action<TEvent, TValue>>() : null;
    }

    /// <inheritdoc/>
    internal override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(EncodedName);
        JsonSerializer.Serialize(writer, _get(value), Resolve(options).TypeInfo);
    }

    /// <inheritdoc/>
    internal override object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var resolved = Resolve(options);
        if (reader.TokenType == JsonTokenType.Null && !resolved.AllowsNull)
        {
            throw JsonRead.NullWhereRequired(Field.Name);
        }

        return JsonSerializer.Deserialize(ref reader, resolved.TypeInfo);
    }

    /// <inheritdoc/>
    internal override void Set(TEvent target, object? value) => _set!(target, (TValue)value!);

    // Looked up on first use, when the options are complete; a race is harmless (both threads find the same).
    private Resolved Resolve(JsonSerializerOptions options)
    {
        if (_resolved is { } known)
        {
            return known;
        }

        var typeInfo = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));

        // A value type may take null only when its converter reads null as a value (no site, no phone number).
        var allowsNull = Field.Nullable || (typeof(TValue).IsValueType && typeInfo.Converter is JsonConverter<TValue> { HandleNull: true });
        return _resolved = new Resolved(typeInfo, allowsNull);
    }

    private sealed record Resolved(JsonTypeInfo<TValue> TypeInfo, bool AllowsNull);
}
