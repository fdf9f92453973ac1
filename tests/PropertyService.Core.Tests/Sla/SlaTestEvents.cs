using NodaTime;

namespace PropertyService.Sla;

/// <summary>Small events for SLA tests that do not depend on any workflow.</summary>
public static class SlaTestEvents
{
    public static readonly Actor Officer = new("S001", "王小明", new SiteId("SZ-01"), Role.Officer);

    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 2, 0); // Monday 10:00 in Shanghai

    public static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    public sealed record TicketOpened(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Kind = "repair")
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record TicketAnswered(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record TicketPaused(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record TicketResumed(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record TicketCancelled(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record AppointmentBooked(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Instant Appointment)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record ShiftAssigned(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Instant ShiftStartsAt)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    public sealed record ShiftArrivalRecorded(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);
}
