namespace PropertyService;

/// <summary>One registered event type: its stable name, schema version and CLR type.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class EventTypeInfo
{
    internal EventTypeInfo(string name, int schemaVersion, Type type)
    {
        Name = name;
        SchemaVersion = schemaVersion;
        Type = type;
    }

    /// <summary>The stable name, unique across the registry.</summary>
    public string Name { get; }

    /// <summary>The version of the payload shape; 1 for the first.</summary>
    public int SchemaVersion { get; }

    /// <summary>The <see cref="DomainEvent"/> type.</summary>
    public Type Type { get; }

    /// <summary>Formats the registration as <c>name v1 (Type)</c>.</summary>
    public override string ToString() => $"{Name} v{SchemaVersion} ({Type.Name})";
}
