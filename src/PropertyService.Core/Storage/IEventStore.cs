namespace PropertyService.Storage;

/// <summary>
/// Keeps the event streams of every aggregate (repair tickets, help requests, handovers, logs, complaints), each
/// scoped to its site. An append names the version the caller read: if the stream moved on, the append is a
/// <see cref="ConcurrencyConflict"/>, never an overwrite; an append is all or nothing.
/// </summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IEventStore
{
    /// <summary>Appends a command's events to a stream.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream: the aggregate's identifier.</param>
    /// <param name="expectedVersion">The stream's version when the caller read it (0 for a new stream).</param>
    /// <param name="events">The new events, for that aggregate, continuing from <paramref name="expectedVersion"/> + 1, by actors of the site.</param>
    /// <param name="cancellationToken">Cancels the append (before it is written).</param>
    /// <returns>The stream's new version, or the conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument or event is null.</exception>
    /// <exception cref="ArgumentException">The events are empty, of another stream or site, or do not continue from
    /// <paramref name="expectedVersion"/>; nothing is written.</exception>
    ValueTask<AppendResult> AppendAsync(SiteId site, string streamId, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads a stream, in version order.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="fromVersion">The first version to read (1 for the whole stream).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events from <paramref name="fromVersion"/> on; empty for a stream the site does not have.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streamId"/> is null.</exception>
    ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default);
}
