using NodaTime;

namespace PropertyService.HelpRequests;

/// <summary>A major medical emergency was reported to the supervisor at once (HR-08): the escalation event the escalation rules act on.</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Level">The role told: <see cref="Role.ServiceSupervisor"/>.</param>
/// <param name="Address">Where the emergency is.</param>
public sealed record MajorEmergencyReported(string AggregateId, int Version, Instant OccurredAt, Actor Actor, Role Level, Location Address)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
