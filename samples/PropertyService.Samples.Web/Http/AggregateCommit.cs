using PropertyService.Pipeline;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// Stores a command's events on the version the caller read, then publishes them to the service center. The
/// service center takes each record's events in version order without gaps, so storing and publishing happen under
/// one lock per record: a second request that read the new version while the first was between its append and its
/// publish waits for that publish before it appends, and never reaches the service center ahead of it.
/// </summary>
public static class AggregateCommit
{
    // Striped by record: requests on different records rarely wait for each other and the store's group commit keeps
    // sharing disk syncs among them; one request holds one stripe at a time, so nothing can deadlock.
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 1024).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Appends and publishes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="center">The service center that watches SLAs and escalations.</param>
    /// <param name="aggregate">The aggregate after the command (its status and next deadline go to the index).</param>
    /// <param name="expectedVersion">The version the command was decided on.</param>
    /// <param name="events">The command's events.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Null when stored; otherwise the version the record had moved on to (nothing was stored).</returns>
    public static async Task<int?> CommitAsync(IEventStore store, ServiceCenter center, IEventSourced aggregate, int expectedVersion,
        IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(aggregate);
        var stripe = StripeOf(aggregate.Site, aggregate.Id);
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var status = aggregate.Status with { DueAt = center.NextDeadline(aggregate) };
            var append = await store.AppendAsync(new AppendRequest(aggregate.Site, aggregate.Id, expectedVersion, events, status), CancellationToken.None);
            if (append.Conflict is { } conflict)
            {
                return conflict.CurrentVersion;
            }

            // Stored first, published second: an escalation is never raised for a change that was not kept.
            await center.PublishAsync(events, CancellationToken.None);
            return null;
        }
        finally
        {
            stripe.Release();
        }
    }

    /// <summary>Creates a record through the repository and publishes its first events, under the record's lock.</summary>
    /// <typeparam name="TAggregate">The record's type.</typeparam>
    /// <param name="repository">The repository that stores it.</param>
    /// <param name="center">The service center.</param>
    /// <param name="site">The record's site.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="create">The library's creating command.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The repository's result: created, refused under a rule, or a conflict with a record of the same id.</returns>
    public static async Task<RepositoryResult<TAggregate>> CreateAsync<TAggregate>(EventStoreRepository<TAggregate> repository, ServiceCenter center,
        SiteId site, string id, Func<Result<Created<TAggregate>>> create, CancellationToken cancellationToken)
        where TAggregate : class, IEventSourced
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(center);
        var stripe = StripeOf(site, id);
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var created = await repository.CreateAsync(create, CancellationToken.None);
            if (created.IsSuccess)
            {
                await center.PublishAsync(created.Events, CancellationToken.None);
            }

            return created;
        }
        finally
        {
            stripe.Release();
        }
    }

    private static SemaphoreSlim StripeOf(SiteId site, string id) =>
        Stripes[(int)((uint)HashCode.Combine(site.Value, id) % (uint)Stripes.Length)];
}
