using System.Globalization;
using PropertyService.Pipeline;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// <c>/handovers/{id}</c>: a shift handover's summary (<c>#handover-summary</c>: state, the outgoing and incoming shifts and
/// people, when the shift starts and the incoming person arrived), the items handed over (<c>#handover-items</c>), the
/// tool count (<c>#handover-tools</c>) and the tools lost at it (<c>#lost-tools</c>, only when some are), SLA timers with
/// countdowns (<c>#timers-table</c>), history (<c>#history-table</c>) and the handover workflow with the current state
/// highlighted (<c>svg#workflow-diagram</c>).
/// </summary>
public static class HandoverPage
{
    /// <summary>The <c>id</c> of the page's <c>&lt;main&gt;</c>.</summary>
    public const string PageId = "handover";

    private static readonly Lazy<WorkflowGraph> Graph = new(() => WorkflowGraph.Parse(ShiftHandover.MermaidGraph()));

    /// <summary>The handover workflow as the library draws it, read once.</summary>
    public static WorkflowGraph HandoverGraph => Graph.Value;

    /// <summary>The page's address for a handover.</summary>
    /// <param name="id">The handover's identifier.</param>
    /// <returns>The path, such as <c>/handovers/HO-1</c>.</returns>
    public static string PathOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return "/handovers/" + Uri.EscapeDataString(id);
    }

    /// <summary>Renders the page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="handover">The handover.</param>
    /// <param name="center">The service center (SLA timers).</param>
    /// <returns>The document.</returns>
    public static string Render(DashboardRequest request, ShiftHandover handover, ServiceCenter center)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handover);
        ArgumentNullException.ThrowIfNull(center);
        string StateLabel(string state) => Labels.GetOr($"state.handover.{state}", state, request.Language);
        var timers = center.Timers(request.Site, handover.Id, request.Now);
        return DashboardLayout.Render(request, PageId, $"{request.L("handover.title")} {handover.Id}", html =>
        {
            html.Open("section", ("id", "handover-summary"), ("data-handover-id", handover.Id), ("data-state", handover.State.ToString()),
                ("data-version", handover.Version.ToString(CultureInfo.InvariantCulture)), ("data-refresh", string.Empty));
            html.Element("h2", request.L("record.summary"));
            html.Raw("<dl>");
            RecordSections.Row(html, request.L("col.state"), StateLabel(handover.State.ToString()), "handover-state");
            RecordSections.Row(html, request.L("col.outgoing"), $"{handover.Outgoing.DisplayName} ({handover.OutgoingShift})", "handover-outgoing");
            RecordSections.Row(html, request.L("col.incoming"), $"{handover.Incoming.DisplayName} ({handover.IncomingShift} {handover.IncomingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", "handover-incoming");
            RecordSections.Row(html, request.L("handover.starts-at"), request.Local(handover.ShiftStartsAt));
            RecordSections.Row(html, request.L("handover.arrive-by"), request.Local(handover.ArriveBy));
            RecordSections.Row(html, request.L("handover.arrived-at"), handover.ArrivedAt is { } arrived ? request.Local(arrived) : "—");
            html.Raw("</dl>");

            html.Element("h3", request.L("handover.items"));
            html.Raw("<table id=\"handover-items\" class=\"grid\"><thead><tr>");
            foreach (var key in new[] { "col.kind", "col.reference", "col.description", "col.note" })
            {
                html.Element("th", request.L(key));
            }

            html.Raw("</tr></thead><tbody>");
            foreach (var item in handover.Items)
            {
                html.Open("tr", ("data-item-kind", item.Kind.ToString()), ("class", item.IsMajor ? "major" : null));
                html.Element("td", Labels.GetOr($"item.{item.Kind}", item.Kind.ToString(), request.Language));
                html.Element("td", item.Reference ?? "—");
                html.Element("td", item.Description);
                html.Element("td", item.Note ?? "—");
                html.Close("tr");
            }

            OverviewPage.EmptyRow(html, handover.Items.Count, 4, request);
            html.Raw("</tbody></table>");

            html.Element("h3", request.L("handover.tools"));
            html.Raw("<dl id=\"handover-tools\">");
            var count = handover.ToolCount;
            RecordSections.Row(html, request.L("handover.tools-expected"), count is null ? "—" : string.Join(", ", count.Expected.Select(t => $"{t.Code} {t.Name}")));
            RecordSections.Row(html, request.L("handover.tools-counted"), count is null ? "—" : string.Join(", ", count.Counted), "tools-counted");
            html.Raw("</dl>");
            if (handover.ToolLosses.Count > 0)
            {
                html.Element("h3", request.L("handover.lost-tools"));
                html.Raw("<table id=\"lost-tools\" class=\"grid\"><thead><tr>");
                foreach (var key in new[] { "col.tool", "handover.answerable", "handover.on-loan", "handover.compensation" })
                {
                    html.Element("th", request.L(key));
                }

                html.Raw("</tr></thead><tbody>");
                foreach (var loss in handover.ToolLosses)
                {
                    html.Open("tr", ("data-tool", loss.Tool.Code));
                    html.Element("td", $"{loss.Tool.Code} {loss.Tool.Name}");
                    html.Element("td", loss.AnswerableBy.DisplayName);
                    html.Element("td", request.L(loss.OnLoan ? "yes" : "no"));
                    html.Element("td", loss.Compensation.ToString());
                    html.Close("tr");
                }

                html.Raw("</tbody></table>");
            }

            html.Raw("</section>");

            RecordSections.Timers(html, request, timers);
            RecordSections.History(html, request, handover.Events);
            RecordSections.Diagram(html, request, HandoverGraph, handover.State.ToString(), StateLabel);
        });
    }
}
