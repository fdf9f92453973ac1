using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner followed up with the resident after the request was handled (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Satisfaction">The resident's satisfaction (HR-06).</param>
/// <param name="Remarks">What the resident said, or null.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/> or <paramref name="Actor"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> is blank.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1, or <paramref name="Satisfaction"/> is undefined.</exception>
[EventType("help.followed-up")]
public sealed record HelpRequestFollowedUp(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Satisfaction Satisfaction, string? Remarks)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The resident's satisfaction.</summary>
    public Satisfaction Satisfaction { get; } = Preconditions.CheckDefined(Satisfaction);

    /// <summary>What the resident said, trimmed, or null.</summary>
    public string? Remarks { get; } = EventText.Optional(Remarks);
}
