using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The supervisor or manager told the owner what to tell the resident (HR-04).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Instruction">What to tell the resident or do.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Instruction"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Instruction"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.instructed")]
public sealed record HelpRequestInstructed(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Instruction)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What to tell the resident or do.</summary>
    public string Instruction { get; } = EventText.Required(Instruction);
}
