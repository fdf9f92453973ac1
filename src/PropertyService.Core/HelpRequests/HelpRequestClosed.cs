using NodaTime;

namespace PropertyService.HelpRequests;

/// <summary>The owner closed the request after the follow-up (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
[EventType("help.closed")]
public sealed record HelpRequestClosed(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
