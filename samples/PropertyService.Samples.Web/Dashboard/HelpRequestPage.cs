using System.Globalization;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// <c>/help-requests/{id}</c>: a help request's summary (<c>#help-summary</c>: kind, state, owner, whether it is a major
/// emergency, who received it and when, the resident's address, phone and wishes), SLA timers with countdowns
/// (<c>#timers-table</c>), history (<c>#history-table</c>) and the help-request workflow with the current state
/// highlighted (<c>svg#workflow-diagram</c>).
/// </summary>
public static class HelpRequestPage
{
    /// <summary>The <c>id</c> of the page's <c>&lt;main&gt;</c>.</summary>
    public const string PageId = "help-request";

    private static readonly Lazy<WorkflowGraph> Graph = new(() => WorkflowGraph.Parse(HelpRequest.MermaidGraph()));

    /// <summary>The help-request workflow as the library draws it, read once.</summary>
    public static WorkflowGraph HelpGraph => Graph.Value;

    /// <summary>The page's address for a help request.</summary>
    /// <param name="id">The request's identifier.</param>
    /// <returns>The path, such as <c>/help-requests/HR-1</c>.</returns>
    public static string PathOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return "/help-requests/" + Uri.EscapeDataString(id);
    }

    /// <summary>Renders the page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="help">The help request.</param>
    /// <param name="center">The service center (SLA timers).</param>
    /// <returns>The document.</returns>
    public static string Render(DashboardRequest request, HelpRequest help, ServiceCenter center)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(center);
        string StateLabel(string state) => Labels.GetOr($"state.help.{state}", state, request.Language);
        var timers = center.Timers(request.Site, help.Id, request.Now);
        return DashboardLayout.Render(request, PageId, $"{request.L("help.title")} {help.Id}", html =>
        {
            html.Open("section", ("id", "help-summary"), ("data-help-id", help.Id), ("data-state", help.State.ToString()),
                ("data-version", help.Version.ToString(CultureInfo.InvariantCulture)), ("data-major", help.IsMajor ? "true" : null), ("data-refresh", string.Empty));
            html.Element("h2", request.L("record.summary"));
            html.Raw("<dl>");
            RecordSections.Row(html, request.L("col.state"), StateLabel(help.State.ToString()), "help-state");
            RecordSections.Row(html, request.L("col.kind"), Labels.GetOr($"kind.{help.Kind}", help.Kind.ToString(), request.Language));
            RecordSections.Row(html, request.L("col.owner"), help.FirstContactOwner.DisplayName, "help-owner");
            RecordSections.Row(html, request.L("help.major"), request.L(help.IsMajor ? "yes" : "no"), "help-major");
            RecordSections.Row(html, request.L("help.received-by"), help.ReceivedBy.DisplayName);
            RecordSections.Row(html, request.L("help.received"), request.Local(help.ReceivedAt));
            RecordSections.Row(html, request.L("help.address"), help.Address?.ToString() ?? "—", "help-address");
            RecordSections.Row(html, request.L("help.phone"), help.Phone.IsEmpty ? "—" : help.Phone.ToString(), "help-phone");
            RecordSections.Row(html, request.L("help.wishes"), help.Wishes ?? "—", "help-wishes");
            html.Raw("</dl></section>");

            RecordSections.Timers(html, request, timers);
            RecordSections.History(html, request, help.Events);
            RecordSections.Diagram(html, request, HelpGraph, help.State.ToString(), StateLabel);
        });
    }
}
