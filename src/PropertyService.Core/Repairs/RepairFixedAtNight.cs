using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The night technician fixed the repair at once (CS-14); the ticket goes straight to the resident's inspection.</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Notes">What was done, or null.</param>
[EventType("repair.fixed-at-night")]
public sealed record RepairFixedAtNight(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string? Notes)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The fee-schedule quote for the items the fix used, when the technician named them (CS-14, RP-12); null for a fix free of charge.</summary>
    public Fees.Quote? Quote { get; init; }

    /// <summary>What was done, or null.</summary>
    public string? Notes { get; } = EventText.Optional(Notes);
}
