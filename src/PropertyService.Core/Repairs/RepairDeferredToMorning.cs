using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The night technician could not fix the repair and told the resident it is scheduled for the next day (CS-14).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Note">What the resident was told, or null.</param>
[EventType("repair.deferred-to-morning")]
public sealed record RepairDeferredToMorning(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string? Note)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the resident was told, or null.</summary>
    public string? Note { get; } = EventText.Optional(Note);
}
