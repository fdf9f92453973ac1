using PropertyService.Utility;

namespace PropertyService.Escalation;

/// <summary>
/// What an <see cref="IEscalationRule"/> decides: escalate this cause, about this aggregate, to this level of this
/// department's chain, this urgently, for this reason. The escalation board turns it into a notice unless the same
/// cause already reached that level.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class EscalationRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="cause">What is escalated, unique within the site, such as <c>"sla/RT-0001/RP-09 work order"</c>: one cause climbs one ladder and never reaches the same level twice.</param>
    /// <param name="aggregateId">The ticket, request or handover concerned.</param>
    /// <param name="department">Whose chain it climbs.</param>
    /// <param name="level">The level to notify.</param>
    /// <param name="urgency">How urgently.</param>
    /// <param name="ruleId">The rule the escalation serves, such as <c>"HR-08"</c>.</param>
    /// <param name="reason">Why, for people and machines.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is blank, or <paramref name="level"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> or <paramref name="urgency"/> is not defined.</exception>
    public EscalationRequest(
        string cause, string aggregateId, EscalationDepartment department, EscalationLevel level,
        EscalationUrgency urgency, string ruleId, EscalationReason reason)
    {
        Cause = Preconditions.CheckNotBlank(cause);
        AggregateId = Preconditions.CheckNotBlank(aggregateId);
        Department = Preconditions.CheckDefined(department);
        Level = level.Value >= 1 ? level : throw new ArgumentException("The level must be 1 or higher; default(EscalationLevel) is the person themself.", nameof(level));
        Urgency = Preconditions.CheckDefined(urgency);
        RuleId = Preconditions.CheckNotBlank(ruleId);
        Reason = Preconditions.CheckNotNull(reason);
    }

    /// <summary>What is escalated, unique within the site.</summary>
    public string Cause { get; }

    /// <summary>The ticket, request or handover concerned.</summary>
    public string AggregateId { get; }

    /// <summary>Whose chain it climbs.</summary>
    public EscalationDepartment Department { get; }

    /// <summary>The level to notify.</summary>
    public EscalationLevel Level { get; }

    /// <summary>How urgently.</summary>
    public EscalationUrgency Urgency { get; }

    /// <summary>The rule the escalation serves.</summary>
    public string RuleId { get; }

    /// <summary>Why.</summary>
    public EscalationReason Reason { get; }
}
