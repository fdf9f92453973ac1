using NodaTime;

namespace PropertyService.HelpRequests;

/// <summary>An officer received a help request and became its first-contact owner (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Site">The site the request belongs to.</param>
/// <param name="Kind">What the resident asks for.</param>
/// <param name="IsMajor">Whether a medical emergency is major (HR-08); false for every other kind.</param>
public sealed record HelpRequestReceived(string AggregateId, int Version, Instant OccurredAt, Actor Actor, SiteId Site, HelpKind Kind, bool IsMajor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
