using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>Work outside the fee schedule: the supervisor's assessment and the owner's answer (RP-14, RP-15).</content>
public sealed partial class RepairTicket
{
    /// <summary>
    /// The engineering supervisor assesses the work as feasible and prices it (RP-14): the reported repair,
    /// extra work found on site, or company materials replacing unqualified ones (RP-15). The quote is built
    /// by the fee evaluator; the owner then accepts or declines it.
    /// </summary>
    /// <param name="actor">The engineering supervisor.</param>
    /// <param name="lines">The assessed lines (at least one).</param>
    /// <param name="fees">The fee evaluator that builds the assessed quote; asked only when every other check has passed.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairAssessed"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="lines"/> holds null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    /// <remarks>An exception from <paramref name="fees"/> propagates and leaves the ticket exactly as it was.</remarks>
    public Result<IReadOnlyList<DomainEvent>> Assess(Actor actor, IEnumerable<AssessedLine> lines, IFeeEvaluator fees, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(lines);
        Preconditions.CheckNotNull(fees);
        var assessedLines = lines.ToArray();
        foreach (var line in assessedLines)
        {
            Preconditions.CheckNotNull(line, nameof(lines));
        }

        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        if (Check(T.AssessFeasible, step, at) is { } rejected)
        {
            return rejected;
        }

        if (assessedLines.Length == 0)
        {
            return Rejection.Localized(RepairRejectionCodes.AssessedLinesRequired, "RP-14", "Lines", "Repair.AssessedLinesRequired");
        }

        var purpose = State == RepairState.AwaitingMaterials ? AssessmentPurpose.CompanyMaterials : PendingPurpose ?? AssessmentPurpose.Repair;
        var collected = QuoteRequest!;
        var request = purpose == AssessmentPurpose.Repair
            ? collected
            : new QuoteRequest(collected.Site, collected.Category, collected.ReportedOn, [])
            {
                LocationKind = collected.LocationKind,
                WorkStartsAt = collected.WorkStartsAt,
                Warranty = collected.Warranty,
                IsMajorWork = collected.IsMajorWork,
                IsUtilityInstallation = collected.IsUtilityInstallation,
            };
        var evaluation = fees.Assess(new FeeAssessment(request, assessedLines, actor, at));
        if (evaluation.IsRejected)
        {
            return evaluation.Rejection;
        }

        if (!evaluation.IsQuote || !evaluation.Quote.IsAssessed)
        {
            return Rejection.Localized(RepairRejectionCodes.AssessmentNotPriced, "RP-14", "Lines", "Repair.AssessmentNotPriced");
        }

        return Commit(T.AssessFeasible, step, new RepairAssessed(Id, Version + 1, at, actor, purpose, evaluation.Quote));
    }

    /// <summary>
    /// The engineering supervisor finds the work not feasible (RP-14). The reported repair ends without work,
    /// with the reason told to the resident; extra work is left undone and the quoted work goes on.
    /// </summary>
    /// <param name="actor">The engineering supervisor.</param>
    /// <param name="reason">Why it cannot be done; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairNotFeasible"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> AssessNotFeasible(Actor actor, string reason, Instant at) =>
        WithText(T.AssessNotFeasible, actor, at, reason,
            static () => ReasonRequired("RP-14", "Repair.ReasonRequired.NotFeasible"),
            static (t, a, at, r) => new RepairNotFeasible(t.Id, t.Version + 1, at, a, t.PendingPurpose ?? AssessmentPurpose.Repair, r));

    /// <summary>
    /// The owner accepts the assessed quote and agrees to the work (RP-14): the reported repair becomes ready
    /// to assign; extra work or company materials let the work on site go on. Recorded by the owner acting for
    /// themselves, or by an officer writing down the owner's answer.
    /// </summary>
    /// <param name="actor">The owner (role Resident, acting for themselves) or an officer.</param>
    /// <param name="owner">Who answered: the ticket's resident or a recorded owner of the unit; for a repair in a
    /// unit, an owner (or authorised agent); when a resident acts, that resident.</param>
    /// <param name="answeredBy">How the answer was given.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="QuoteAccepted"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answeredBy"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> AcceptQuote(Actor actor, Resident owner, QuoteAnswerChannel answeredBy, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckDefined(answeredBy);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        return (Check(T.AcceptQuote, step, at) ?? CheckResident(actor, owner, "RP-14", "Owner")) is { } rejected
            ? rejected
            : Commit(T.AcceptQuote, step, new QuoteAccepted(Id, Version + 1, at, actor, PendingPurpose ?? AssessmentPurpose.Repair, PendingQuote!, owner, answeredBy));
    }

    /// <summary>
    /// The owner declines the assessed quote (RP-14): the reported repair ends without work; declined extra
    /// work is left undone while the quoted work goes on; declined company materials keep the work stopped
    /// until the resident supplies qualified ones (RP-15).
    /// </summary>
    /// <param name="actor">The owner (role Resident, acting for themselves) or an officer.</param>
    /// <param name="owner">Who answered; as for <see cref="AcceptQuote"/>.</param>
    /// <param name="answeredBy">How the answer was given.</param>
    /// <param name="reason">The owner's reason, if given.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="QuoteDeclined"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answeredBy"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> DeclineQuote(Actor actor, Resident owner, QuoteAnswerChannel answeredBy, string? reason, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckDefined(answeredBy);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        return (Check(T.DeclineQuote, step, at) ?? CheckResident(actor, owner, "RP-14", "Owner")) is { } rejected
            ? rejected
            : Commit(T.DeclineQuote, step, new QuoteDeclined(Id, Version + 1, at, actor, PendingPurpose ?? AssessmentPurpose.Repair, PendingQuote!, owner, answeredBy, reason));
    }
}
