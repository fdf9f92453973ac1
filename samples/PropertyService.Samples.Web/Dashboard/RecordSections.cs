using System.Globalization;
using PropertyService.Samples.Web.Http;
using PropertyService.Sla;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// The sections every record page (<see cref="TicketPage"/>, <see cref="HelpRequestPage"/>, <see cref="HandoverPage"/>)
/// shares: summary rows, the SLA timers with countdowns (<c>#timers-table</c>), the history (<c>#history-table</c>: when in
/// site-local time, who, what) and the workflow diagram with the current state highlighted (<c>#workflow</c> holding
/// <c>svg#workflow-diagram</c>). Each table carries <c>data-refresh</c>, so the script reloads it.
/// </summary>
public static class RecordSections
{
    /// <summary>Appends one summary row (<c>dt</c>, <c>dd</c>) of a <c>&lt;dl&gt;</c>.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="term">The row's name.</param>
    /// <param name="value">Its value (text); null leaves the cell empty.</param>
    /// <param name="id">The <c>id</c> of the value's cell, or null.</param>
    public static void Row(Html html, string term, string? value, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Element("dt", term);
        html.Element("dd", value, ("id", id));
    }

    /// <summary>Appends the heading and table of a record's SLA timers, each with its countdown.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="request">The request (time now and language).</param>
    /// <param name="timers">The record's timers.</param>
    public static void Timers(Html html, DashboardRequest request, IReadOnlyList<SlaTimer> timers)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timers);
        html.Element("h2", request.L("record.timers"));
        html.Raw("<table id=\"timers-table\" class=\"grid\" data-refresh><thead><tr>");
        foreach (var key in new[] { "col.rule", "col.timer", "col.state", "col.warning", "col.deadline", "col.remaining" })
        {
            html.Element("th", request.L(key));
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var timer in timers)
        {
            html.Open("tr", ("data-rule", timer.Target.RuleId));
            html.Element("td", timer.Target.RuleId);
            html.Element("td", timer.Target.Describe(request.Culture));
            html.Element("td", Labels.GetOr($"timer.{timer.State}", timer.State.ToString(), request.Language));
            html.Element("td", request.Local(timer.WarningAt));
            html.Element("td", request.Local(timer.Deadline));
            html.Open("td");
            SlaCountdown.Write(html, timer, request);
            html.Close("td");
            html.Close("tr");
        }

        OverviewPage.EmptyRow(html, timers.Count, 6, request);
        html.Raw("</tbody></table>");
    }

    /// <summary>Appends the heading and table of a record's history: each event's site-local time, who and what
    /// (the label <c>event.{name}</c> of its stable event name, or the name itself).</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="request">The request (time zone and language).</param>
    /// <param name="events">The record's events in version order.</param>
    public static void History(Html html, DashboardRequest request, IReadOnlyList<DomainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(events);
        html.Element("h2", request.L("record.history"));
        html.Raw("<table id=\"history-table\" class=\"grid\" data-refresh><thead><tr>");
        foreach (var key in new[] { "col.when", "col.who", "col.what" })
        {
            html.Element("th", request.L(key));
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var e in events)
        {
            var name = EventTypeRegistry.Of(e.GetType()).Name;
            html.Open("tr", ("data-version", e.Version.ToString(CultureInfo.InvariantCulture)), ("data-event", name));
            html.Open("td").Element("time", request.Local(e.OccurredAt), ("datetime", WireNames.Of(e.OccurredAt))).Close("td");
            html.Element("td", e.Actor.DisplayName);
            html.Element("td", Labels.GetOr($"event.{name}", name, request.Language));
            html.Close("tr");
        }

        html.Raw("</tbody></table>");
    }

    /// <summary>Appends the heading and the workflow diagram with <paramref name="current"/> highlighted.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="request">The request (language).</param>
    /// <param name="graph">The workflow.</param>
    /// <param name="current">The record's state, as the graph names it.</param>
    /// <param name="label">A state's label for a reader.</param>
    public static void Diagram(Html html, DashboardRequest request, WorkflowGraph graph, string current, Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        html.Element("h2", request.L("record.diagram"));
        html.Raw("<div id=\"workflow\" class=\"diagram\" data-refresh>");
        WorkflowDiagram.Render(html, graph, current, label, request.L("record.diagram"));
        html.Raw("</div>");
    }

    /// <summary>The page for a record the site does not have: <c>p#not-found</c> under the page's title.</summary>
    /// <param name="request">The request.</param>
    /// <param name="pageId">The page's <c>&lt;main&gt;</c> id.</param>
    /// <param name="titleKey">The label of the page's title.</param>
    /// <param name="notFoundKey">The label saying there is no such record.</param>
    /// <param name="id">The identifier asked for.</param>
    /// <returns>The document.</returns>
    public static string NotFound(DashboardRequest request, string pageId, string titleKey, string notFoundKey, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DashboardLayout.Render(request, pageId, request.L(titleKey), html =>
            html.Element("p", $"{request.L(notFoundKey)} ({id})", ("id", "not-found"), ("class", "error")));
    }
}
