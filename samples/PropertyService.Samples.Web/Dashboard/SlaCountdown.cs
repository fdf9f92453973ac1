using NodaTime;
using PropertyService.Samples.Web.Http;
using PropertyService.Sla;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// Writes a live SLA countdown: <c>&lt;span class="sla-countdown sla-ok|sla-warning|sla-breached"
/// data-deadline="…" data-warning-at="…"&gt;</c> with ISO instants, which <c>dashboard.js</c> ticks every second. The
/// server sets the class as of now too, so the page is right before the script runs.
/// </summary>
public static class SlaCountdown
{
    /// <summary>The class of a timer as of <paramref name="now"/>: <c>sla-breached</c> at or after the deadline,
    /// <c>sla-warning</c> at or after the warning, <c>sla-ok</c> before.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <param name="warningAt">When the warning is due.</param>
    /// <param name="now">Now.</param>
    /// <returns>The class.</returns>
    public static string ClassAt(Instant deadline, Instant warningAt, Instant now) =>
        now >= deadline ? "sla-breached" : now >= warningAt ? "sla-warning" : "sla-ok";

    /// <summary>Whether a timer is shown counting: open and not paused.</summary>
    /// <param name="timer">The timer.</param>
    /// <returns>Whether it counts down.</returns>
    public static bool IsCounting(SlaTimer timer) =>
        timer is not null && timer.IsOpen && timer.State is SlaTimerState.Running or SlaTimerState.Breached;

    /// <summary>Appends the countdown of <paramref name="timer"/>.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="timer">The timer.</param>
    /// <param name="request">The request (time now and language).</param>
    public static void Write(Html html, SlaTimer timer, DashboardRequest request)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(request);
        if (!IsCounting(timer))
        {
            html.Element("span", Labels.GetOr($"timer.{timer.State}", timer.State.ToString(), request.Language), ("class", "sla-idle"));
            return;
        }

        html.Element("span", Remaining(timer.Deadline - request.Now, request),
            ("class", "sla-countdown " + ClassAt(timer.Deadline, timer.WarningAt, request.Now)),
            ("data-deadline", WireNames.Of(timer.Deadline)), ("data-warning-at", WireNames.Of(timer.WarningAt)),
            ("data-rule", timer.Target.RuleId), ("title", $"{timer.Target.RuleId} {timer.Target.Describe(request.Culture)} · {request.Local(timer.Deadline)}"));
    }

    /// <summary>The time left as <c>h:mm:ss</c> (or days and hours), negative time as overdue; the script writes the same.</summary>
    /// <param name="left">The time left.</param>
    /// <param name="request">The request, for the word "overdue".</param>
    /// <returns>The text.</returns>
    public static string Remaining(Duration left, DashboardRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var overdue = left < Duration.Zero;
        var seconds = (long)Math.Abs(left.TotalSeconds);
        var text = seconds >= 86400
            ? $"{seconds / 86400}d {seconds % 86400 / 3600}h"
            : $"{seconds / 3600}:{seconds % 3600 / 60:00}:{seconds % 60:00}";
        return overdue ? $"{request.L("sla.overdue")} {text}" : text;
    }
}
