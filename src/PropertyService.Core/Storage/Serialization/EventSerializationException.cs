namespace PropertyService.Storage.Serialization;

/// <summary>
/// A stored event could not be read back: its type is unknown, its schema version cannot be upgraded to the library's,
/// or its payload is malformed or invalid. <see cref="Reason"/> says which; the message says it in words and names the
/// event type and schema version.
/// </summary>
/// <remarks>
/// Thrown by <see cref="EventSerializer.Deserialize"/>, which never returns a partly read event. The error that caused
/// it, when there is one, is the <see cref="Exception.InnerException"/>.
/// </remarks>
public sealed class EventSerializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="typeName">The stored event type name.</param>
    /// <param name="schemaVersion">The stored schema version.</param>
    /// <param name="reason">Why the event could not be read.</param>
    /// <param name="detail">What exactly is wrong, in words; it follows the type, version and reason in the message.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public EventSerializationException(string typeName, int schemaVersion, EventSerializationFailure reason, string detail, Exception? innerException = null)
        : base($"Cannot read the stored event \"{typeName}\" of schema version {schemaVersion} ({reason}): {detail}", innerException)
    {
        TypeName = typeName;
        SchemaVersion = schemaVersion;
        Reason = reason;
    }

    /// <summary>The stored event type name.</summary>
    public string TypeName { get; }

    /// <summary>The stored schema version.</summary>
    public int SchemaVersion { get; }

    /// <summary>Why the event could not be read.</summary>
    public EventSerializationFailure Reason { get; }
}
