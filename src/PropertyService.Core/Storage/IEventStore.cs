using NodaTime;

namespace PropertyService.Storage;

/// <summary>
/// Keeps the event streams of every aggregate (repair tickets, help requests, handovers, logs, complaints), each
/// scoped to its site. An append names the version the caller read: if the stream moved on, the append is a
/// <see cref="ConcurrencyConflict"/>, never an overwrite; an append is all or nothing. Each stored event carries a hash
/// chained over the previous event of its stream (<see cref="HashChain"/>), so an edited, removed, inserted or
/// reordered event shows in <see cref="VerifyAsync"/>. With each append the store updates its index of streams
/// (<see cref="StreamSummary"/>) in the same transaction, for <see cref="QueryAsync"/>.
/// </summary>
/// <remarks>Implementations are thread-safe. Every read and query is scoped to one site.</remarks>
public interface IEventStore
{
    /// <summary>Appends a command's events to a stream and records the stream's new status.</summary>
    /// <param name="request">The stream, the version read, the events and the status after them.</param>
    /// <param name="cancellationToken">Cancels the append (before it is written).</param>
    /// <returns>The stream's new version, or the conflict (nothing written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends to many streams in one transaction: each request is appended or refused with a conflict on its own, in
    /// order (a later request may continue a stream an earlier one appended to), and the whole batch is durable at once.
    /// </summary>
    /// <param name="requests">The appends.</param>
    /// <param name="cancellationToken">Cancels the batch (before it is written).</param>
    /// <returns>One result per request, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> or one of them is null.</exception>
    ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default);

    /// <summary>Reads a stream, in version order.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="fromVersion">The first version to read (1 for the whole stream).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events from <paramref name="fromVersion"/> on; empty for a stream the site does not have.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streamId"/> is null.</exception>
    /// <exception cref="StoredEventException">A stored event cannot be read back as written; nothing is returned.</exception>
    ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>Reads a site's events of every stream, in the order they were stored (by <see cref="StoredEvent.Position"/>).</summary>
    /// <param name="site">The site.</param>
    /// <param name="afterPosition">Only events after this position (0 for all).</param>
    /// <param name="maxCount">The most events to return, from 1.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events; fewer than <paramref name="maxCount"/> only at the end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterPosition"/> is negative or <paramref name="maxCount"/> less than 1.</exception>
    /// <exception cref="StoredEventException">A stored event cannot be read back as written; nothing is returned.</exception>
    ValueTask<IReadOnlyList<StoredEvent>> ReadSiteAsync(SiteId site, long afterPosition = 0, int maxCount = 1000, CancellationToken cancellationToken = default);

    /// <summary>Lists a site's streams that meet a query, from the index kept with each append.</summary>
    /// <param name="site">The site; streams of other sites are never returned.</param>
    /// <param name="query">The criteria.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matching streams, ordered as <see cref="StreamQuery"/> says, at most <see cref="StreamQuery.Limit"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The query's limit is less than 1.</exception>
    ValueTask<IReadOnlyList<StreamSummary>> QueryAsync(SiteId site, StreamQuery query, CancellationToken cancellationToken = default);

    /// <summary>Checks one stream against its hash chain and its head in the index.</summary>
    /// <param name="site">The site.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was found; intact for a stream the site does not have.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streamId"/> is null.</exception>
    ValueTask<VerificationResult> VerifyAsync(SiteId site, string streamId, CancellationToken cancellationToken = default);

    /// <summary>Checks every stream of a site against its hash chain and its head in the index.</summary>
    /// <param name="site">The site.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was found.</returns>
    ValueTask<VerificationResult> VerifyAllAsync(SiteId site, CancellationToken cancellationToken = default);

    /// <summary>Reads a named checkpoint of a site, such as the instant up to which SLA alerts were raised.</summary>
    /// <param name="site">The site.</param>
    /// <param name="name">The checkpoint's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The instant last written, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    ValueTask<Instant?> ReadCheckpointAsync(SiteId site, string name, CancellationToken cancellationToken = default);

    /// <summary>Writes a named checkpoint of a site; a checkpoint only moves forward (an earlier instant is ignored).</summary>
    /// <param name="site">The site.</param>
    /// <param name="name">The checkpoint's name.</param>
    /// <param name="value">The instant.</param>
    /// <param name="cancellationToken">Cancels the write (before it is written).</param>
    /// <returns>A task that completes when the checkpoint is durable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or the site is empty.</exception>
    ValueTask WriteCheckpointAsync(SiteId site, string name, Instant value, CancellationToken cancellationToken = default);
}
