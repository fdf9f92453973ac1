using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>The work order was issued in triplicate with a site-unique number (RP-09, CS-13).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="WorkOrder">The work order.</param>
[EventType("repair.work-order-issued")]
public sealed record WorkOrderIssued(string AggregateId, int Version, Instant OccurredAt, Actor Actor, WorkOrder WorkOrder)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>The work order.</summary>
    public WorkOrder WorkOrder { get; } = Preconditions.CheckNotNull(WorkOrder);
}
