using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// The answer for a request that holds items not in the fee schedule in force: the engineering
/// supervisor must assess feasibility and price (收费评审, RP-14) before any quote exists.
/// </summary>
/// <remarks>
/// Build the assessed quote with <see cref="IFeeEvaluator.Assess(FeeAssessment)"/>. Immutable; safe to
/// share between threads.
/// </remarks>
public sealed class RequiresAssessment
{
    /// <summary>The rule that sends unscheduled work to assessment.</summary>
    public const string RuleId = "RP-14";

    private readonly string[] _unscheduledItemCodes;

    /// <summary>Creates the answer.</summary>
    /// <param name="request">The request that cannot be priced from the schedule.</param>
    /// <param name="unscheduledItemCodes">The request's item codes that the schedule does not hold, without repeats; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument or a code is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unscheduledItemCodes"/> is empty.</exception>
    public RequiresAssessment(QuoteRequest request, IEnumerable<string> unscheduledItemCodes)
    {
        Request = Preconditions.CheckNotNull(request);
        _unscheduledItemCodes = Preconditions.CheckNotNull(unscheduledItemCodes).Distinct(StringComparer.Ordinal).ToArray();
        if (_unscheduledItemCodes.Length == 0)
        {
            throw new ArgumentException("At least one unscheduled item code is needed.", nameof(unscheduledItemCodes));
        }

        if (Array.IndexOf(_unscheduledItemCodes, null) >= 0)
        {
            throw new ArgumentNullException(nameof(unscheduledItemCodes), "An unscheduled item code cannot be null.");
        }
    }

    /// <summary>The request that cannot be priced from the schedule.</summary>
    public QuoteRequest Request { get; }

    /// <summary>The item codes of the request that the schedule in force does not hold, in request order.</summary>
    public IReadOnlyList<string> UnscheduledItemCodes => field ??= Array.AsReadOnly(_unscheduledItemCodes);

    /// <summary>A message a service-center officer understands.</summary>
    public string Message =>
        $"Not in the fee schedule in force on {Request.ReportedOn:uuuu-MM-dd}: {string.Join(", ", _unscheduledItemCodes)}. " +
        "The engineering supervisor must assess whether it can be done and what it costs (RP-14).";

    /// <inheritdoc/>
    public override string ToString() => Message;
}
