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
/// <para>One pass over the events, keeping one incremental projection (<see cref="SlaTracker.Start"/>) per aggregate and
/// configuration; memory grows with the number of aggregates, not of events, so a history can be streamed from a file
/// (<c>EventJsonLines.Read</c>) without being held. Immutable; <see cref="Run"/> may be called from several threads at once.</para>
/// </remarks>
public sealed class SlaReplay
{
    /// <summary>How often, in events, <see cref="Run"/> checks for cancellation.</summary>
    private const long CancellationInterval = 1024;

    /// <summary>How often, in events, <see cref="Run"/> reports progress.</summary>
    private const long ProgressInterval = 65_536;

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
            var expected = known ? aggregate!.Version + 1 : 1;
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
                aggregate = new Aggregate(site, Before.Start(subject), After.Start(subject));
                aggregates.Add(aggregate);
            }

            aggregate!.Version = e.Version;
            aggregate.Before.Apply(e);
            aggregate.After.Apply(e);
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
        var pairings = new Dictionary<(SlaPolicy?, SlaPolicy?), Pairing>();
        Pairing? pairing = null;
        for (var n = 0; n < aggregates.Count; n++)
        {
            if (n % CancellationInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var aggregate = aggregates[n];
            var (before, after) = (aggregate.Before, aggregate.After);
            if (pairing is null || pairing.Before != before.Policy || pairing.After != after.Policy)
            {
                if (!pairings.TryGetValue((before.Policy, after.Policy), out pairing))
                {
                    pairing = new Pairing(before, after, byKey);
                    pairings.Add((before.Policy, after.Policy), pairing);
                }
            }

            for (var i = 0; i < pairing.BeforeTallies.Length; i++)
            {
                var j = pairing.AfterOf[i];
                var (x, y) = (before.RunAt(i), j < 0 ? null : after.RunAt(j));
                var (was, now) = (OutcomeOf(x, asOf), OutcomeOf(y, asOf));
                var tally = pairing.BeforeTallies[i];
                tally.Before[(int)was]++;
                tally.After[(int)now]++;
                if (x is not null && y is not null && x.Deadline != y.Deadline)
                {
                    tally.DeadlinesMoved++;
                }

                if (was != now)
                {
                    tally.Changes++;
                    changes.Add(new SlaReplayChange(aggregate.Site, before.Subject.AggregateId, tally.Name, tally.RuleId, before.TimerAt(i, asOf), j < 0 ? null : after.TimerAt(j, asOf)));
                }
            }

            for (var j = 0; j < pairing.AfterTallies.Length; j++)
            {
                if (pairing.AfterOnly[j] && after.RunAt(j) is { } y)
                {
                    var tally = pairing.AfterTallies[j];
                    tally.After[(int)OutcomeOf(y, asOf)]++;
                    tally.Changes++;
                    changes.Add(new SlaReplayChange(aggregate.Site, before.Subject.AggregateId, tally.Name, tally.RuleId, null, after.TimerAt(j, asOf)));
                }
            }
        }

        return new SlaReplayResult(asOf, eventCount, aggregates.Count, [.. tallies.Select(t => t.ToTarget())], changes);
    }

    /// <summary>One aggregate's projections under both configurations.</summary>
    private sealed class Aggregate(SiteId site, SlaProjection before, SlaProjection after)
    {
        internal SiteId Site { get; } = site;

        internal SlaProjection Before { get; } = before;

        internal SlaProjection After { get; } = after;

        internal int Version { get; set; }
    }

    /// <summary>How the targets of a "before" policy and an "after" policy pair up (by name and rule ID), and whose tally each counts in.</summary>
    private sealed class Pairing
    {
        internal Pairing(SlaProjection before, SlaProjection after, Dictionary<(string Name, string RuleId), Tally> tallies)
        {
            Before = before.Policy;
            After = after.Policy;
            BeforeTallies = new Tally[before.TargetCount];
            AfterOf = new int[before.TargetCount];
            AfterTallies = new Tally[after.TargetCount];
            AfterOnly = new bool[after.TargetCount];
            Array.Fill(AfterOnly, true);
            for (var j = 0; j < after.TargetCount; j++)
            {
                AfterTallies[j] = tallies[(after.TargetAt(j).Name, after.TargetAt(j).RuleId)];
            }

            for (var i = 0; i < before.TargetCount; i++)
            {
                BeforeTallies[i] = tallies[(before.TargetAt(i).Name, before.TargetAt(i).RuleId)];
                AfterOf[i] = Array.IndexOf(AfterTallies, BeforeTallies[i]);
                if (AfterOf[i] >= 0)
                {
                    AfterOnly[AfterOf[i]] = false;
                }
            }
        }

        internal SlaPolicy? Before { get; }

        internal SlaPolicy? After { get; }

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
