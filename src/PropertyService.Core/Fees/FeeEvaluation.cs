using System.Diagnostics.CodeAnalysis;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// The answer of <see cref="IFeeEvaluator"/>: exactly one of a <see cref="Fees.Quote"/>, a
/// <see cref="Fees.RequiresAssessment"/> (work not in the schedule, RP-14), or a
/// <see cref="PropertyService.Rejection"/> (the request cannot be priced).
/// </summary>
/// <remarks>
/// The three outcomes convert implicitly, so an evaluator can <c>return quote;</c>.
/// <c>default(FeeEvaluation)</c> is not a valid answer and reports none of the three. Immutable; safe
/// to share between threads.
/// </remarks>
public readonly struct FeeEvaluation
{
    private readonly object? _outcome;

    private FeeEvaluation(object outcome) => _outcome = outcome;

    /// <summary>The quote, or null when there is none.</summary>
    public Quote? Quote => _outcome as Quote;

    /// <summary>The request for assessment, or null when there is none.</summary>
    public RequiresAssessment? RequiresAssessment => _outcome as RequiresAssessment;

    /// <summary>The rejection, or null when there is none.</summary>
    public Rejection? Rejection => _outcome as Rejection;

    /// <summary>Whether the request was priced.</summary>
    [MemberNotNullWhen(true, nameof(Quote))]
    public bool IsQuote => _outcome is Quote;

    /// <summary>Whether the request holds work not in the schedule and needs a fee assessment (RP-14).</summary>
    [MemberNotNullWhen(true, nameof(RequiresAssessment))]
    public bool IsRequiresAssessment => _outcome is RequiresAssessment;

    /// <summary>Whether the request could not be priced.</summary>
    [MemberNotNullWhen(true, nameof(Rejection))]
    public bool IsRejected => _outcome is Rejection;

    /// <summary>An answer holding a quote.</summary>
    /// <param name="quote">The quote.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    public static FeeEvaluation FromQuote(Quote quote) => new(Preconditions.CheckNotNull(quote));

    /// <summary>An answer saying the request needs a fee assessment.</summary>
    /// <param name="requiresAssessment">The items to assess.</param>
    /// <exception cref="ArgumentNullException"><paramref name="requiresAssessment"/> is null.</exception>
    public static FeeEvaluation FromRequiresAssessment(RequiresAssessment requiresAssessment) => new(Preconditions.CheckNotNull(requiresAssessment));

    /// <summary>An answer saying the request cannot be priced.</summary>
    /// <param name="rejection">Why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rejection"/> is null.</exception>
    public static FeeEvaluation FromRejection(Rejection rejection) => new(Preconditions.CheckNotNull(rejection));

    /// <summary>An answer holding a quote.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    public static implicit operator FeeEvaluation(Quote quote) => FromQuote(quote);

    /// <summary>An answer saying the request needs a fee assessment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="requiresAssessment"/> is null.</exception>
    public static implicit operator FeeEvaluation(RequiresAssessment requiresAssessment) => FromRequiresAssessment(requiresAssessment);

    /// <summary>An answer saying the request cannot be priced.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rejection"/> is null.</exception>
    public static implicit operator FeeEvaluation(Rejection rejection) => FromRejection(rejection);

    /// <summary>Turns the answer into one value, handling all three outcomes.</summary>
    /// <param name="onQuote">Called with the quote.</param>
    /// <param name="onRequiresAssessment">Called with the items to assess.</param>
    /// <param name="onRejected">Called with the rejection.</param>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(FeeEvaluation)</c>.</exception>
    public TResult Match<TResult>(Func<Quote, TResult> onQuote, Func<RequiresAssessment, TResult> onRequiresAssessment, Func<Rejection, TResult> onRejected)
    {
        Preconditions.CheckNotNull(onQuote);
        Preconditions.CheckNotNull(onRequiresAssessment);
        Preconditions.CheckNotNull(onRejected);
        return _outcome switch
        {
            Quote quote => onQuote(quote),
            RequiresAssessment assessment => onRequiresAssessment(assessment),
            Rejection rejection => onRejected(rejection),
            _ => throw new InvalidOperationException("default(FeeEvaluation) holds no answer."),
        };
    }

    /// <summary>Formats the answer for logs.</summary>
    public override string ToString() => _outcome?.ToString() ?? "(no answer)";
}
