using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The technician finished the work and asked the resident to try or inspect it (RP-16).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Notes">What was done, or null.</param>
[EventType("repair.work-completed")]
public sealed record WorkCompleted(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string? Notes)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What was done, or null.</summary>
    public string? Notes { get; } = EventText.Optional(Notes);
}
