using System.Globalization;
using PropertyService.Pipeline;
using PropertyService.Shifts;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// <c>/roster</c>: today's shifts at the site (<c>#roster-table</c>, rows <c>tr[data-shift]</c>) from the site's duty roster
/// (<see cref="Shifts.SiteRosters"/>, configured under <c>Roster</c>), and the shift handovers (<c>#handovers-table</c>, rows
/// <c>tr[data-handover-id]</c>, each linking to its <see cref="HandoverPage"/>) from the store: every one not completed, and those that completed today.
/// </summary>
public static class RosterPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="rosters">The duty rosters the host knows (any site).</param>
    /// <param name="store">The event store.</param>
    /// <param name="center">The service center (deadlines for loading).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The document.</returns>
    public static async Task<string> RenderAsync(DashboardRequest request, IEnumerable<DutyRoster> rosters, IEventStore store, ServiceCenter center, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rosters);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(center);
        var today = request.Now.InZone(request.Zone).Date;
        var shifts = rosters.Where(r => r.Site == request.Site).SelectMany(r => r.Shifts).Where(s => s.Date == today).OrderBy(s => s.Start).ToList();

        var repository = new EventStoreRepository<ShiftHandover>(store, ShiftHandover.FromEvents, center.NextDeadline);
        var handovers = new List<ShiftHandover>();
        // Open handovers are asked for by state, so that the completed ones of past days never fill the query's limit.
        string[] open = [.. Enum.GetNames<HandoverState>().Where(s => s != nameof(HandoverState.Completed))];
        var found = (await store.QueryAsync(request.Site, new StreamQuery { AggregateType = ShiftHandover.AggregateType, States = open }, cancellationToken))
            .Concat((await store.QueryAsync(request.Site, new StreamQuery { AggregateType = ShiftHandover.AggregateType, States = [nameof(HandoverState.Completed)] }, cancellationToken))
                .Where(s => s.UpdatedAt.InZone(request.Zone).Date == today));
        foreach (var summary in found)
        {

            if (await repository.LoadAsync(request.Site, summary.StreamId, cancellationToken) is { } handover)
            {
                handovers.Add(handover);
            }
        }

        handovers.Sort((a, b) => a.Events[0].OccurredAt.CompareTo(b.Events[0].OccurredAt));
        return DashboardLayout.Render(request, "roster", request.L("nav.roster"), html =>
        {
            html.Element("h2", request.L("roster.today"));
            html.Raw("<table id=\"roster-table\" class=\"grid\" data-refresh><thead><tr>");
            foreach (var key in new[] { "col.shift", "col.from", "col.to", "col.people" })
            {
                html.Element("th", request.L(key));
            }

            html.Raw("</tr></thead><tbody>");
            foreach (var shift in shifts)
            {
                var onDuty = request.Now >= shift.Start && request.Now < shift.End;
                html.Open("tr", ("data-shift", shift.Name), ("class", onDuty ? "on-duty" : null));
                html.Element("td", shift.Name);
                html.Element("td", request.Local(shift.Start));
                html.Element("td", request.Local(shift.End));
                html.Element("td", string.Join("、", shift.People.Select(p => p.DisplayName)));
                html.Close("tr");
            }

            if (shifts.Count == 0)
            {
                html.Open("tr", ("class", "empty")).Element("td", request.L("roster.none"), ("colspan", "4")).Close("tr");
            }

            html.Raw("</tbody></table>");

            html.Element("h2", request.L("roster.handovers"));
            html.Raw("<table id=\"handovers-table\" class=\"grid\" data-refresh><thead><tr>");
            foreach (var key in new[] { "col.id", "col.outgoing", "col.incoming", "col.state", "col.when" })
            {
                html.Element("th", request.L(key));
            }

            html.Raw("</tr></thead><tbody>");
            foreach (var handover in handovers)
            {
                html.Open("tr", ("data-handover-id", handover.Id), ("data-state", handover.State.ToString()),
                    ("data-version", handover.Version.ToString(CultureInfo.InvariantCulture)));
                html.Open("td").Element("a", handover.Id, ("href", HandoverPage.PathOf(handover.Id))).Close("td");
                html.Element("td", $"{handover.Outgoing.DisplayName} ({handover.OutgoingShift})");
                html.Element("td", $"{handover.Incoming.DisplayName} ({handover.IncomingShift})");
                html.Element("td", Labels.GetOr($"state.handover.{handover.State}", handover.State.ToString(), request.Language));
                html.Element("td", request.Local(handover.LastEventAt));
                html.Close("tr");
            }

            OverviewPage.EmptyRow(html, handovers.Count, 5, request);
            html.Raw("</tbody></table>");
        });
    }
}
