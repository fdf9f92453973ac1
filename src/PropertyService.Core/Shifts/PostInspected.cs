using NodaTime;

namespace PropertyService.Shifts;

/// <summary>The incoming person inspected the post and accepted it, or rejected it with a reason (CS-19).</summary>
/// <param name="AggregateId">The handover's identifier.</param>
/// <param name="Version">The handover's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">The incoming person.</param>
/// <param name="Accepted">Whether the post was accepted.</param>
/// <param name="Reason">Why it was rejected; null when accepted.</param>
/// <exception cref="ArgumentException">A rejection has no reason, or an acceptance has one.</exception>
[EventType("shift.post-inspected")]
public sealed record PostInspected(string AggregateId, int Version, Instant OccurredAt, Actor Actor, bool Accepted, string? Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Why it was rejected; null when accepted.</summary>
    public string? Reason { get; } = Accepted == string.IsNullOrWhiteSpace(Reason)
        ? Reason
        : throw new ArgumentException("A rejected post gives a reason, and an accepted one none (CS-19).", nameof(Reason));
}
