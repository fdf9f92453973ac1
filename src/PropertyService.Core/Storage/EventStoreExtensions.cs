namespace PropertyService.Storage;

/// <summary>Shorter calls on any <see cref="IEventStore"/>.</summary>
public static class EventStoreExtensions
{
    /// <summary>Appends a command's events to a stream; the stream's status is inferred (see <see cref="StreamStatus"/>).</summary>
    /// <param name="store">The store.</param>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream: the aggregate's identifier.</param>
    /// <param name="expectedVersion">The stream's version when the caller read it (0 for a new stream).</param>
    /// <param name="events">The new events, for that aggregate, continuing from <paramref name="expectedVersion"/> + 1, by actors of the site.</param>
    /// <param name="cancellationToken">Cancels the append (before it is written).</param>
    /// <returns>The stream's new version, or the conflict.</returns>
    /// <exception cref="ArgumentNullException">An argument or event is null.</exception>
    /// <exception cref="ArgumentException">The events are empty, of another stream or site, or do not continue from
    /// <paramref name="expectedVersion"/>; nothing is written.</exception>
    public static ValueTask<AppendResult> AppendAsync(
        this IEventStore store, SiteId site, string streamId, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default) =>
        Utility.Preconditions.CheckNotNull(store).AppendAsync(new AppendRequest(site, streamId, expectedVersion, events), cancellationToken);
}
