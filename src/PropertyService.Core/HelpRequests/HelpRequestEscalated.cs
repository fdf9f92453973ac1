using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>The owner could not resolve the request and asked the supervisor or manager; the HR-04 answer target starts here.</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Level">The role asked: <see cref="Role.ServiceSupervisor"/> or <see cref="Role.ServiceManager"/>.</param>
/// <param name="Question">What the owner asked.</param>
/// <param name="TargetPersonId">The <see cref="PropertyService.Actor.Id"/> of the person asked, when the owner named one; otherwise null.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Question"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> or <paramref name="Question"/> is blank (texts are recorded trimmed).</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1, or <paramref name="Level"/> is undefined.</exception>
[EventType("help.escalated")]
public sealed record HelpRequestEscalated(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Role Level, string Question, string? TargetPersonId)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the owner asked.</summary>
    public string Question { get; } = EventText.Required(Question);

    /// <summary>The role asked: <see cref="Role.ServiceSupervisor"/> or <see cref="Role.ServiceManager"/>.</summary>
    public Role Level { get; } = Preconditions.CheckDefined(Level);

    /// <summary>The <see cref="PropertyService.Actor.Id"/> of the person asked, when the owner named one; otherwise null.</summary>
    public string? TargetPersonId { get; } = EventText.Optional(TargetPersonId);
}
