namespace PropertyService.Sla;

/// <summary>
/// How one timing target ended up for one aggregate as of an instant, as <see cref="SlaReplay"/> compares it: the
/// timer's <see cref="SlaTimer.State"/> with a breach split by whether the target was met late or is still open.
/// </summary>
public enum SlaOutcome
{
    /// <summary>No timer: the target never started for the aggregate (its start event did not happen, an
    /// <see cref="SlaTarget.Unless"/> event blocked it, or the policy that applies has no such target, or no policy applies).</summary>
    None = 0,

    /// <summary>Met on time: the stop event came at or before the deadline (<see cref="SlaTimerState.Met"/>).</summary>
    Met = 1,

    /// <summary>Met late: the stop event came after the deadline (<see cref="SlaTimerState.Breached"/> with a
    /// <see cref="SlaTimer.StoppedAt"/>).</summary>
    MetLate = 2,

    /// <summary>Still open and past its deadline at the instant of the projection, or paused after its deadline
    /// (<see cref="SlaTimerState.Breached"/> without a <see cref="SlaTimer.StoppedAt"/>).</summary>
    Overdue = 3,

    /// <summary>Still open and not due: running or paused, its deadline not passed at the instant of the projection
    /// (<see cref="SlaTimerState.Running"/> or <see cref="SlaTimerState.Paused"/>).</summary>
    Open = 4,

    /// <summary>Ended by a cancel event, neither met nor missed (<see cref="SlaTimerState.Cancelled"/>).</summary>
    Cancelled = 5,
}
