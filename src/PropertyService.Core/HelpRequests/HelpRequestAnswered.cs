using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner answered the resident or resolved the request (HR-04); stops the HR-04 answer target.</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Answer">What the resident was told or what was done.</param>
/// <param name="AfterEscalation">Whether the answer followed the supervisor's or manager's instruction.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Answer"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Answer"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.answered")]
public sealed record HelpRequestAnswered(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Answer, bool AfterEscalation)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the resident was told or what was done.</summary>
    public string Answer { get; } = EventText.Required(Answer);
}
