using NodaTime;
using PropertyService.Utility;
using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>The engineering supervisor found the work feasible and priced it (RP-14); the owner is to answer.</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Purpose">What was assessed.</param>
/// <param name="Quote">The assessed quote.</param>
[EventType("repair.assessed")]
public sealed record RepairAssessed(string AggregateId, int Version, Instant OccurredAt, Actor Actor, AssessmentPurpose Purpose, Quote Quote)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What was assessed.</summary>
    public AssessmentPurpose Purpose { get; } = Preconditions.CheckDefined(Purpose);

    /// <summary>The assessed quote.</summary>
    public Quote Quote { get; } = Preconditions.CheckNotNull(Quote);
}
