using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Sla;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// <c>/</c>: the site's open repair tickets (<c>#repairs-table</c>, rows <c>tr[data-ticket-id]</c>, each linking to its
/// <see cref="TicketPage"/>), open help requests (<c>#help-table</c>, rows <c>tr[data-help-id]</c>, each linking to its
/// <see cref="HelpRequestPage"/>), each with its earliest running SLA countdown, and the escalations waiting for
/// acknowledgement (<c>#escalations-table</c>, each linking to the page of the record it concerns). The tables carry <c>data-refresh</c>: the script reloads them.
/// </summary>
/// <remarks>Tickets and help requests are read from the store (its stream index, then each stream), not from the API.</remarks>
public static class OverviewPage
{
    /// <summary>Repair states in which nothing more happens; tickets in them are not shown.</summary>
    public static readonly IReadOnlySet<RepairState> FinalRepairStates = new HashSet<RepairState> { RepairState.Closed, RepairState.ClosedWithoutWork, RepairState.Cancelled };

    /// <summary>Renders the page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="store">The event store.</param>
    /// <param name="center">The service center (SLA timers, escalation board).</param>
    /// <param name="inbox">The escalation inbox.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The document.</returns>
    public static async Task<string> RenderAsync(DashboardRequest request, IEventStore store, ServiceCenter center, EscalationInbox inbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(inbox);
        var tickets = await OpenAsync(store, request.Site, RepairTicket.AggregateType, Open(FinalRepairStates),
            new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline), cancellationToken);
        var helps = await OpenAsync(store, request.Site, HelpRequest.AggregateType, Open([HelpRequestState.Closed]),
            new EventStoreRepository<HelpRequest>(store, HelpRequest.FromEvents, center.NextDeadline), cancellationToken);
        inbox.Synchronize(request.Site, center.Escalations);
        var waiting = inbox.Waiting(request.Site);
        var links = await RecordLinks.ResolveAsync(store, request.Site, waiting.Select(e => e.Case.AggregateId), cancellationToken);

        return DashboardLayout.Render(request, "overview", request.L("nav.overview"), html =>
        {
            html.Element("h2", request.L("overview.repairs"));
            html.Raw("<table id=\"repairs-table\" class=\"grid\" data-refresh><thead><tr>");
            foreach (var key in new[] { "col.id", "col.category", "col.state", "col.owner", "col.sla" })
            {
                html.Element("th", request.L(key));
            }

            html.Raw("</tr></thead><tbody>");
            foreach (var ticket in tickets)
            {
                html.Open("tr", ("data-ticket-id", ticket.Id), ("data-state", ticket.State.ToString()));
                html.Open("td").Element("a", ticket.Id, ("href", TicketPage.PathOf(ticket.Id))).Close("td");
                html.Element("td", Labels.GetOr($"category.{ticket.Request.Category}", ticket.Request.Category.ToString(), request.Language));
                html.Element("td", Labels.GetOr($"state.repair.{ticket.State}", ticket.State.ToString(), request.Language));
                html.Element("td", (ticket.AssignedTechnician ?? ticket.ReportedBy).DisplayName);
                WriteEarliest(html, center, request, ticket.Id);
                html.Close("tr");
            }

            EmptyRow(html, tickets.Count, 5, request);
            html.Raw("</tbody></table>");

            html.Element("h2", request.L("overview.help"));
            html.Raw("<table id=\"help-table\" class=\"grid\" data-refresh><thead><tr>");
            foreach (var key in new[] { "col.id", "col.kind", "col.state", "col.owner", "col.sla" })
            {
                html.Element("th", request.L(key));
            }

            html.Raw("</tr></thead><tbody>");
            foreach (var help in helps)
            {
                html.Open("tr", ("data-help-id", help.Id), ("data-state", help.State.ToString()));
                html.Open("td").Element("a", help.Id, ("href", HelpRequestPage.PathOf(help.Id))).Close("td");
                html.Element("td", Labels.GetOr($"kind.{help.Kind}", help.Kind.ToString(), request.Language));
                html.Element("td", Labels.GetOr($"state.help.{help.State}", help.State.ToString(), request.Language));
                html.Element("td", help.FirstContactOwner.DisplayName);
                WriteEarliest(html, center, request, help.Id);
                html.Close("tr");
            }

            EmptyRow(html, helps.Count, 5, request);
            html.Raw("</tbody></table>");

            html.Element("h2", request.L("overview.escalations"));
            EscalationsPage.WriteTable(html, request, waiting, center.Escalations, links, withForms: false);
        });
    }

    /// <summary>Writes the cell with the aggregate's earliest counting SLA timer, or "no timer".</summary>
    private static void WriteEarliest(Html html, ServiceCenter center, DashboardRequest request, string id)
    {
        html.Open("td");
        var earliest = center.Timers(request.Site, id, request.Now).Where(SlaCountdown.IsCounting).MinBy(t => t.Deadline);
        if (earliest is null)
        {
            html.Element("span", request.L("sla.none"), ("class", "sla-idle"));
        }
        else
        {
            SlaCountdown.Write(html, earliest, request);
        }

        html.Close("td");
    }

    internal static void EmptyRow(Html html, int count, int columns, DashboardRequest request)
    {
        if (count == 0)
        {
            html.Open("tr", ("class", "empty")).Element("td", request.L("none"), ("colspan", columns.ToString(System.Globalization.CultureInfo.InvariantCulture))).Close("tr");
        }
    }

    // The open states, asked of the store's index: filtering closed records out afterwards would let the closed ones,
    // which outnumber the open in any running site, fill the query's limit and hide open records.
    private static string[] Open<TState>(IReadOnlyCollection<TState> final)
        where TState : struct, Enum => [.. Enum.GetValues<TState>().Where(s => !final.Contains(s)).Select(s => s.ToString())];

    private static async Task<List<T>> OpenAsync<T>(IEventStore store, SiteId site, string aggregateType, IReadOnlyCollection<string> openStates,
        EventStoreRepository<T> repository, CancellationToken cancellationToken)
        where T : class, IEventSourced
    {
        var found = await store.QueryAsync(site, new StreamQuery { AggregateType = aggregateType, States = openStates }, cancellationToken);
        var list = new List<T>();
        foreach (var summary in found.OrderBy(s => s.Status.DueAt ?? NodaTime.Instant.MaxValue).ThenBy(s => s.StreamId, StringComparer.Ordinal))
        {
            if (await repository.LoadAsync(site, summary.StreamId, cancellationToken) is { } aggregate)
            {
                list.Add(aggregate);
            }
        }

        return list;
    }
}
