using System.Globalization;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Sla;

namespace PropertyService.Pipeline;

/// <summary>
/// Everything one aggregate has raised up to an instant, worked out from its history alone
/// (<see cref="ServiceCenter.Evaluate"/>): its SLA warnings and breaches, the escalation notices of its events, alerts and
/// climbs, and when it next falls due. A due-queue shared by several hosts evaluates a stream when it falls due, delivers
/// what was not delivered before (by <see cref="KeyOf(SlaAlert)"/> and <see cref="KeyOf(EscalationNotice)"/>) and keeps
/// <see cref="NextDue"/> as the stream's next turn.
/// </summary>
public sealed class StreamEvaluation
{
    internal StreamEvaluation(
        SiteId site, string aggregateId, int version, Instant asOf, IReadOnlyList<SlaAlert> alerts,
        IReadOnlyList<EscalationNotice> notices, Instant? nextDue, IReadOnlyList<PipelineFailure> failures)
    {
        Site = site;
        AggregateId = aggregateId;
        Version = version;
        AsOf = asOf;
        Alerts = alerts;
        Notices = notices;
        NextDue = nextDue;
        Failures = failures;
    }

    /// <summary>The aggregate's site.</summary>
    public SiteId Site { get; }

    /// <summary>The aggregate.</summary>
    public string AggregateId { get; }

    /// <summary>The version of the history evaluated (its last event's).</summary>
    public int Version { get; }

    /// <summary>The instant evaluated to: alerts and climbs due before it are in.</summary>
    public Instant AsOf { get; }

    /// <summary>Every SLA warning and breach due before <see cref="AsOf"/>, earliest first.</summary>
    public IReadOnlyList<SlaAlert> Alerts { get; }

    /// <summary>Every escalation notice raised (at the events, at the alerts, by climbs), in the order raised.</summary>
    public IReadOnlyList<EscalationNotice> Notices { get; }

    /// <summary>When the next alert or climb falls due (at or after <see cref="AsOf"/>), or null when none will.</summary>
    public Instant? NextDue { get; }

    /// <summary>The escalation rules that threw while the history was evaluated (the others still ran).</summary>
    public IReadOnlyList<PipelineFailure> Failures { get; }

    /// <summary>
    /// The alert's identity within its aggregate, the same on every host and every evaluation: its kind, target and due
    /// instant, as in <c>breach/repair.arrival/638712345600000000</c>.
    /// </summary>
    /// <param name="alert">The alert.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static string KeyOf(SlaAlert alert)
    {
        Utility.Preconditions.CheckNotNull(alert);
        return string.Create(CultureInfo.InvariantCulture, $"{(alert is SlaBreached ? "breach" : "warning")}/{alert.Target.Name}/{alert.DueAt.ToUnixTimeTicks()}");
    }

    /// <summary>
    /// The notice's identity within its aggregate, the same on every host and every evaluation: its cause and level (a
    /// cause never reaches the same level twice), as in <c>notice/sla/RT-1/repair.arrival/2</c>.
    /// </summary>
    /// <param name="notice">The notice.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    public static string KeyOf(EscalationNotice notice)
    {
        Utility.Preconditions.CheckNotNull(notice);
        return string.Create(CultureInfo.InvariantCulture, $"notice/{notice.Cause}/{notice.Level.Value}");
    }
}
