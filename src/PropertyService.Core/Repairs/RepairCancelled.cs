using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The ticket was cancelled at the resident's request before work started.</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Reason">The resident's reason.</param>
[EventType("repair.cancelled")]
public sealed record RepairCancelled(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The resident's reason.</summary>
    public string Reason { get; } = EventText.Required(Reason);
}
