using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The technician found work beyond the quote; it goes to the supervisor's assessment and the owner's decision before it is done (RP-14).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Description">What the extra work is.</param>
[EventType("repair.extra-work-reported")]
public sealed record ExtraWorkReported(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Description)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the extra work is.</summary>
    public string Description { get; } = EventText.Required(Description);
}
