using NodaTime;

namespace PropertyService.Shifts;

/// <summary>The outgoing person tidied the post again after it was rejected (CS-19).</summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">The outgoing person.</param>
[EventType("shift.post-tidied")]
public sealed record PostTidied(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
