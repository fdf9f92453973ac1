using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The technician checked resident-supplied materials and wrote the verdict in the work order's remarks (RP-15).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Result">Qualified or unqualified.</param>
/// <param name="Remarks">The remarks written on the work order.</param>
[EventType("repair.materials-checked")]
public sealed record MaterialsChecked(string AggregateId, int Version, Instant OccurredAt, Actor Actor, MaterialCheckResult Result, string? Remarks)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>Qualified or unqualified.</summary>
    public MaterialCheckResult Result { get; } = Preconditions.CheckDefined(Result);

    /// <summary>The remarks written on the work order.</summary>
    public string? Remarks { get; } = EventText.Optional(Remarks);
}
