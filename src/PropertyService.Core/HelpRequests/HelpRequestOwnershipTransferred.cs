using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>First-contact ownership passed explicitly to another officer, who inherits the follow-up duty (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="PreviousOwner">The owner until now.</param>
/// <param name="NewOwner">The new owner.</param>
/// <param name="Reason">Why, for example a shift handover (CS-17).</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/>, <paramref name="PreviousOwner"/>, <paramref name="NewOwner"/> or <paramref name="Reason"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Reason"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1.</exception>
[EventType("help.ownership-transferred")]
public sealed record HelpRequestOwnershipTransferred(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Actor PreviousOwner, Actor NewOwner, string Reason)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Why ownership passed.</summary>
    public string Reason { get; } = EventText.Required(Reason);

    /// <summary>The owner until now.</summary>
    public Actor PreviousOwner { get; } = Preconditions.CheckNotNull(PreviousOwner);

    /// <summary>The new owner.</summary>
    public Actor NewOwner { get; } = Preconditions.CheckNotNull(NewOwner);
}
