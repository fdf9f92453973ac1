using NodaTime;

namespace PropertyService.Repairs;

/// <summary>The assigned technician arrived on site with tools and parts (RP-12, RP-13).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
[EventType("repair.technician-arrived")]
public sealed record TechnicianArrived(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
