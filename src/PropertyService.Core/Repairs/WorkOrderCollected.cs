using NodaTime;
using PropertyService.Utility;
using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>Engineering signed for the work order on the repair log and took copies 2 and 3 (RP-10). The fee evaluator decided the path: a schedule quote (RP-12, RP-13) or an assessment (RP-14).</summary>
/// <param name="AggregateId">The ticket's identifier.</param>
/// <param name="Version">The ticket's version after this event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Request">What the collector classified the repair as: its fee-schedule items (none when the collector sent it to assessment) and the facts the fee rules need.</param>
/// <param name="ScheduleQuote">The fee-schedule quote when every item is in the schedule; null when the repair goes to assessment (RP-14).</param>
[EventType("repair.work-order-collected")]
public sealed record WorkOrderCollected(string AggregateId, int Version, Instant OccurredAt, Actor Actor, QuoteRequest Request, Quote? ScheduleQuote)
    : DomainEvent(AggregateId, Version, OccurredAt, Actor)
{
    /// <summary>What the collector classified the repair as: its fee-schedule items (none when the collector sent it to assessment) and the facts the fee rules need.</summary>
    public QuoteRequest Request { get; } = Preconditions.CheckNotNull(Request);

    /// <summary>Whether the repair goes to the engineering supervisor's assessment (RP-14) rather than straight to assignment.</summary>
    public bool RequiresAssessment => ScheduleQuote is null;
}
