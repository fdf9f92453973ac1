namespace PropertyService.Sla;

/// <summary>Where a timing target stands.</summary>
public enum SlaTimerState
{
    /// <summary>Started, not yet met, deadline not yet passed.</summary>
    Running = 0,

    /// <summary>Started and paused; the deadline moves by the time spent paused.</summary>
    Paused = 1,

    /// <summary>Met on time.</summary>
    Met = 2,

    /// <summary>The deadline passed before the target was met (it may since have been met late).</summary>
    Breached = 3,

    /// <summary>Ended by a cancel event, neither met nor missed.</summary>
    Cancelled = 4,
}
