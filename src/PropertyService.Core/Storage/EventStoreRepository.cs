using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>
/// Loads an aggregate from an <see cref="IEventStore"/>, runs a command on it and appends the command's events, in
/// one call. A conflict (someone else appended first) is retried, from a fresh load, only as many times as the caller
/// asks: a command decided on what a person saw should usually be shown the new state instead.
/// </summary>
/// <typeparam name="TAggregate">The aggregate's type.</typeparam>
/// <remarks>Thread-safe: it keeps nothing between calls.</remarks>
/// <example><code>
/// var tickets = new EventStoreRepository&lt;RepairTicket&gt;(store, RepairTicket.FromEvents);
/// var result = await tickets.ExecuteAsync(site, "RT-1", t =&gt; t.IssueWorkOrder(officer, numbers, clock.GetCurrentInstant()));
/// </code></example>
public sealed class EventStoreRepository<TAggregate>
    where TAggregate : class, IEventSourced
{
    private readonly IEventStore _store;
    private readonly Func<IEnumerable<DomainEvent>, TAggregate> _load;
    private readonly Func<TAggregate, Instant?>? _dueAt;

    /// <summary>Creates a repository.</summary>
    /// <param name="store">Where the events are.</param>
    /// <param name="load">Rebuilds the aggregate from its events, such as <c>RepairTicket.FromEvents</c>.</param>
    /// <param name="dueAt">Gives the aggregate's next deadline after a command, for the store's index
    /// (<see cref="StreamStatus.DueAt"/>; <see cref="StreamQuery.DueBefore"/>); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="load"/> is null.</exception>
    public EventStoreRepository(IEventStore store, Func<IEnumerable<DomainEvent>, TAggregate> load, Func<TAggregate, Instant?>? dueAt = null)
    {
        _store = Preconditions.CheckNotNull(store);
        _load = Preconditions.CheckNotNull(load);
        _dueAt = dueAt;
    }

    /// <summary>Loads an aggregate.</summary>
    /// <param name="site">The site.</param>
    /// <param name="id">The aggregate's identifier.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The aggregate, or null when the site has no such stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The stored events are not a history the workflow allows.</exception>
    public async ValueTask<TAggregate?> LoadAsync(SiteId site, string id, CancellationToken cancellationToken = default)
    {
        var stored = await _store.ReadAsync(site, Preconditions.CheckNotNull(id), 1, cancellationToken).ConfigureAwait(false);
        return stored.Count == 0 ? null : _load(stored.Select(s => s.Event));
    }

    /// <summary>Appends the first events of a new aggregate.</summary>
    /// <param name="command">The creating command, such as <c>() =&gt; RepairTicket.Report(...)</c>.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The outcome; a <see cref="RepositoryResult{TAggregate}.Conflict"/> when the identifier is taken at that site.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    public async ValueTask<RepositoryResult<TAggregate>> CreateAsync(Func<Result<Created<TAggregate>>> command, CancellationToken cancellationToken = default)
    {
        var result = Preconditions.CheckNotNull(command)();
        if (result.IsRejected)
        {
            return RepositoryResult<TAggregate>.Refused(null, result.Rejection);
        }

        var (aggregate, events) = result.Value;
        var append = await _store.AppendAsync(Request(aggregate, 0, events), cancellationToken).ConfigureAwait(false);
        return append.IsSuccess
            ? RepositoryResult<TAggregate>.Appended(aggregate, events)
            : RepositoryResult<TAggregate>.Lost(null, append.Conflict);
    }

    /// <summary>Loads an aggregate, runs a command on it and appends its events.</summary>
    /// <param name="site">The site.</param>
    /// <param name="id">The aggregate's identifier.</param>
    /// <param name="command">The command, run on the loaded aggregate.</param>
    /// <param name="retries">How many times to load again and rerun the command after a conflict (0: never).</param>
    /// <param name="cancellationToken">Cancels the load or the append.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="command"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retries"/> is negative.</exception>
    /// <exception cref="InvalidHistoryException">The stored events are not a history the workflow allows.</exception>
    public async ValueTask<RepositoryResult<TAggregate>> ExecuteAsync(
        SiteId site, string id, Func<TAggregate, Result<IReadOnlyList<DomainEvent>>> command, int retries = 0, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(command);
        Preconditions.CheckNonNegative(retries);
        for (var attempt = 0; ; attempt++)
        {
            var aggregate = await LoadAsync(site, id, cancellationToken).ConfigureAwait(false);
            if (aggregate is null)
            {
                return RepositoryResult<TAggregate>.NotFound();
            }

            var version = aggregate.Version;
            var result = command(aggregate);
            if (result.IsRejected)
            {
                return RepositoryResult<TAggregate>.Refused(aggregate, result.Rejection);
            }

            var append = await _store.AppendAsync(Request(aggregate, version, result.Value), cancellationToken).ConfigureAwait(false);
            if (append.IsSuccess)
            {
                return RepositoryResult<TAggregate>.Appended(aggregate, result.Value);
            }

            if (attempt >= retries)
            {
                return RepositoryResult<TAggregate>.Lost(null, append.Conflict); // the loaded copy holds events that were not kept
            }
        }
    }

    private AppendRequest Request(TAggregate aggregate, int expectedVersion, IReadOnlyList<DomainEvent> events)
    {
        var status = aggregate.Status;
        if (_dueAt is not null)
        {
            status = status with { DueAt = _dueAt(aggregate) };
        }

        return new AppendRequest(aggregate.Site, aggregate.Id, expectedVersion, events, status);
    }
}
