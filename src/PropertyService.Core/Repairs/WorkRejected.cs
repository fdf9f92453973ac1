using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The resident was not satisfied at inspection; the work goes back for rework and a new inspection (RP-16).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="RejectedBy">Who refused.</param>
/// <param name="Reason">What is wrong.</param>
[EventType("repair.work-rejected")]
public sealed record WorkRejected(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Resident RejectedBy, string Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Who refused.</summary>
    public Resident RejectedBy { get; } = Preconditions.CheckNotNull(RejectedBy);

    /// <summary>What is wrong.</summary>
    public string Reason { get; } = EventText.Required(Reason);
}
