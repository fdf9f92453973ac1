using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>An officer received a help request and became its first-contact owner (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Site">The site the request belongs to.</param>
/// <param name="Kind">What the resident asks for.</param>
/// <param name="IsMajor">Whether a medical emergency is major (HR-08); false for every other kind.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/> or <paramref name="Actor"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> is blank, or <paramref name="Site"/> is empty.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1, or <paramref name="Kind"/> is undefined.</exception>
[EventType("help.received")]
public sealed record HelpRequestReceived(string AggregateId, int Version, Instant OccurredAt, Actor Actor, SiteId Site, HelpKind Kind, bool IsMajor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The site the request belongs to.</summary>
    public SiteId Site { get; } = Site.IsEmpty ? throw new ArgumentException("A help request belongs to a site.", nameof(Site)) : Site;

    /// <summary>What the resident asks for.</summary>
    public HelpKind Kind { get; } = Preconditions.CheckDefined(Kind);
}
