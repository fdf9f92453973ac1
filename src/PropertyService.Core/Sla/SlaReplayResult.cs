using System.Globalization;
using NodaTime;

namespace PropertyService.Sla;

/// <summary>What <see cref="SlaReplay.Run"/> found: each target's outcomes under both configurations, and every outcome that changed.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SlaReplayResult
{
    internal SlaReplayResult(Instant asOf, long eventCount, int aggregateCount, IReadOnlyList<SlaReplayTarget> targets, IReadOnlyList<SlaReplayChange> changes)
    {
        AsOf = asOf;
        EventCount = eventCount;
        AggregateCount = aggregateCount;
        Targets = targets;
        Changes = changes;
    }

    /// <summary>The instant the timers were projected for: open timers past their deadline then are overdue.</summary>
    public Instant AsOf { get; }

    /// <summary>The number of events replayed.</summary>
    public long EventCount { get; }

    /// <summary>The number of aggregates (distinct site and aggregate identifier) among the events.</summary>
    public int AggregateCount { get; }

    /// <summary>
    /// Every target of every policy of both configurations, once each (a target is known by its name and rule ID), with
    /// its figures: the "before" configuration's policies in order, each policy's targets in order, then the targets only
    /// the "after" configuration has.
    /// </summary>
    public IReadOnlyList<SlaReplayTarget> Targets { get; }

    /// <summary>
    /// Every (site, aggregate, target) whose <see cref="SlaOutcome"/> differs between before and after, in the order the
    /// aggregates first appear in the events; within an aggregate, in the order of the targets of the policy that applies
    /// to it before, then of the targets only the policy that applies after has.
    /// </summary>
    public IReadOnlyList<SlaReplayChange> Changes { get; }

    /// <summary>Formats the result as <c>120,000 events of 11,000 aggregates as of …: 8 targets, 412 changes</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EventCount:N0} events of {AggregateCount:N0} aggregates as of {AsOf}: {Targets.Count} targets, {Changes.Count:N0} changes");
}
