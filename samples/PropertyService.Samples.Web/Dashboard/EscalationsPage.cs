using PropertyService.Escalation;
using PropertyService.Samples.Web.Http;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// <c>/escalations</c>: the site's escalations waiting for acknowledgement (<c>#escalations-table</c>, rows
/// <c>tr[data-cause]</c>), each with an Acknowledge form (<c>form.ack-form</c>, anti-forgery) for a person whose role
/// may take it on: the role notified or one above it in the chain, as the escalation board decides.
/// </summary>
public static class EscalationsPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="inbox">The escalation inbox.</param>
    /// <param name="board">The service center's escalation board.</param>
    /// <param name="store">The event store, for the kind of record each escalation concerns.</param>
    /// <param name="refusal">Why the last acknowledgement was refused, or null.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The document.</returns>
    public static async Task<string> RenderAsync(DashboardRequest request, EscalationInbox inbox, EscalationBoard board, IEventStore store, string? refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(store);
        inbox.Synchronize(request.Site, board);
        var waiting = inbox.Waiting(request.Site);
        var links = await RecordLinks.ResolveAsync(store, request.Site, waiting.Select(e => e.Case.AggregateId), cancellationToken);
        return DashboardLayout.Render(request, "escalations", request.L("escalations.title"), html =>
        {
            if (refusal is not null)
            {
                html.Open("p", ("id", "ack-error"), ("class", "error"), ("role", "alert"));
                html.Text($"{request.L("escalations.refused")}: {refusal}");
                html.Close("p");
            }

            WriteTable(html, request, waiting, board, links, withForms: true);
        });
    }

    /// <summary>Whether <paramref name="staff"/> may acknowledge the notified level: they hold its role or one above it.</summary>
    /// <param name="staff">The person.</param>
    /// <param name="notice">The latest notice.</param>
    /// <returns>Whether the board would accept their acknowledgement on role grounds.</returns>
    public static bool MayAcknowledge(Actor staff, EscalationCase notice)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(notice);
        return staff.Site == notice.Site && notice.Ladder.Chain(notice.Department).Skip(notice.Level.Value).Any(staff.HasRole);
    }

    /// <summary>Writes the table of waiting escalations (also on the overview, without forms).</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="request">The request.</param>
    /// <param name="waiting">The waiting entries.</param>
    /// <param name="board">The board, for when each climbs next.</param>
    /// <param name="links">The page of each record concerned, by identifier (<see cref="RecordLinks.ResolveAsync"/>); a record
    /// without one is named without a link.</param>
    /// <param name="withForms">Whether to add the Acknowledge forms.</param>
    public static void WriteTable(Html html, DashboardRequest request, IReadOnlyList<InboxEntry> waiting, EscalationBoard board, IReadOnlyDictionary<string, string> links, bool withForms)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(links);
        html.Raw("<table id=\"escalations-table\" class=\"grid\" data-refresh><thead><tr>");
        var columns = new List<string> { "col.when", "col.rule", "col.subject", "col.level", "col.urgency", "col.reason" };
        if (withForms)
        {
            columns.Add("col.action");
        }

        foreach (var key in columns)
        {
            html.Element("th", request.L(key));
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var entry in waiting)
        {
            var notice = entry.Case;
            html.Open("tr", ("data-cause", notice.Cause), ("data-aggregate-id", notice.AggregateId), ("data-level", notice.Level.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("class", "urgency-" + notice.Urgency.ToString().ToLowerInvariant()));
            html.Element("td", request.Local(notice.NotifiedAt));
            html.Element("td", notice.RuleId);
            html.Open("td");
            if (links.TryGetValue(notice.AggregateId, out var href))
            {
                html.Element("a", notice.AggregateId, ("href", href));
            }
            else
            {
                html.Text(notice.AggregateId);
            }

            html.Close("td");
            html.Element("td", Labels.GetOr($"role.{notice.Role}", notice.Role.ToString(), request.Language));
            html.Element("td", Labels.GetOr($"urgency.{notice.Urgency}", notice.Urgency.ToString(), request.Language));
            html.Open("td").Text(notice.Reason.Describe(request.Culture));
            if (board.Find(request.Site, notice.Cause)?.NextClimbAt is { } climbs)
            {
                html.Element("span", request.Local(climbs), ("class", "climbs-at"), ("data-climbs-at", WireNames.Of(climbs)));
            }

            html.Close("td");
            if (withForms)
            {
                html.Open("td");
                if (MayAcknowledge(request.Staff, notice))
                {
                    html.Open("form", ("method", "post"), ("action", "/escalations/acknowledge"), ("class", "ack-form"));
                    html.Open("input", ("type", "hidden"), ("name", "__RequestVerificationToken"), ("value", request.RequestToken));
                    html.Open("input", ("type", "hidden"), ("name", "cause"), ("value", notice.Cause));
                    html.Open("input", ("type", "hidden"), ("name", "level"), ("value", notice.Level.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    html.Element("button", request.L("escalations.acknowledge"), ("type", "submit"));
                    html.Close("form");
                }
                else
                {
                    html.Element("span", request.L("escalations.not-yours"), ("class", "muted"));
                }

                html.Close("td");
            }

            html.Close("tr");
        }

        OverviewPage.EmptyRow(html, waiting.Count, columns.Count, request);
        html.Raw("</tbody></table>");
    }
}
