using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// Where one timing target stands for one aggregate: a pure projection of the aggregate's events, the policy and
/// the calendars, as of an instant (see <see cref="SlaTracker"/>). Replaying the events after a policy or calendar
/// change recomputes it.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SlaTimer
{
    internal SlaTimer(
        string aggregateId,
        SlaTarget target,
        SlaTimerState state,
        Instant startedAt,
        Instant deadline,
        Instant warningAt,
        Duration pausedTotal,
        Instant? stoppedAt,
        Instant asOf,
        string? calendarWarning)
    {
        AggregateId = aggregateId;
        Target = target;
        State = state;
        StartedAt = startedAt;
        Deadline = deadline;
        WarningAt = warningAt;
        PausedTotal = pausedTotal;
        StoppedAt = stoppedAt;
        AsOf = asOf;
        CalendarWarning = calendarWarning;
    }

    /// <summary>The aggregate the timer belongs to.</summary>
    public string AggregateId { get; }

    /// <summary>The target being timed.</summary>
    public SlaTarget Target { get; }

    /// <summary>Where the target stands as of <see cref="AsOf"/>.</summary>
    public SlaTimerState State { get; }

    /// <summary>When the clock started.</summary>
    public Instant StartedAt { get; }

    /// <summary>When the target is due (for a paused timer: when it would be due had it resumed at the moment it paused).</summary>
    public Instant Deadline { get; }

    /// <summary>When the warning is due (the policy's threshold of the target, 75 % by default).</summary>
    public Instant WarningAt { get; }

    /// <summary>The total wall-clock time spent paused so far.</summary>
    public Duration PausedTotal { get; }

    /// <summary>When the target was met or cancelled, or null while it is open.</summary>
    public Instant? StoppedAt { get; }

    /// <summary>When the target was met, or null.</summary>
    public Instant? MetAt => State is SlaTimerState.Met || (State is SlaTimerState.Breached && StoppedAt is not null) ? StoppedAt : null;

    /// <summary>The instant the projection was computed for.</summary>
    public Instant AsOf { get; }

    /// <summary>Whether the timer is still open (running, paused, or breached and not yet met).</summary>
    public bool IsOpen => StoppedAt is null;

    /// <summary>When the target was breached (its deadline), or null when it was not.</summary>
    public Instant? BreachedAt => State is SlaTimerState.Breached ? Deadline : null;

    /// <summary>
    /// The deadline minus the stop (or <see cref="AsOf"/> while open): how much time was to spare, negative by
    /// how much the target was missed.
    /// </summary>
    public Duration Margin => Deadline - (StoppedAt ?? AsOf);

    /// <summary>The business calendar's warning when the deadline spans a year without holiday data, or null.</summary>
    public string? CalendarWarning { get; }

    /// <summary>Describes the timer.</summary>
    public override string ToString() => $"{AggregateId} [{Target.RuleId}] {Target.Name}: {State}, due {Deadline}";
}
