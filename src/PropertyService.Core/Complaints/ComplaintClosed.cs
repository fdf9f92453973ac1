using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Complaints;

/// <summary>The complaint was closed with its outcome.</summary>
/// <param name="AggregateId">The complaint's identifier.</param>
/// <param name="Version">The complaint's version after this event.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">Who closed it.</param>
/// <param name="Outcome">What came of it.</param>
/// <exception cref="ArgumentNullException"><paramref name="Outcome"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Outcome"/> is blank.</exception>
[EventType("complaint.closed")]
public sealed record ComplaintClosed(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Outcome)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What came of it.</summary>
    public string Outcome { get; } = Preconditions.CheckNotBlank(Outcome);
}
