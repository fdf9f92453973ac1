using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>A written inquiry was registered; the written-reply target of HR-09 starts here.</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Question">The question asked, as written.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Question"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Question"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.written-inquiry-registered")]
public sealed record WrittenInquiryRegistered(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Question)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The question asked, as written.</summary>
    public string Question { get; } = EventText.Required(Question);
}
