using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// How a logged call or visit was handled: the department notified and what it did (CS-13), or, at night, what the
/// technician did at once (CS-14). A night entry never handled is handed over at the morning handover (CS-15).
/// </summary>
/// <param name="AggregateId">The duty log's identifier.</param>
/// <param name="Version">The log's version after this event.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">Who handled it.</param>
/// <param name="EntryId">The entry.</param>
/// <param name="Handling">What was done, such as the department notified and the record opened.</param>
/// <exception cref="ArgumentNullException">A text is null.</exception>
/// <exception cref="ArgumentException">A text is blank.</exception>
[EventType("shift.contact-handled")]
public sealed record ContactHandled(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string EntryId, string Handling)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The entry.</summary>
    public string EntryId { get; } = Preconditions.CheckNotBlank(EntryId);

    /// <summary>What was done.</summary>
    public string Handling { get; } = Preconditions.CheckNotBlank(Handling);
}
