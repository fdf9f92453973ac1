using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// At the morning handover the incoming officer turned a night-log entry into a record, keeping its original time, or
/// carried it over with a reason (CS-15).
/// </summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">The incoming officer.</param>
/// <param name="EntryId">The night-log entry.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="RecordId">The record it became (work order, complaint record, help request); null when carried over.</param>
/// <param name="Reason">Why it was carried over; null otherwise.</param>
/// <exception cref="ArgumentNullException"><paramref name="EntryId"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="EntryId"/> is blank, or the record or reason does not fit the outcome.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Outcome"/> is undefined.</exception>
[EventType("shift.night-entry-resolved")]
public sealed record NightEntryResolved(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string EntryId, NightEntryOutcome Outcome, string? RecordId, string? Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The night-log entry.</summary>
    public string EntryId { get; } = Preconditions.CheckNotBlank(EntryId);

    /// <summary>What became of it.</summary>
    public NightEntryOutcome Outcome { get; } = Preconditions.CheckDefined(Outcome);

    /// <summary>The record it became; null when carried over.</summary>
    public string? RecordId { get; } = (Outcome == NightEntryOutcome.CarriedOver) == string.IsNullOrWhiteSpace(RecordId)
        ? RecordId
        : throw new ArgumentException("A converted entry names the record it became, and a carried-over one names none (CS-15).", nameof(RecordId));

    /// <summary>Why it was carried over; null otherwise.</summary>
    public string? Reason { get; } = (Outcome == NightEntryOutcome.CarriedOver) == !string.IsNullOrWhiteSpace(Reason)
        ? Reason
        : throw new ArgumentException("A carried-over entry gives a reason, and only it (CS-15).", nameof(Reason));
}
