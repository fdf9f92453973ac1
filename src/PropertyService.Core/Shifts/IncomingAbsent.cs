using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// The incoming person had not arrived when the shift started (CS-20): the outgoing person stays at the post, and the
/// escalation rules alert the supervisor on this event.
/// </summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it was recorded; not before the shift start.</param>
/// <param name="Actor">Who recorded it: the outgoing person or a supervisor.</param>
[EventType("shift.incoming-absent")]
public sealed record IncomingAbsent(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
