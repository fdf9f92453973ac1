using NodaTime;

namespace PropertyService.Repairs;

/// <summary>The night technician fixed the repair at once (CS-14); the ticket goes straight to the resident's inspection.</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Notes">What was done, or null.</param>
public sealed record RepairFixedAtNight(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string? Notes)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
