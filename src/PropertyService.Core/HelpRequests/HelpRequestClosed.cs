using NodaTime;

namespace PropertyService.HelpRequests;

/// <summary>The owner closed the request after the follow-up (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/> or <paramref name="Actor"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> is blank.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.closed")]
public sealed record HelpRequestClosed(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
