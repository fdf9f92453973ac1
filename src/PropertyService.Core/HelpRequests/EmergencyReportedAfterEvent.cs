using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner reported a normal medical emergency to the supervisor after the event (HR-08).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Report">What happened and what was done.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Report"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Report"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.emergency-reported-after-event")]
public sealed record EmergencyReportedAfterEvent(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Report)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What happened and what was done.</summary>
    public string Report { get; } = EventText.Required(Report);
}
