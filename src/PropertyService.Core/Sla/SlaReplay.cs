using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// What-if replay of SLA policies: projects a recorded event history under two SLA configurations, "before" and
/// "after" (each an <see cref="SlaTracker"/>: policies and calendars), and reports how every target's outcomes differ,
/// target by target and aggregate by aggregate.
/// </summary>
/// <remarks>
/// <para>The events may be of many aggregates and sites, interleaved in any way (the order of a site's export, or of
/// several exports one after the other); each aggregate's own events must come in version order, from 1, without gaps.
/// An aggregate is known by its site and identifier; an event's site is its actor's site, as in the event pipeline
/// (workflows refuse actors of other sites, so every event of an aggregate carries the aggregate's site).</para>
/// <para>The result is exactly what projecting each aggregate on its own gives, under each configuration
/// (<see cref="SlaTracker.Project(IReadOnlyCollection{DomainEvent}, Instant)"/> with the aggregate's events, as of
/// <c>asOf</c>): each timer's <see cref="SlaOutcome"/> is read from its <see cref="SlaTimer.State"/> and
/// <see cref="SlaTimer.StoppedAt"/>. A change is an aggregate's target whose outcome differs between the configurations,
/// including a target that started under only one of them; a moved deadline alone is not a change, and is counted in
/// <see cref="SlaReplayTarget.DeadlinesMoved"/>.</para>
/// <para>One pass over the events, keeping one incremental projection (<see cref="SlaProjection"/>) per aggregate that runs
/// the targets of both configurations, a target that is the same under both (every target a what-if leaves alone) once;
/// memory grows with the number of aggregates, not of events, so a history can be streamed from a file
/// (<c>EventJsonLines.Read</c>) without being held. <see cref="Run"/> may be called from several threads at once.</para>
/// </remarks>
public sealed class SlaReplay
{
    /// <summary>How often, in events, <see cref="Run"/> checks for cancellation.</summary>
    private const long CancellationInterval = 1024;

    /// <summary>How often, in events, <see cref="Run"/> reports progress.</summary>
    private const long ProgressInterval = 65_536;

    /// <summary>Per pair of policies (before, after) that apply to an aggregate: how one projection runs both.</summary>
    private readonly ConcurrentDictionary<(SlaTracker.PolicyPlan Before, SlaTracker.PolicyPlan After), Combined> _combined = new();

    /// <summary>Creates a replay comparing two SLA configurations.</summary>
    /// <param name="before">The configuration in force (policies and calendars).</param>
    /// <param name="after">The configuration to try.</param>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public SlaReplay(SlaTracker before, SlaTracker after)
    {
        Before = Preconditions.CheckNotNull(before);
        After = Preconditions.CheckNotNull(after);
    }

    /// <summary>The configuration in force.</summary>
    public SlaTracker Before { get; }

    /// <summary>The configuration to try.</summary>
    public SlaTracker After { get; }

