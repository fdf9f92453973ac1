using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The supervisor or manager answered a written inquiry in writing (HR-09); stops the HR-09 target.</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Reply">The written reply.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Reply"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Reply"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.written-reply-sent")]
public sealed record WrittenReplySent(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Reply)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The written reply.</summary>
    public string Reply { get; } = EventText.Required(Reply);
}
