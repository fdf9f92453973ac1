using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// Where the dashboard shows a record: <c>/tickets/{id}</c> for a repair ticket, <c>/help-requests/{id}</c> for a help
/// request, <c>/handovers/{id}</c> for a shift handover. An escalation names only the identifier of the record it
/// concerns, so <see cref="ResolveAsync"/> reads the kind of each from the first event of its stream in the store.
/// </summary>
public static class RecordLinks
{
    /// <summary>The page of a record of <paramref name="aggregateType"/> (a store name such as
    /// <see cref="HelpRequest.AggregateType"/>), or null when the dashboard has no page for that kind.</summary>
    /// <param name="aggregateType">The record's kind, as the store names it.</param>
    /// <param name="id">The record's identifier.</param>
    /// <returns>The path, or null.</returns>
    public static string? PathOf(string aggregateType, string id)
    {
        ArgumentNullException.ThrowIfNull(aggregateType);
        ArgumentNullException.ThrowIfNull(id);
        return aggregateType switch
        {
            RepairTicket.AggregateType => TicketPage.PathOf(id),
            HelpRequest.AggregateType => HelpRequestPage.PathOf(id),
            ShiftHandover.AggregateType => HandoverPage.PathOf(id),
            _ => null,
        };
    }

    /// <summary>The store's name for the kind of record whose stream begins with <paramref name="first"/>, or null when the
    /// dashboard has no page for that kind.</summary>
    /// <param name="first">The stream's first event.</param>
    /// <returns>The aggregate type, or null.</returns>
    public static string? AggregateTypeOf(DomainEvent first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return first switch
        {
            HelpRequestReceived => HelpRequest.AggregateType,
            HandoverScheduled => ShiftHandover.AggregateType,
            _ when first.GetType().Namespace == typeof(RepairTicket).Namespace => RepairTicket.AggregateType,
            _ => null,
        };
    }

    /// <summary>The pages of the records <paramref name="ids"/> names at a site, read from the store; an identifier with no
    /// stream, or of a kind without a page, is left out.</summary>
    /// <param name="store">The event store.</param>
    /// <param name="site">The site.</param>
    /// <param name="ids">The records' identifiers.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Each found identifier's page.</returns>
    public static async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IEventStore store, SiteId site, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ids);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Where(i => i.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var events = await store.ReadAsync(site, id, 1, cancellationToken);
            if (events.Count > 0 && AggregateTypeOf(events[0].Event) is { } type && PathOf(type, id) is { } path)
            {
                links[id] = path;
            }
        }

        return links;
    }
}
