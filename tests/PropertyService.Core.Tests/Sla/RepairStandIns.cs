using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// Events shaped like the repair and shift workflows' events (same type names and property names), so the default
/// policy's name-declared targets can be tested without those workflows. The real types match the same way.
/// </summary>
public static class RepairStandIns
{
    public sealed record RepairReported(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string LogBook = "ContactRegister", Instant? Appointment = null)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record RepairDeferredToMorning(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record RepairTakenOverInMorning(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record WorkOrderIssued(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record EngineeringNotified(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record WorkOrderCollected(string AggregateId, int Version, Instant OccurredAt, Actor Actor, bool RequiresAssessment)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record RepairAssessed(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record QuoteAccepted(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Purpose = "Repair")
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record TechnicianArrived(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record RepairCancelled(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record ShiftAssigned(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Instant ShiftStartsAt)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record ShiftCheckedIn(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);
}
