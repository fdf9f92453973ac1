namespace PropertyService.Fees;

/// <summary>
/// Prices repairs: from the fee schedule in force when the repair was reported (RP-12), or from a
/// supervisor's fee assessment for work not in the schedule (RP-14). Workflows ask an
/// <see cref="IFeeEvaluator"/> for fees; they never compute money themselves (CS-03, CS-08).
/// </summary>
/// <remarks>Implementations are pure (the same input gives the same answer) and safe to call from several threads.</remarks>
public interface IFeeEvaluator
{
    /// <summary>
    /// Prices a request from the fee schedule in force on <see cref="QuoteRequest.ReportedOn"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>A <see cref="Quote"/>; or <see cref="RequiresAssessment"/> listing the items not in the
    /// schedule (RP-14); or a <see cref="Rejection"/> when the request cannot be priced (no items, no
    /// schedule in force, a quantity or price the schedule item does not allow). Never a partial quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    FeeEvaluation Evaluate(QuoteRequest request);

    /// <summary>
    /// Builds an assessed quote (RP-14): the request's scheduled items priced from the schedule, plus the
    /// supervisor's assessed lines, with the same fee rules run over them, marked as assessed.
    /// </summary>
    /// <param name="assessment">The supervisor's assessment.</param>
    /// <returns>A <see cref="Quote"/> with <see cref="Quote.IsAssessed"/> true, or a <see cref="Rejection"/>
    /// (the assessor is not an engineering supervisor, an unscheduled item has no assessed line, or the
    /// request cannot be priced as for <see cref="Evaluate(QuoteRequest)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    FeeEvaluation Assess(FeeAssessment assessment);
}
