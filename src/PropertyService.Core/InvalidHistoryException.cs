namespace PropertyService;

/// <summary>
/// Thrown by an aggregate's <c>FromEvents</c> when the events cannot be its history: not exactly one creation
/// event first, an event the workflow does not permit from the state before it, a version skipped or repeated,
/// a time earlier than the event before it, or an event of another aggregate or site. Names the version at fault.
/// </summary>
/// <remarks>Derives from <see cref="ArgumentException"/>: the events passed in are the bad argument.</remarks>
public sealed class InvalidHistoryException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="aggregateId">The aggregate whose history was being loaded, or null when no event named one.</param>
    /// <param name="version">The position (1-based) of the event at fault, or 0 when the history is empty.</param>
    /// <param name="reason">What is wrong, in words.</param>
    public InvalidHistoryException(string? aggregateId, int version, string reason)
        : base($"{(aggregateId is null ? "The history" : $"The history of {aggregateId}")} is invalid at version {version}: {reason}", "events")
    {
        AggregateId = aggregateId;
        Version = version;
    }

    /// <summary>The aggregate whose history was being loaded, or null when no event named one.</summary>
    public string? AggregateId { get; }

    /// <summary>The position (1-based) of the event at fault, or 0 when the history is empty.</summary>
    public int Version { get; }
}
