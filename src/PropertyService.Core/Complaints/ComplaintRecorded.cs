using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Complaints;

/// <summary>
/// An officer recorded a complaint (投诉记录): from a call or visit (CS-13), from the night duty log at the morning
/// handover keeping its original time (CS-15), or from a dissatisfied follow-up visit.
/// </summary>
/// <param name="AggregateId">The complaint's identifier.</param>
/// <param name="Version">The complaint's version after this event.</param>
/// <param name="OccurredAt">When it was recorded.</param>
/// <param name="Actor">The officer who recorded it.</param>
/// <param name="Site">The site.</param>
/// <param name="ReceivedAt">When the resident complained; not after <paramref name="OccurredAt"/>.</param>
/// <param name="From">Who complained.</param>
/// <param name="Summary">What about.</param>
/// <param name="Source">The record it came from (a night-log entry, a repair ticket), or null.</param>
/// <exception cref="ArgumentNullException">A required text is null.</exception>
/// <exception cref="ArgumentException">A required text is blank, the site is empty, or <paramref name="ReceivedAt"/> is after <paramref name="OccurredAt"/>.</exception>
[EventType("complaint.recorded")]
public sealed record ComplaintRecorded(string AggregateId, int Version, Instant OccurredAt, Actor Actor, SiteId Site, Instant ReceivedAt, string From, string Summary, string? Source)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The site.</summary>
    public SiteId Site { get; } = Site.IsEmpty ? throw new ArgumentException("A complaint belongs to a site.", nameof(Site)) : Site;

    /// <summary>When the resident complained (CS-15: the night log's original time).</summary>
    public Instant ReceivedAt { get; } = ReceivedAt > OccurredAt ? throw new ArgumentException("A complaint is received before it is recorded.", nameof(ReceivedAt)) : ReceivedAt;

    /// <summary>Who complained.</summary>
    public string From { get; } = Preconditions.CheckNotBlank(From);

    /// <summary>What about.</summary>
    public string Summary { get; } = Preconditions.CheckNotBlank(Summary);
}
