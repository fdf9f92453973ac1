using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The engineering supervisor found the work not feasible (RP-14); the reason is told to the resident.</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Purpose">What was assessed.</param>
/// <param name="Reason">Why it cannot be done.</param>
[EventType("repair.not-feasible")]
public sealed record RepairNotFeasible(string AggregateId, int Version, Instant OccurredAt, Actor Actor, AssessmentPurpose Purpose, string Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What was assessed.</summary>
    public AssessmentPurpose Purpose { get; } = Preconditions.CheckDefined(Purpose);

    /// <summary>Why it cannot be done.</summary>
    public string Reason { get; } = EventText.Required(Reason);
}
