using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>One stream's part of an append: the events a command produced, the version they continue, and what the
/// store indexes of the stream afterwards.</summary>
/// <remarks>Immutable; safe to share between threads once built (the events list must not change afterwards).</remarks>
public sealed class AppendRequest
{
    /// <summary>Creates an append request.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream: the aggregate's identifier.</param>
    /// <param name="expectedVersion">The stream's version when the caller read it (0 for a new stream).</param>
    /// <param name="events">The new events, continuing from <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="status">The aggregate's status after the events, for the store's queries; inferred from the event
    /// type names when null (see <see cref="StreamStatus"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="streamId"/>, <paramref name="events"/> or an event is null.</exception>
    /// <exception cref="ArgumentException">The site is empty, the stream blank, the events empty, of another stream or
    /// site, or not continuing from <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    public AppendRequest(SiteId site, string streamId, int expectedVersion, IReadOnlyList<DomainEvent> events, StreamStatus? status = null)
    {
        StoreArguments.CheckAppend(site, streamId, expectedVersion, events);
        Site = site;
        StreamId = streamId;
        ExpectedVersion = expectedVersion;
        Events = events;
        Status = status ?? StreamStatus.Infer(events);
    }

    /// <summary>The site of the stream.</summary>
    public SiteId Site { get; }

    /// <summary>The stream: the aggregate's identifier.</summary>
    public string StreamId { get; }

    /// <summary>The stream's version when the caller read it (0 for a new stream).</summary>
    public int ExpectedVersion { get; }

    /// <summary>The new events.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>The aggregate's status after the events.</summary>
    public StreamStatus Status { get; }

    /// <summary>Formats the request as <c>SZ-01/RT-1 v2..v3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Site}/{StreamId} v{ExpectedVersion + 1}..v{ExpectedVersion + Events.Count}";
}
