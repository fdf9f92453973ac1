using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// The handover is complete and the outgoing person may leave (CS-19, CS-20), with the overtime they stayed past the
/// end of their shift.
/// </summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it completed.</param>
/// <param name="Actor">Who completed it: the outgoing or incoming person.</param>
/// <param name="Overtime">How long the outgoing person stayed past the shift's end (CS-20); zero when none.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Overtime"/> is negative.</exception>
[EventType("shift.handover-completed")]
public sealed record HandoverCompleted(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Duration Overtime)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>How long the outgoing person stayed past the shift's end (CS-20).</summary>
    public Duration Overtime { get; } = Overtime < Duration.Zero
        ? throw new ArgumentOutOfRangeException(nameof(Overtime), Overtime, "Overtime cannot be negative (CS-20).")
        : Overtime;
}
