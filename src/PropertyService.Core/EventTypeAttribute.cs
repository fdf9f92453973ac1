namespace PropertyService;

/// <summary>
/// Gives a <see cref="DomainEvent"/> type its stable name and schema version: what a store writes instead of the
/// CLR type name, so that renaming or moving the class never orphans stored events. Every event type of the
/// library carries one; <see cref="EventTypeRegistry"/> collects them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class EventTypeAttribute : Attribute
{
    /// <summary>Names an event type.</summary>
    /// <param name="name">The stable name, unique across the library, for example <c>"repair.reported"</c>.</param>
    /// <param name="schemaVersion">The version of the event's payload shape; 1 for the first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schemaVersion"/> is less than 1.</exception>
    public EventTypeAttribute(string name, int schemaVersion = 1)
    {
        Name = Utility.Preconditions.CheckNotBlank(name);
        SchemaVersion = Utility.Preconditions.CheckPositive(schemaVersion);
    }

    /// <summary>The stable name.</summary>
    public string Name { get; }

    /// <summary>The version of the payload shape.</summary>
    public int SchemaVersion { get; }
}
