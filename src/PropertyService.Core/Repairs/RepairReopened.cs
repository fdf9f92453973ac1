using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The ticket was reopened for rework after a dissatisfied follow-up (RP-03 (4), RP-16).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Reason">Why it was reopened.</param>
[EventType("repair.reopened")]
public sealed record RepairReopened(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Why it was reopened.</summary>
    public string Reason { get; } = EventText.Required(Reason);
}
