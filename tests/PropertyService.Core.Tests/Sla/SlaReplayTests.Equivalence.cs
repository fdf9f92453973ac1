using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PropertyService.Sla;

/// <summary>A replay gives what projecting each aggregate on its own with <see cref="SlaTracker.Project(IReadOnlyCollection{DomainEvent}, Instant)"/> gives.</summary>
public sealed partial class SlaReplayTests
{
    [Property(MaxTest = 200)]
    public Property A_replay_equals_projecting_each_aggregate_on_its_own_under_each_configuration() =>
        Prop.ForAll(
            (from history in SlaReplayHistories.Histories
             from before in SlaReplayHistories.Trackers
             from after in SlaReplayHistories.Trackers
             from asOf in SlaReplayHistories.AsOf
             select (History: history, Before: before, After: after, AsOf: asOf)).ToArbitrary(),
            ((DomainEvent[] History, SlaTracker Before, SlaTracker After, Instant AsOf) c) =>
            {
                var (history, before, after, asOf) = c;
                var result = new SlaReplay(before, after).Run(history, asOf);
                var expected = Reference(history, before, after, asOf);
                Assert.Equal((history.LongLength, expected.Aggregates, asOf), (result.EventCount, result.AggregateCount, result.AsOf));
                Assert.Equal(expected.Targets, result.Targets.Select(Describe));
                Assert.Equal(expected.Changes, result.Changes.Select(Describe));
                Assert.Equal(result.Changes.Count, result.Targets.Sum(t => t.Changes));
            });

    [Fact]
    public void The_generated_histories_interleave_aggregates_of_two_sites_and_change_outcomes_often()
    {
        // Guards against generators that stop exploring: the histories must mix sites and aggregates, and a shorter arrival
        // and work-order target must change outcomes in many of them.
        var samples = (from history in SlaReplayHistories.Histories from asOf in SlaReplayHistories.AsOf select (History: history, AsOf: asOf)).Sample(20, 400);
        var replay = new SlaReplay(
            SlaReplayHistories.Tracker(SlaDefaults.Policy),
            SlaReplayHistories.Tracker(SlaDefaults.Policy.WithTarget(SlaReplayHistories.Minutes(SlaDefaults.ArrivalTarget, 2)).WithTarget(SlaReplayHistories.Minutes(SlaDefaults.WorkOrderTarget, 1))));
        var results = samples.Select(s => replay.Run(s.History, s.AsOf)).ToList();

        Assert.True(results.Count(r => r.Changes.Count > 0) >= samples.Length / 4, "changes in a quarter of the histories at least");
        var outcomes = results.SelectMany(r => r.Changes).Select(c => (c.BeforeOutcome, c.AfterOutcome)).ToHashSet();
        Assert.Contains((SlaOutcome.Met, SlaOutcome.MetLate), outcomes); // (Open → Overdue) only shows on some random samples

        Assert.Contains(samples, s => s.History.Select(e => e.Actor.Site).Distinct().Count() >= 3);
        Assert.Contains(samples, s => s.History.Zip(s.History.Skip(1)).Count(p => p.First.AggregateId != p.Second.AggregateId) > 10);
    }

    /// <summary>The figures and changes, computed the plain way: each aggregate projected on its own.</summary>
    private static (int Aggregates, List<string> Targets, List<string> Changes) Reference(DomainEvent[] history, SlaTracker before, SlaTracker after, Instant asOf)
    {
        var aggregates = history.GroupBy(e => (e.Actor.Site, e.AggregateId)).ToList(); // in order of first appearance
        var projected = aggregates
            .Select(g => (g.Key.Site, Before: before.Project(g.ToList(), asOf), After: after.Project(g.ToList(), asOf)))
            .ToList();
        var keys = before.Policies.Concat(after.Policies).SelectMany(p => p.Targets).Select(t => (t.Name, t.RuleId)).Distinct().ToList();

        var targets = keys.Select(key =>
        {
            string Counts(Func<(SiteId Site, IReadOnlyList<SlaTimer> Before, IReadOnlyList<SlaTimer> After), IReadOnlyList<SlaTimer>> side)
            {
                var outcomes = projected.SelectMany(side).Where(t => (t.Target.Name, t.Target.RuleId) == key).Select(Outcome).ToList();
                return string.Join(",", Enum.GetValues<SlaOutcome>().Skip(1).Select(o => outcomes.Count(x => x == o)));
            }

            var pairs = projected.Select(p => (B: Find(p.Before, key), A: Find(p.After, key))).ToList();
            var changes = pairs.Count(p => Outcome(p.B) != Outcome(p.A));
            var moved = pairs.Count(p => p.B is not null && p.A is not null && p.B.Deadline != p.A.Deadline);
            return $"{key.RuleId} {key.Name}: {Counts(p => p.Before)} | {Counts(p => p.After)} | {changes} changed, {moved} moved";
        }).ToList();

        var changes = new List<string>();
        foreach (var ((site, b, a), events) in projected.Zip(aggregates))
        {
            // The targets of the policy that applies before, then those only the policy that applies after has.
            var subject = SlaSubject.FromEvents(events);
            var order = new[] { before.PolicyFor(subject), after.PolicyFor(subject) }
                .SelectMany(p => p?.Targets ?? []).Select(t => (t.Name, t.RuleId)).Distinct();
            foreach (var key in order)
            {
                var (x, y) = (Find(b, key), Find(a, key));
                if (Outcome(x) != Outcome(y))
                {
                    changes.Add(Describe(site, (x ?? y)!.AggregateId, key, x, y));
                }
            }
        }

        return (aggregates.Count, targets, changes);
    }

    private static SlaTimer? Find(IReadOnlyList<SlaTimer> timers, (string Name, string RuleId) key) =>
        timers.SingleOrDefault(t => (t.Target.Name, t.Target.RuleId) == key);

    /// <summary>The outcome as <see cref="SlaOutcome"/> documents it, from the timer's state and stop.</summary>
    private static SlaOutcome Outcome(SlaTimer? timer) => timer switch
    {
        null => SlaOutcome.None,
        { State: SlaTimerState.Met } => SlaOutcome.Met,
        { State: SlaTimerState.Breached, StoppedAt: not null } => SlaOutcome.MetLate,
        { State: SlaTimerState.Breached } => SlaOutcome.Overdue,
        { State: SlaTimerState.Running or SlaTimerState.Paused } => SlaOutcome.Open,
        _ => SlaOutcome.Cancelled,
    };

    private static string Describe(SlaReplayTarget t)
    {
        static string Counts(SlaOutcomeCounts c) => $"{c.Met},{c.MetLate},{c.Overdue},{c.Open},{c.Cancelled}";
        return $"{t.RuleId} {t.Name}: {Counts(t.Before)} | {Counts(t.After)} | {t.Changes} changed, {t.DeadlinesMoved} moved";
    }

    private static string Describe(SlaReplayChange c)
    {
        Assert.Equal((Outcome(c.Before), Outcome(c.After)), (c.BeforeOutcome, c.AfterOutcome));
        return Describe(c.Site, c.AggregateId, (c.TargetName, c.RuleId), c.Before, c.After);
    }

    private static string Describe(SiteId site, string aggregateId, (string Name, string RuleId) key, SlaTimer? before, SlaTimer? after) =>
        $"{site}/{aggregateId} {key.RuleId} {key.Name}: {Timer(before)} -> {Timer(after)}";

    private static string Timer(SlaTimer? t) => t is null ? "none" : $"{Outcome(t)} {t.State} started {t.StartedAt} due {t.Deadline} stopped {t.StoppedAt} paused {t.PausedTotal}";
}
