using NodaTime;

namespace PropertyService.Shifts;

/// <summary>A member of staff signed back at the service center when the work ended (CS-05).</summary>
/// <param name="AggregateId">The sign-in sheet's identifier.</param>
/// <param name="Version">The sheet's version after this event.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">The person signing back.</param>
/// <param name="Note">What was done, or null.</param>
[EventType("shift.staff-signed-back")]
public sealed record StaffSignedBack(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string? Note)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
