namespace PropertyService.Storage;

/// <summary>What <see cref="IEventStore.VerifyAsync"/> found wrong with a stored event.</summary>
public enum TamperKind
{
    /// <summary>The event's content (payload, type, version or site) no longer matches its hash: it was edited.</summary>
    Edited,

    /// <summary>One or more versions are missing from the stream: events were removed.</summary>
    Removed,

    /// <summary>A version appears twice, or an event's link does not lead to any event of the stream: an event was inserted or replaced.</summary>
    Inserted,

    /// <summary>An event links to an event that comes after it: events were reordered.</summary>
    Reordered,

    /// <summary>The stream's head (its recorded version and last hash) does not match its last event: events were removed from its end, or added past it.</summary>
    HeadMismatch,

    /// <summary>The stored event cannot be read back: unknown type, malformed payload, or a payload the event refuses.</summary>
    Unreadable,
}
