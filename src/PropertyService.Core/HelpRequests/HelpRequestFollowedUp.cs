using NodaTime;

namespace PropertyService.HelpRequests;

/// <summary>The owner followed up with the resident after the request was handled (HR-06).</summary>
/// <param name="AggregateId">The help request's identifier.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Satisfied">Whether the resident was satisfied.</param>
/// <param name="Remarks">What the resident said, or null.</param>
public sealed record HelpRequestFollowedUp(string AggregateId, int Version, Instant OccurredAt, Actor Actor, bool Satisfied, string? Remarks)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
