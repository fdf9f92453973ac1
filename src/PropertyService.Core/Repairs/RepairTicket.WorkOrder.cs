using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>From report to collection: the work order, engineering's notice and collection (RP-09, RP-10), and cancellation.</content>
public sealed partial class RepairTicket
{
    /// <summary>Issues the work order in triplicate with a site-unique number (RP-09, CS-13). Officer.</summary>
    /// <param name="actor">The officer on duty.</param>
    /// <param name="numbers">Where the site-unique number comes from; asked only when every check has passed.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkOrderIssued"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or the number source returns null.</exception>
    /// <exception cref="ArgumentException">The number source returns a blank number.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    /// <remarks>An exception from <paramref name="numbers"/> propagates and leaves the ticket exactly as it was.</remarks>
    public Result<IReadOnlyList<DomainEvent>> IssueWorkOrder(Actor actor, IWorkOrderNumberSource numbers, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(numbers);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        if (Check(T.IssueWorkOrder, step, at) is { } rejected)
        {
            return rejected;
        }

        // RP-09: three copies under one site-unique number; copy 1 stays at the service center.
        var order = new WorkOrder(numbers.Next(Site), at);
        return Commit(T.IssueWorkOrder, step, new WorkOrderIssued(Id, Version + 1, at, actor, order));
    }

    /// <summary>Notifies engineering to collect the work order (RP-09). Officer.</summary>
    /// <param name="actor">The officer on duty.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="EngineeringNotified"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> NotifyEngineering(Actor actor, Instant at) =>
        Simple(T.NotifyEngineering, actor, at, 0, static (t, a, at, _) => new EngineeringNotified(t.Id, t.Version + 1, at, a));

    /// <summary>
    /// Engineering signs for the work order on the repair log and takes copies 2 and 3 (RP-10). The fee
    /// evaluator decides the path: every item in the schedule gives a schedule quote and the repair is
    /// ready to assign (RP-12, RP-13); otherwise it goes to the supervisor's assessment (RP-14). A request
    /// without items (the collector found nothing in the schedule) goes to assessment.
    /// </summary>
    /// <param name="actor">The engineering supervisor or a technician.</param>
    /// <param name="quoteRequest">How the collector classifies the repair; see <see cref="CreateQuoteRequest"/>.
    /// Its site and category must be the ticket's.</param>
    /// <param name="fees">The fee evaluator; asked only when every other check has passed.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkOrderCollected"/> event, or why not (including the evaluator's rejection).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    /// <remarks>An exception from <paramref name="fees"/> propagates and leaves the ticket exactly as it was.</remarks>
    public Result<IReadOnlyList<DomainEvent>> Collect(Actor actor, QuoteRequest quoteRequest, IFeeEvaluator fees, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(quoteRequest);
        Preconditions.CheckNotNull(fees);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        if (Check(RepairAction.Collect, step, at) is { } rejected)
        {
            return rejected;
        }

        if (quoteRequest.Site != Site || quoteRequest.Category != Request.Category)
        {
            return Rejection.Localized(
                RepairRejectionCodes.QuoteRequestMismatch,
                "RP-10",
                "QuoteRequest",
                "Repair.QuoteRequestMismatch",
                LocalizedText.Of("RepairCategory", quoteRequest.Category),
                quoteRequest.Site,
                LocalizedText.Of("RepairCategory", Request.Category),
                Site);
        }

        Quote? scheduleQuote = null;
        if (quoteRequest.Items.Count > 0)
        {
            var evaluation = fees.Evaluate(quoteRequest);
            if (evaluation.IsRejected)
            {
                return evaluation.Rejection;
            }

            scheduleQuote = evaluation.Quote; // null when RP-14 assessment is required
        }

        var trigger = scheduleQuote is null ? T.CollectForAssessment : T.CollectScheduled;
        return Commit(trigger, step, new WorkOrderCollected(Id, Version + 1, at, actor, quoteRequest, scheduleQuote));
    }

    /// <summary>Cancels the ticket at the resident's request, before work starts. Officer.</summary>
    /// <param name="actor">An officer.</param>
    /// <param name="reason">The resident's reason; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairCancelled"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> Cancel(Actor actor, string reason, Instant at) =>
        WithText(T.Cancel, actor, at, reason,
            static () => ReasonRequired(null, "Repair.ReasonRequired.Cancel"),
            static (t, a, at, r) => new RepairCancelled(t.Id, t.Version + 1, at, a, r));
}
