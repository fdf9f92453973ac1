using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Stores an event of type <typeparamref name="TEvent"/> as one JSON object of its <see cref="EventContract"/>'s fields,
/// in the contract's order, nulls included; reads it back through the event's constructor (and its <c>init</c>
/// properties), so that every check of the event applies. Unknown, repeated and missing fields are refused (a
/// nullable field may be left out and reads as null).
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <remarks>Built once per event type; thread-safe.</remarks>
internal sealed class EventConverter<TEvent> : JsonConverter<TEvent>
    where TEvent : DomainEvent
{
    private readonly EventMember<TEvent>[] _members;
    private readonly int _parameterCount;
    private readonly ConstructorInvoker _constructor;
    private readonly ulong _required;

    /// <summary>Creates the converter for <paramref name="contract"/>, which must be <typeparamref name="TEvent"/>'s.</summary>
    internal EventConverter(EventContract contract)
    {
        _members = [.. contract.Fields.Select(EventMember<TEvent>.Create)];
        _parameterCount = contract.Fields.Count(f => f.ParameterIndex >= 0);
        _constructor = ConstructorInvoker.Create(contract.Constructor);
        for (var i = 0; i < _members.Length; i++)
        {
            if (!_members[i].Field.Nullable && _members[i].Field.ParameterIndex >= 0)
            {
                _required |= 1UL << i;
            }
        }
    }

    /// <inheritdoc/>
    public override TEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An event is stored as a JSON object, but the payload is {reader.TokenType}.");
        }

        var values = new object?[_members.Length];
        var seen = 0UL;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var index = IndexOf(ref reader);
            if (index < 0)
            {
                throw new JsonException($"{typeof(TEvent).Name} has no field \"{reader.GetString()}\".");
            }

            if ((seen & (1UL << index)) != 0)
            {
                throw new JsonException($"The field \"{_members[index].Field.Name}\" of {typeof(TEvent).Name} is given twice.");
            }

            seen |= 1UL << index;
            reader.Read();
            values[index] = _members[index].Read(ref reader, options);
        }

        var missing = _required & ~seen;
        if (missing != 0)
        {
            throw new JsonException($"The field \"{_members[System.Numerics.BitOperations.TrailingZeroCount(missing)].Field.Name}\" of {typeof(TEvent).Name} is missing.");
        }

        var e = (TEvent)_constructor.Invoke(values.AsSpan(0, _parameterCount));
        for (var i = _parameterCount; i < _members.Length; i++)
        {
            if ((seen & (1UL << i)) != 0)
            {
                _members[i].Set(e, values[i]);
            }
        }

        return e;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var member in _members)
        {
            member.Write(writer, value, options);
        }

        writer.WriteEndObject();
    }

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            if (reader.ValueTextEquals(_members[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }
}
