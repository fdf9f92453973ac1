using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>A service supervisor closed the inspection without the resident's signature, with a recorded reason (RP-16).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Reason">Why.</param>
/// <param name="Explanation">What happened, in words.</param>
[EventType("repair.sign-off-overridden")]
public sealed record SignOffOverridden(string AggregateId, int Version, Instant OccurredAt, Actor Actor, SignOffOverrideReason Reason, string Explanation)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Why.</summary>
    public SignOffOverrideReason Reason { get; } = Preconditions.CheckDefined(Reason);

    /// <summary>What happened, in words.</summary>
    public string Explanation { get; } = EventText.Required(Explanation);
}
