using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// Events shaped like the shift workflow's events (same type and property names), so CS-16's target, declared by
/// event type name, can be tested before that workflow exists. The real types will match the same way.
/// </summary>
public static class ShiftStandIns
{
    public sealed record ShiftAssigned(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Instant ShiftStartsAt)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record ShiftCheckedIn(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);
}