    /// <summary>Replays a history under both configurations and compares the outcomes as of an instant.</summary>
    /// <param name="events">The events, of any aggregates and sites, interleaved; each aggregate's in version order from 1
    /// without gaps. Enumerated once.</param>
    /// <param name="asOf">Now, for the projection: an open timer past its deadline then is overdue. Usually the instant the
    /// history was exported.</param>
    /// <param name="progress">Told the number of events replayed so far, every 65,536 events and once at the end; or null.</param>
    /// <param name="cancellationToken">Cancels the replay (checked every 1,024 events).</param>
    /// <returns>The figures of every target and the list of changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null or holds a null; the message gives its index.</exception>
    /// <exception cref="ArgumentException">An aggregate's events are not in version order from 1 without gaps; the message
    /// names the event's index, its site and aggregate, its version and the version expected.</exception>
    /// <exception cref="HolidayDataMissingException">A calendar with the Fail policy lacks holiday data for a year it was asked about.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SlaReplayResult Run(IEnumerable<DomainEvent> events, Instant asOf, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(events);
        var aggregates = new List<Aggregate>();
        var sites = new Dictionary<SiteId, Dictionary<string, Aggregate>>();
        Dictionary<string, Aggregate>? streams = null;
        Combined? combined = null;
        var streamsSite = default(SiteId);
        long index = 0;
        foreach (var e in events)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(events), $"events[{index}] is null.");
            }

            // Events of one site usually come together: look the site up only when it changes.
            var site = e.Actor.Site;
            if (streams is null || !site.Equals(streamsSite))
            {
                if (!sites.TryGetValue(site, out streams))
                {
                    streams = new Dictionary<string, Aggregate>(StringComparer.Ordinal);
                    sites.Add(site, streams);
                }

                streamsSite = site;
            }

            ref var aggregate = ref CollectionsMarshal.GetValueRefOrAddDefault(streams, e.AggregateId, out var known);
            var expected = known ? aggregate!.Projection.Version + 1 : 1;
            if (e.Version != expected)
            {
                throw new ArgumentException(
                    $"events[{index}] ({e.GetType().Name}) of aggregate {e.AggregateId} at site {site} has version {e.Version}, but version {expected} was expected: " +
                    "each aggregate's events must come in version order from 1, without gaps.",
                    nameof(events));
            }

            if (!known)
            {
                var subject = SlaSubject.FromEvents([e]);
                var before = Before.PlanFor(subject, out var beforePolicy);
                var after = After.PlanFor(subject, out _);
                if (combined is null || combined.Before != before || combined.After != after)
                {
                    combined = _combined.GetOrAdd((before, after), static key => new Combined(key.Before, key.After));
                }

                aggregate = new Aggregate(site, new SlaProjection(subject, beforePolicy, combined.Plan), combined);
                aggregates.Add(aggregate);
            }

            aggregate!.Projection.Apply(e);
            index++;
            if (index % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (index % ProgressInterval == 0)
                {
                    progress?.Report(index);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = Compare(aggregates, index, asOf, cancellationToken);
        progress?.Report(index);
        return result;
    }

    /// <summary>The outcome of a timer, or <see cref="SlaOutcome.None"/> for no timer.</summary>
    internal static SlaOutcome OutcomeOf(SlaTimer? timer) => timer is null ? SlaOutcome.None : OutcomeOf(timer.State, timer.StoppedAt is not null);

    private static SlaOutcome OutcomeOf(SlaTimerState state, bool stopped) => state switch
    {
        SlaTimerState.Met => SlaOutcome.Met,
        SlaTimerState.Breached => stopped ? SlaOutcome.MetLate : SlaOutcome.Overdue,
        SlaTimerState.Cancelled => SlaOutcome.Cancelled,
        _ => SlaOutcome.Open, // Running or Paused
    };

    private static SlaOutcome OutcomeOf(SlaTracker.TargetRun? run, Instant asOf) =>
        run is null ? SlaOutcome.None : OutcomeOf(run.StateAt(asOf), run.IsStopped);

    private SlaReplayResult Compare(List<Aggregate> aggregates, long eventCount, Instant asOf, CancellationToken cancellationToken)
    {
        // Every target of both configurations, once, in a fixed order.
        var tallies = new List<Tally>();
        var byKey = new Dictionary<(string Name, string RuleId), Tally>();
        foreach (var policy in Before.Policies.Concat(After.Policies))
        {
            foreach (var target in policy.Targets)
            {
                if (!byKey.ContainsKey((target.Name, target.RuleId)))
                {
                    var tally = new Tally(target.Name, target.RuleId);
                    byKey.Add((target.Name, target.RuleId), tally);
                    tallies.Add(tally);
                }
            }
        }

        // Timers are compared run by run; a timer is made only for a change. Aggregates under the same two policies share
        // how the policies' targets pair up.
        var changes = new List<SlaReplayChange>();
        var pairings = new Dictionary<Combined, Pairing>();
        Pairing? pairing = null;
        for (var n = 0; n < aggregates.Count; n++)
        {
            if (n % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (site, projection, combined) = aggregates[n];
            if (pairing is null || pairing.Combined != combined)
            {
                if (!pairings.TryGetValue(combined, out pairing))
                {
                    pairing = new Pairing(combined, byKey);
                    pairings.Add(combined, pairing);
                }
            }

            var id = projection.Subject.AggregateId;
            for (var i = 0; i < pairing.BeforeTallies.Length; i++)
            {
                var j = pairing.AfterOf[i];
                var k = j < 0 ? -1 : combined.AfterRuns[j];
                var (x, y) = (projection.RunAt(i), k < 0 ? null : projection.RunAt(k));
                var (was, now) = (OutcomeOf(x, asOf), OutcomeOf(y, asOf));
                var tally = pairing.BeforeTallies[i];
                tally.Before[(int)was]++;
                tally.After[(int)now]++;
                if (x is not null && y is not null && x != y && x.Deadline != y.Deadline)
                {
                    tally.DeadlinesMoved++;
                }

                if (was != now)
                {
                    tally.Changes++;
                    changes.Add(new SlaReplayChange(site, id, tally.Name, tally.RuleId, projection.TimerAt(i, asOf), k < 0 ? null : projection.TimerAt(k, asOf)));
                }
            }

            for (var j = 0; j < pairing.AfterTallies.Length; j++)
            {
                if (pairing.AfterOnly[j] && projection.RunAt(combined.AfterRuns[j]) is { } y)
                {
                    var tally = pairing.AfterTallies[j];
                    tally.After[(int)OutcomeOf(y, asOf)]++;
                    tally.Changes++;
                    changes.Add(new SlaReplayChange(site, id, tally.Name, tally.RuleId, null, projection.TimerAt(combined.AfterRuns[j], asOf)));
                }
            }
        }

        return new SlaReplayResult(asOf, eventCount, aggregates.Count, [.. tallies.Select(t => t.ToTarget())], changes);
    }

    /// <summary>
    /// One aggregate: its site, and one projection that runs the targets of both configurations, each target that is the
    /// same under both (the same trigger, deadline, threshold and calendar: every target a what-if leaves alone) once.
    /// </summary>
    private sealed record Aggregate(SiteId Site, SlaProjection Projection, Combined Combined);

    /// <summary>
    /// How one projection runs the targets of a "before" policy and an "after" policy: the "before" targets first, in
    /// order, then the "after" targets that differ from every "before" one.
    /// </summary>
    private sealed class Combined
    {
        internal Combined(SlaTracker.PolicyPlan before, SlaTracker.PolicyPlan after)
        {
            Before = before;
            After = after;
            var targets = new List<SlaTracker.TargetPlan>(before.Targets);
            AfterRuns = new int[after.Targets.Length];
            for (var j = 0; j < AfterRuns.Length; j++)
            {
                AfterRuns[j] = Array.FindIndex(before.Targets, b => b.SameAs(after.Targets[j]));
                if (AfterRuns[j] < 0)
                {
                    AfterRuns[j] = targets.Count;
                    targets.Add(after.Targets[j]);
                }
            }

            Plan = new SlaTracker.PolicyPlan([.. targets]);
        }

        internal SlaTracker.PolicyPlan Before { get; }

        internal SlaTracker.PolicyPlan After { get; }

        /// <summary>The targets the projection runs: the "before" policy's, then the "after" policy's own.</summary>
        internal SlaTracker.PolicyPlan Plan { get; }

        /// <summary>Per target of the "after" policy: the index of its run in the projection.</summary>
        internal int[] AfterRuns { get; }
    }

    /// <summary>How the targets of a "before" policy and an "after" policy pair up (by name and rule ID), and whose tally each counts in.</summary>
    private sealed class Pairing
    {
        internal Pairing(Combined combined, Dictionary<(string Name, string RuleId), Tally> tallies)
        {
            Combined = combined;
            var before = combined.Before.Targets;
            var after = combined.After.Targets;
            BeforeTallies = [.. before.Select(t => tallies[(t.Target.Name, t.Target.RuleId)])];
            AfterTallies = [.. after.Select(t => tallies[(t.Target.Name, t.Target.RuleId)])];
            AfterOf = [.. BeforeTallies.Select(t => Array.IndexOf(AfterTallies, t))];
            AfterOnly = [.. AfterTallies.Select(t => Array.IndexOf(BeforeTallies, t) < 0)];
        }

        internal Combined Combined { get; }

        /// <summary>Per target of the "before" policy: its tally.</summary>
        internal Tally[] BeforeTallies { get; }

        /// <summary>Per target of the "before" policy: the index of the same target in the "after" policy, or -1.</summary>
        internal int[] AfterOf { get; }

        /// <summary>Per target of the "after" policy: its tally.</summary>
        internal Tally[] AfterTallies { get; }

        /// <summary>Per target of the "after" policy: whether the "before" policy lacks it.</summary>
        internal bool[] AfterOnly { get; }
    }

    /// <summary>One target's counts as they are gathered, by <see cref="SlaOutcome"/>.</summary>
    private sealed class Tally(string name, string ruleId)
    {
        internal string Name => name;

        internal string RuleId => ruleId;

        internal int[] Before { get; } = new int[6];

        internal int[] After { get; } = new int[6];

        internal int Changes { get; set; }

        internal int DeadlinesMoved { get; set; }

        internal SlaReplayTarget ToTarget() => new(name, ruleId, Counts(Before), Counts(After), Changes, DeadlinesMoved);

        private static SlaOutcomeCounts Counts(int[] c) =>
            new(c[(int)SlaOutcome.Met], c[(int)SlaOutcome.MetLate], c[(int)SlaOutcome.Overdue], c[(int)SlaOutcome.Open], c[(int)SlaOutcome.Cancelled]);
    }
}
