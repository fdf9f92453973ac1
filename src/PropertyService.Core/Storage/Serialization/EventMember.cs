using System.Reflection;
using System.Text.Json;

namespace PropertyService.Storage.Serialization;

/// <summary>Reads and writes one <see cref="EventField"/> of events of type <typeparamref name="TEvent"/>.</summary>
/// <typeparam name="TEvent">The event type.</typeparam>
internal abstract class EventMember<TEvent>
    where TEvent : DomainEvent
{
    /// <summary>Creates the member.</summary>
    protected EventMember(EventField field)
    {
        Field = field;
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(field.Name);
        EncodedName = JsonEncodedText.Encode(field.Name);
    }

    /// <summary>The field.</summary>
    internal EventField Field { get; }

    /// <summary>The field's name in UTF-8, to match property names without allocating.</summary>
    internal byte[] Utf8Name { get; }

    /// <summary>The field's name, encoded once for writing.</summary>
    internal JsonEncodedText EncodedName { get; }

    /// <summary>A typed member for <paramref name="field"/>, with delegates bound to its property once.</summary>
    internal static EventMember<TEvent> Create(EventField field) =>
        (EventMember<TEvent>)Activator.CreateInstance(
            typeof(EventMember<,>).MakeGenericType(typeof(TEvent), field.Property.PropertyType),
            BindingFlags.NonPublic | BindingFlags.Instance,
            binder: null,
            args: [field],
            culture: null)!;

    /// <summary>Writes the field's name and value.</summary>
    internal abstract void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options);

    /// <summary>Reads the field's value; the reader is on it.</summary>
    /// <exception cref="ArgumentNullException">The value is null, but the field needs one.</exception>
    internal abstract object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Sets an <c>init</c> property on a newly constructed event.</summary>
    internal abstract void Set(TEvent target, object? value);
}
