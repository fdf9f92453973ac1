using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The engineering supervisor assigned a technician (RP-11).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Technician">The technician assigned.</param>
[EventType("repair.technician-assigned")]
public sealed record TechnicianAssigned(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Actor Technician)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The technician assigned.</summary>
    public Actor Technician { get; } = Preconditions.CheckNotNull(Technician);
}
