using System.Globalization;
using NodaTime;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Repairs;

namespace PropertyService.Samples.Web.Http;

/// <summary>The parts every record's view shares: its history, its SLA timers and what the caller may do next.</summary>
public static class AggregateViews
{
    /// <summary>Every event: its stable type name, version, instant and who did it.</summary>
    /// <param name="aggregate">The record.</param>
    /// <returns>The history, oldest first.</returns>
    public static IReadOnlyList<HistoryEntryView> History(IEventSourced aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return [.. aggregate.Events.Select(e => new HistoryEntryView(EventTypeRegistry.Of(e.GetType()).Name, e.Version, WireNames.Of(e.OccurredAt), e.Actor.Id, e.Actor.DisplayName))];
    }

    /// <summary>The record's SLA timers as of <paramref name="now"/>.</summary>
    /// <param name="center">The service center, which tracks the timers.</param>
    /// <param name="aggregate">The record.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The timers.</returns>
    public static IReadOnlyList<TimerView> Timers(ServiceCenter center, IEventSourced aggregate, Instant now)
    {
        ArgumentNullException.ThrowIfNull(center);
        ArgumentNullException.ThrowIfNull(aggregate);
        return [.. center.Timers(aggregate.Site, aggregate.Id, now).Select(t => new TimerView(t.Target.RuleId, t.Target.Name, WireNames.Of(t.State),
            WireNames.Of(t.StartedAt), WireNames.Of(t.Deadline), WireNames.Of(t.WarningAt), t.StoppedAt is { } stopped ? WireNames.Of(stopped) : null))];
    }

    /// <summary>Each action and whether the caller may take it now; when not, the refusal in the caller's language.</summary>
    /// <typeparam name="TAction">The workflow's actions.</typeparam>
    /// <param name="permitted">The record's answer for the caller.</param>
    /// <param name="nameOf">An action's name in the URL.</param>
    /// <param name="culture">The caller's language.</param>
    /// <returns>The actions.</returns>
    public static IReadOnlyList<PermittedActionView> Permitted<TAction>(IEnumerable<PermittedAction<TAction>> permitted, Func<TAction, string> nameOf, CultureInfo culture)
        where TAction : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(permitted);
        ArgumentNullException.ThrowIfNull(nameOf);
        return [.. permitted.Select(p => new PermittedActionView(nameOf(p.Action), p.IsPermitted, p.Reason?.Code, p.Reason?.RuleId, p.Reason?.Describe(culture)))];
    }
}
