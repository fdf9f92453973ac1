using NodaTime;

namespace PropertyService.Repairs;

/// <summary>Engineering was notified to collect the work order (RP-09).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
[EventType("repair.engineering-notified")]
public sealed record EngineeringNotified(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
