namespace PropertyService.Storage.Serialization;

/// <summary>Why <see cref="EventSerializer.Deserialize"/> could not read a stored event.</summary>
public enum EventSerializationFailure
{
    /// <summary>No event type of the library has the stored name.</summary>
    UnknownType = 0,

    /// <summary>The payload was written at a schema version newer than the library's: it was written by a newer version of the library.</summary>
    NewerSchema = 1,

    /// <summary>The payload is older than the library's schema, and no upcaster upgrades it from one of the versions in between.</summary>
    NoUpcaster = 2,

    /// <summary>
    /// The payload is not what the event type is written as: not JSON, truncated, not an object, a value of the wrong
    /// JSON kind, a missing, unknown or repeated field, or a time, date or duration not in its ISO form.
    /// </summary>
    Malformed = 3,

    /// <summary>
    /// The payload has the event type's shape, but the event (or one of its values) refuses what it holds: a blank
    /// text, an undefined enum name, a null where a value is required, a number out of range, a phone number that does not parse.
    /// </summary>
    Invalid = 4,
}
