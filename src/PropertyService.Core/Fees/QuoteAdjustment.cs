using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// A change a fee rule made to a <see cref="Quote"/>'s totals: a surcharge or a discount of a
/// non-negative amount, charged to or credited to one payer, with the rule's name and a reason.
/// </summary>
/// <remarks>
/// Amounts are never negative: a discount is a non-negative <see cref="Amount"/> with
/// <see cref="Kind"/> <see cref="QuoteAdjustmentKind.Discount"/>. Immutable value with value equality;
/// safe to share between threads.
/// </remarks>
public sealed record QuoteAdjustment
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="ruleName">The name of the rule that made it, for example <c>"AfterHoursSurcharge"</c>.</param>
    /// <param name="kind">Whether it adds to or takes from the payer's total.</param>
    /// <param name="amount">The amount, in whole cents; not negative.</param>
    /// <param name="payer">Whose total it changes.</param>
    /// <param name="reason">Why, for people.</param>
    /// <param name="lineIndex">The index of the quote line it concerns, or null when it concerns the whole quote.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleName"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or <paramref name="amount"/> is not in whole cents.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="payer"/> is undefined, or <paramref name="lineIndex"/> is negative.</exception>
    public QuoteAdjustment(string ruleName, QuoteAdjustmentKind kind, Money amount, Payer payer, string reason, int? lineIndex = null)
    {
        RuleName = Preconditions.CheckNotBlank(ruleName);
        Kind = Preconditions.CheckDefined(kind);
        Amount = FeeMath.CheckCents(amount, nameof(amount));
        Payer = Preconditions.CheckDefined(payer);
        Reason = Preconditions.CheckNotBlank(reason);
        LineIndex = lineIndex is { } index ? Preconditions.CheckNonNegative(index, nameof(lineIndex)) : null;
    }

    /// <summary>
    /// Creates an adjustment for <see cref="FeeRuleContext"/>, which has already rounded the amount to whole
    /// cents, checked the payer and line index, and passes a defined kind; the texts are still checked.
    /// </summary>
    internal QuoteAdjustment(string ruleName, QuoteAdjustmentKind kind, Money roundedAmount, Payer payer, string reason, int? lineIndex, bool trusted)
    {
        _ = trusted;
        RuleName = Preconditions.CheckNotBlank(ruleName);
        Kind = kind;
        Amount = roundedAmount;
        Payer = payer;
        Reason = Preconditions.CheckNotBlank(reason);
        LineIndex = lineIndex;
    }

    /// <summary>The name of the rule that made the adjustment.</summary>
    public string RuleName { get; }

    /// <summary>Whether it adds to or takes from the payer's total.</summary>
    public QuoteAdjustmentKind Kind { get; }

    /// <summary>The amount; never negative. See <see cref="SignedAmount"/>.</summary>
    public Money Amount { get; }

    /// <summary>The amount with its sign: positive for a surcharge, negative for a discount.</summary>
    public decimal SignedAmount => Kind == QuoteAdjustmentKind.Discount ? -Amount.Amount : Amount.Amount;

    /// <summary>Whose total the adjustment changes.</summary>
    public Payer Payer { get; }

    /// <summary>Why, for people.</summary>
    public string Reason { get; }

    /// <summary>The index in <see cref="Quote.Lines"/> of the line the adjustment concerns, or null for the whole quote.</summary>
    public int? LineIndex { get; }

    /// <summary>Formats the adjustment for people: <c>AfterHoursSurcharge +¥5.00 Resident: work at 20:00 is after hours</c>.</summary>
    public override string ToString() =>
        $"{RuleName} {(Kind == QuoteAdjustmentKind.Discount ? "-" : "+")}{Amount} {Payer}: {Reason}";
}
