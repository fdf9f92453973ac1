using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>Night duty: the night technician fixes or defers, and the morning officer takes over (CS-14, CS-15).</content>
public sealed partial class RepairTicket
{
    /// <summary>
    /// The night technician who logged the repair fixes it at once (CS-14), self-assigned; the ticket goes
    /// straight to the resident's inspection and sign-off (RP-16). Nothing is owed for it; to charge for a fix in
    /// the fee schedule, use the overload that names the items used.
    /// </summary>
    /// <param name="actor">The night technician who logged it.</param>
    /// <param name="notes">What was done, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairFixedAtNight"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> FixAtNight(Actor actor, string? notes, Instant at) =>
        Simple(T.FixAtNight, actor, at, notes, static (t, a, at, n) => new RepairFixedAtNight(t.Id, t.Version + 1, at, a, n));

    /// <summary>
    /// The night technician fixes the repair at once (CS-14) using the fee-schedule items that
    /// <paramref name="quoteRequest"/> names, and it is priced like any repair in the schedule (RP-12): the
    /// resident owes the schedule quote's resident share. Items outside the schedule cannot be priced at night (RP-14).
    /// </summary>
    /// <param name="actor">The night technician who logged it.</param>
    /// <param name="notes">What was done, or null.</param>
    /// <param name="quoteRequest">The items used (at least one) and the facts the fee rules need; see
    /// <see cref="CreateQuoteRequest"/>. Its site and category must be the ticket's.</param>
    /// <param name="fees">The fee evaluator; asked only when every other check has passed.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairFixedAtNight"/> event carrying the quote, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="notes"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    /// <remarks>An exception from <paramref name="fees"/> propagates and leaves the ticket exactly as it was.</remarks>
    public Result<IReadOnlyList<DomainEvent>> FixAtNight(Actor actor, string? notes, QuoteRequest quoteRequest, IFeeEvaluator fees, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(quoteRequest);
        Preconditions.CheckNotNull(fees);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        if (Check(T.FixAtNight, step, at) is { } rejected)
        {
            return rejected;
        }

        if (quoteRequest.Site != Site || quoteRequest.Category != Request.Category || quoteRequest.Items.Count == 0)
        {
            return Rejection.Localized(
                RepairRejectionCodes.QuoteRequestMismatch, "CS-14", "QuoteRequest", "Repair.NightFixQuoteMismatch", LocalizedText.Of("RepairCategory", Request.Category), Site);
        }

        var evaluation = fees.Evaluate(quoteRequest);
        if (evaluation.IsRejected)
        {
            return evaluation.Rejection;
        }

        if (!evaluation.IsQuote)
        {
            // RP-14: work outside the schedule is assessed and accepted before it is done.
            return Rejection.Localized(RepairRejectionCodes.NightFixNeedsAssessment, "RP-14", "QuoteRequest", "Repair.NightFixNeedsAssessment");
        }

        return Commit(T.FixAtNight, step, new RepairFixedAtNight(Id, Version + 1, at, actor, notes) { Quote = evaluation.Quote });
    }

    /// <summary>
    /// The night technician cannot fix the repair and tells the resident it is scheduled for the next day
    /// (CS-14); the ticket waits for the morning handover (CS-15).
    /// </summary>
    /// <param name="actor">The night technician who logged it.</param>
    /// <param name="note">What the resident was told, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairDeferredToMorning"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> DeferToMorning(Actor actor, string? note, Instant at) =>
        Simple(T.DeferToMorning, actor, at, note, static (t, a, at, n) => new RepairDeferredToMorning(t.Id, t.Version + 1, at, a, n));

    /// <summary>
    /// At the morning handover the officer on duty takes a deferred night repair over from the night duty
    /// log (CS-15). The report keeps its original time; the RP-09 work-order target starts now.
    /// </summary>
    /// <param name="actor">The officer on duty.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairTakenOverInMorning"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> TakeOverInMorning(Actor actor, Instant at) =>
        Simple(T.TakeOverInMorning, actor, at, 0, static (t, a, at, _) => new RepairTakenOverInMorning(t.Id, t.Version + 1, at, a));
}
