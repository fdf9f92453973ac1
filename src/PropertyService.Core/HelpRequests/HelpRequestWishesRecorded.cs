using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner recorded what the resident wants done (HR-07).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Wishes">What the resident wants, in their words.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Wishes"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Wishes"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.wishes-recorded")]
public sealed record HelpRequestWishesRecorded(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Wishes)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the resident wants, in their words.</summary>
    public string Wishes { get; } = EventText.Required(Wishes);
}
