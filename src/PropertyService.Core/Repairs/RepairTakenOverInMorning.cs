using NodaTime;

namespace PropertyService.Repairs;

/// <summary>At the morning handover the officer on duty took the deferred repair over from the night duty log (CS-15). The report keeps its original time; RP-09's work-order target starts here.</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
[EventType("repair.taken-over-in-morning")]
public sealed record RepairTakenOverInMorning(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor);
