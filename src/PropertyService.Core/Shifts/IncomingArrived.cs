using NodaTime;

namespace PropertyService.Shifts;

/// <summary>The incoming person arrived at the post (CS-16); the CS-16 target stops here.</summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When they arrived.</param>
/// <param name="Actor">The incoming person.</param>
/// <param name="Late">Whether they arrived after the time due, less than 15 minutes before the shift by default (CS-16).</param>
[EventType("shift.incoming-arrived")]
public sealed record IncomingArrived(string AggregateId, int Version, Instant OccurredAt, Actor Actor, bool Late)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
