using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// The SLA timers of one aggregate, kept up to date event by event (<see cref="SlaTracker.Start"/>): the same result
/// as <see cref="SlaTracker.Project(SlaSubject, IEnumerable{DomainEvent}, Instant)"/> over the events applied so far,
/// at the cost of one event per call.
/// </summary>
/// <remarks>
/// <para>A target's run is made when the target starts, so an aggregate's projection holds little more than its started
/// timers (the event pipeline keeps one per open aggregate, a replay one per aggregate of the history).</para>
/// <para>Not thread-safe: one projection belongs to one aggregate's stream, which is applied in order.</para>
/// </remarks>
public sealed class SlaProjection
{
    private readonly SlaTracker.PolicyPlan _plan;
    private readonly SlaTracker.TargetPlan[] _plans;

    /// <summary>Each target's run, null until the target starts.</summary>
    private readonly SlaTracker.TargetRun?[] _runs;

    /// <summary>Per target: an Unless event came before its start (first half), and the last Apply changed it (second half).</summary>
    private readonly bool[] _flags;

    internal SlaProjection(SlaSubject subject, SlaPolicy? policy, SlaTracker.PolicyPlan plan)
    {
        Subject = subject;
        Policy = policy;
        _plan = plan;
        _plans = plan.Targets;
        _runs = new SlaTracker.TargetRun?[_plans.Length];
        _flags = new bool[_plans.Length * 2];
    }

    /// <summary>The aggregate and the facts that chose its policy.</summary>
    public SlaSubject Subject { get; }

    /// <summary>The policy that applies, or null when none does (then there are no timers).</summary>
    public SlaPolicy? Policy { get; }

    /// <summary>The version of the last event applied; 0 before the first.</summary>
    public int Version { get; private set; }

    /// <summary>Applies the aggregate's next event.</summary>
    /// <param name="e">The event; events of other aggregates and versions already applied are ignored.</param>
    /// <returns>Whether any timer started, stopped, paused, resumed or moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public bool Apply(DomainEvent e)
    {
        Preconditions.CheckNotNull(e);
        if (e.AggregateId != Subject.AggregateId || e.Version <= Version)
        {
            return false;
        }

        Version = e.Version;
        var any = false;
        var count = _runs.Length;
        if (count == 0)
        {
            return false;
        }

        // Only the targets whose triggers can match the event's type can change (the others would return false).
        Array.Clear(_flags, count, count);
        foreach (var i in _plan.Concerned(e.GetType()))
        {
            bool changed;
            if (_runs[i] is { } run)
            {
                changed = run.Apply(e);
            }
            else if (SlaTracker.TargetRun.Starts(_plans[i].Target, ref _flags[i], e))
            {
                run = _plans[i].NewRun();
                changed = run.StartWith(e);
                _runs[i] = changed ? run : null; // not started (no carried instant): as if it had seen nothing
            }
            else
            {
                changed = false;
            }

            _flags[count + i] = changed;
            any |= changed;
        }

        return any;
    }

    /// <summary>The timers (one per target that has started), as of an instant.</summary>
    /// <param name="asOf">Now: decides whether open timers have been breached.</param>
    /// <returns>The timers, in the order of the policy's targets.</returns>
    public IReadOnlyList<SlaTimer> Timers(Instant asOf)
    {
        var timers = new List<SlaTimer>(_runs.Length);
        foreach (var run in _runs)
        {
            if (run?.ToTimer(Subject.AggregateId, asOf) is { } timer)
            {
                timers.Add(timer);
            }
        }

        return timers;
    }

    /// <summary>The number of targets of <see cref="Policy"/> (0 when none applies).</summary>
    internal int TargetCount => _runs.Length;

    /// <summary>The policy's target at an index.</summary>
    internal SlaTarget TargetAt(int index) => _plans[index].Target;

    /// <summary>The run of the target at an index, or null while the target has not started.</summary>
    internal SlaTracker.TargetRun? RunAt(int index) => _runs[index];

    /// <summary>The timer of the target at an index as of an instant, or null while the target has not started.</summary>
    internal SlaTimer? TimerAt(int index, Instant asOf) => _runs[index]?.ToTimer(Subject.AggregateId, asOf);

    /// <summary>Tells the monitor about every timer the last <see cref="Apply"/> changed.</summary>
    internal void TrackChanges(SlaMonitor monitor)
    {
        for (var i = 0; i < _runs.Length; i++)
        {
            if (_flags[_runs.Length + i])
            {
                _runs[i]!.TrackIn(monitor, Subject.AggregateId);
            }
        }
    }
}
