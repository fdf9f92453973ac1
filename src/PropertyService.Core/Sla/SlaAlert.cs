using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// Something an <see cref="SlaMonitor"/> found due: a target about to be missed (<see cref="SlaWarningRaised"/>) or
/// missed (<see cref="SlaBreached"/>). Escalation rules act on these.
/// </summary>
/// <remarks>
/// Immutable records; safe to share between threads. An alert is not a <see cref="DomainEvent"/> and has no name in
/// the <see cref="EventTypeRegistry"/>: it is computed again from an aggregate's events, the targets and the clock, so
/// it is not part of any aggregate's history. What a person does about it (an escalation, say) is recorded as an
/// event of its own.
/// </remarks>
public abstract record SlaAlert
{
    /// <summary>Initialises the common fields.</summary>
    /// <param name="aggregateId">The aggregate the timer belongs to.</param>
    /// <param name="target">The target.</param>
    /// <param name="dueAt">When the alert became due.</param>
    /// <param name="deadline">The target's deadline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="aggregateId"/> is blank.</exception>
    protected SlaAlert(string aggregateId, SlaTarget target, Instant dueAt, Instant deadline)
    {
        AggregateId = Preconditions.CheckNotBlank(aggregateId);
        Target = Preconditions.CheckNotNull(target);
        DueAt = dueAt;
        Deadline = deadline;
    }

    /// <summary>The aggregate the timer belongs to.</summary>
    public string AggregateId { get; }

    /// <summary>The target.</summary>
    public SlaTarget Target { get; }

    /// <summary>The rule the target enforces, such as <c>"RP-09"</c>.</summary>
    public string RuleId => Target.RuleId;

    /// <summary>When the alert became due (the warning instant, or the deadline).</summary>
    public Instant DueAt { get; }

    /// <summary>The target's deadline.</summary>
    public Instant Deadline { get; }
}
