using PropertyService.Pipeline;
using PropertyService.Repairs;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// <c>/tickets/{id}</c>: a repair ticket's summary (<c>#ticket-summary</c>), history (<c>#history-table</c>: who, when in
/// site-local time, what), SLA timers with countdowns (<c>#timers-table</c>), the workflow diagram with the current state
/// highlighted (<c>svg#workflow-diagram</c>) and buttons (<c>button.resident-link-action[data-action]</c>) that ask the
/// API for a resident link and show it in <c>a#resident-link</c>.
/// </summary>
public static class TicketPage
{
    /// <summary>The resident-link actions the page offers, as the API names them.</summary>
    public static readonly IReadOnlyList<string> ResidentLinkActions = ["accept-quote", "decline-quote", "sign-off", "reject-work"];

    private static readonly Lazy<WorkflowGraph> Graph = new(() => WorkflowGraph.Parse(RepairTicket.MermaidGraph()));

    /// <summary>The repair workflow as the library draws it, read once.</summary>
    public static WorkflowGraph RepairGraph => Graph.Value;

    /// <summary>The page's address for a ticket.</summary>
    /// <param name="id">The ticket's identifier.</param>
    /// <returns>The path, such as <c>/tickets/RT-1</c>.</returns>
    public static string PathOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return "/tickets/" + Uri.EscapeDataString(id);
    }

    /// <summary>Renders the page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="ticket">The ticket.</param>
    /// <param name="center">The service center (SLA timers).</param>
    /// <returns>The document.</returns>
    public static string Render(DashboardRequest request, RepairTicket ticket, ServiceCenter center)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(center);
        string StateLabel(string state) => Labels.GetOr($"state.repair.{state}", state, request.Language);
        var timers = center.Timers(request.Site, ticket.Id, request.Now);
        return DashboardLayout.Render(request, "ticket", $"{request.L("ticket.title")} {ticket.Id}", html =>
        {
            html.Open("section", ("id", "ticket-summary"), ("data-ticket-id", ticket.Id), ("data-state", ticket.State.ToString()), ("data-version", ticket.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("data-refresh", string.Empty));
            html.Element("h2", request.L("record.summary"));
            html.Raw("<dl>");
            RecordSections.Row(html, request.L("col.state"), StateLabel(ticket.State.ToString()), "ticket-state");
            RecordSections.Row(html, request.L("col.category"), Labels.GetOr($"category.{ticket.Request.Category}", ticket.Request.Category.ToString(), request.Language));
            RecordSections.Row(html, request.L("ticket.location"), ticket.Request.Location?.ToString());
            RecordSections.Row(html, request.L("ticket.description"), ticket.Request.Description);
            RecordSections.Row(html, request.L("ticket.work-order"), ticket.WorkOrder?.Number ?? "—");
            RecordSections.Row(html, request.L("ticket.technician"), ticket.AssignedTechnician?.DisplayName ?? "—");
            html.Raw("</dl></section>");

            RecordSections.Timers(html, request, timers);
            RecordSections.History(html, request, ticket.Events);
            RecordSections.Diagram(html, request, RepairGraph, ticket.State.ToString(), StateLabel);

            html.Element("h2", request.L("ticket.resident-links"));
            html.Open("section", ("id", "resident-links"),
                ("data-endpoint", $"/api/sites/{Uri.EscapeDataString(ticket.Site.Value)}/repairs/{Uri.EscapeDataString(ticket.Id)}/resident-links"));
            foreach (var action in ResidentLinkActions)
            {
                html.Element("button", request.L($"link.{action}"), ("type", "button"), ("class", "resident-link-action"), ("data-action", action),
                    ("data-relevant", IsRelevant(action, ticket.State) ? "true" : null));
            }

            html.Raw("<p class=\"resident-link-result\">");
            html.Open("a", ("id", "resident-link"), ("href", "#"), ("hidden", "hidden"), ("target", "_blank"), ("rel", "noopener")).Close("a");
            html.Element("span", null, ("id", "resident-link-error"), ("class", "error"), ("hidden", "hidden"), ("role", "alert"));
            html.Raw("</p></section>");
        });
    }

    private static bool IsRelevant(string action, RepairState state) => (action, state) switch
    {
        ("accept-quote" or "decline-quote", RepairState.AwaitingResidentDecision) => true,
        ("sign-off" or "reject-work", RepairState.WorkCompleted) => true,
        _ => false,
    };
}
