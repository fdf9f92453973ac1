using NodaTime;

namespace PropertyService.Escalation;

/// <summary>
/// Where one escalated cause stands: the level it has reached, whether that level acknowledged it, and when it climbs
/// next. A snapshot: the <see cref="EscalationBoard"/> replaces it on every change.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed record EscalationCase
{
    internal EscalationCase(SiteId site, EscalationLadder ladder, EscalationRequest request, EscalationLevel level, Instant at)
    {
        Site = site;
        Ladder = ladder;
        Cause = request.Cause;
        AggregateId = request.AggregateId;
        Department = request.Department;
        Urgency = request.Urgency;
        RuleId = request.RuleId;
        Reason = request.Reason;
        Level = level;
        RaisedAt = at;
        NotifiedAt = at;
    }

    /// <summary>The site.</summary>
    public SiteId Site { get; }

    /// <summary>The ladder it climbs.</summary>
    public EscalationLadder Ladder { get; }

    /// <summary>What is escalated (unique within the site).</summary>
    public string Cause { get; }

    /// <summary>The ticket, request or handover concerned.</summary>
    public string AggregateId { get; }

    /// <summary>Whose chain it climbs.</summary>
    public EscalationDepartment Department { get; }

    /// <summary>How urgently (the highest asked so far).</summary>
    public EscalationUrgency Urgency { get; internal init; }

    /// <summary>The rule of the latest request.</summary>
    public string RuleId { get; internal init; }

    /// <summary>The reason of the latest request.</summary>
    public EscalationReason Reason { get; internal init; }

    /// <summary>The level reached; levels only go up.</summary>
    public EscalationLevel Level { get; internal init; }

    /// <summary>The role notified at that level.</summary>
    /// <remarks>Read from <see cref="Ladder"/>; the board only keeps levels that have a role.</remarks>
    public Role Role => Ladder.RoleAt(Department, Level)!.Value;

    /// <summary>When the cause was first escalated.</summary>
    public Instant RaisedAt { get; }

    /// <summary>When the current level was notified.</summary>
    public Instant NotifiedAt { get; internal init; }

    /// <summary>The acknowledgement of the current level, or null while it waits.</summary>
    public EscalationAcknowledgement? Acknowledgement { get; internal init; }

    /// <summary>When it climbs one level unless acknowledged first; null when acknowledged or at the top of its chain.</summary>
    public Instant? NextClimbAt { get; internal init; }

    /// <summary>Whether the current level waits for acknowledgement.</summary>
    public bool IsWaiting => Acknowledgement is null;
}
