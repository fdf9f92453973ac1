using NodaTime;
using PropertyService.Utility;

namespace PropertyService.HelpRequests;

/// <summary>A major medical emergency was reported to the supervisor at once (HR-08): the escalation event the escalation rules act on.</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Level">The role told: <see cref="Role.ServiceSupervisor"/>.</param>
/// <param name="Address">Where the emergency is.</param>
/// <exception cref="ArgumentNullException"><paramref name="AggregateId"/>, <paramref name="Actor"/> or <paramref name="Address"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="AggregateId"/> is blank.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Version"/> is less than 1, or <paramref name="Level"/> is undefined.</exception>
[EventType("help.major-emergency-reported")]
public sealed record MajorEmergencyReported(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Role Level, Location Address)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The role told: <see cref="Role.ServiceSupervisor"/>.</summary>
    public Role Level { get; } = Preconditions.CheckDefined(Level);

    /// <summary>Where the emergency is.</summary>
    public Location Address { get; } = Preconditions.CheckNotNull(Address);
}
