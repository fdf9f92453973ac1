using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The owner inspected the work and signed the work order (RP-16).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="SignedBy">Who signed.</param>
[EventType("repair.work-signed-off")]
public sealed record WorkSignedOff(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Resident SignedBy)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Who signed.</summary>
    public Resident SignedBy { get; } = Preconditions.CheckNotNull(SignedBy);
}
