using PropertyService.Pipeline;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Http;

/// <summary>Stores a command's events on the version the caller read, then publishes them to the service center.</summary>
public static class AggregateCommit
{
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
        var status = aggregate.Status with { DueAt = center.NextDeadline(aggregate) };
        var append = await store.AppendAsync(new AppendRequest(aggregate.Site, aggregate.Id, expectedVersion, events, status), cancellationToken);
        if (append.Conflict is { } conflict)
        {
            return conflict.CurrentVersion;
        }

        // Stored first, published second: an escalation is never raised for a change that was not kept.
        await center.PublishAsync(events, CancellationToken.None);
        return null;
    }
}
