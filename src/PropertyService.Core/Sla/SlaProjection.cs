using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// The SLA timers of one aggregate, kept up to date event by event (<see cref="SlaTracker.Start"/>): the same result
/// as <see cref="SlaTracker.Project(SlaSubject, IEnumerable{DomainEvent}, Instant)"/> over the events applied so far,
/// at the cost of one event per call.
/// </summary>
/// <remarks>Not thread-safe: one projection belongs to one aggregate's stream, which is applied in order.</remarks>
public sealed class SlaProjection
{
    private readonly SlaTracker.TargetRun[] _runs;
    private readonly bool[] _changed;

    internal SlaProjection(SlaSubject subject, SlaPolicy? policy, SlaTracker.TargetRun[] runs)
    {
        Subject = subject;
        Policy = policy;
        _runs = runs;
        _changed = new bool[runs.Length];
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
        for (var i = 0; i < _runs.Length; i++)
        {
            _changed[i] = _runs[i].Apply(e);
            any |= _changed[i];
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
            if (run.ToTimer(Subject.AggregateId, asOf) is { } timer)
            {
                timers.Add(timer);
            }
        }

        return timers;
    }

    /// <summary>Tells the monitor about every timer the last <see cref="Apply"/> changed.</summary>
    internal void TrackChanges(SlaMonitor monitor)
    {
        for (var i = 0; i < _runs.Length; i++)
        {
            if (_changed[i])
            {
                _runs[i].TrackIn(monitor, Subject.AggregateId);
            }
        }
    }
}
