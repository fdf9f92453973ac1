using System.Collections.ObjectModel;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// What an <see cref="IFeeRule"/> sees and may do: the request, the schedule in force, the quote so far
/// (lines, adjustments, totals per payer), and the changes a rule may make, each with a reason.
/// </summary>
/// <remarks>
/// One context is made per evaluation and lives only while the rules run (changes after that throw
/// <see cref="InvalidOperationException"/>); it is not thread-safe.
/// Adjustments are recorded with the name of the rule being applied.
/// </remarks>
public sealed class FeeRuleContext
{
    private static readonly int PayerCount = Enum.GetValues<Payer>().Length;

    private readonly QuoteLine[] _lines;
    private readonly FeeScheduleItem?[] _items;
    private readonly decimal[] _totals = new decimal[PayerCount];
    private List<QuoteAdjustment>? _adjustments;
    private bool _completed;

    internal FeeRuleContext(QuoteRequest request, FeeSchedule schedule, QuoteLine[] lines, FeeScheduleItem?[] items)
    {
        Request = request;
        Schedule = schedule;
        _lines = lines;
        _items = items;
        Currency = schedule.Currency;
        foreach (var line in lines)
        {
            _totals[(int)line.Payer] += line.Labour.Amount + line.Material.Amount;
        }

        RuleName = string.Empty;
    }

    /// <summary>The request being priced.</summary>
    public QuoteRequest Request { get; }

    /// <summary>The fee schedule in force for the request.</summary>
    public FeeSchedule Schedule { get; }

    /// <summary>The currency of every amount in the quote.</summary>
    public string Currency { get; }

    /// <summary>The name of the rule being applied; recorded on its adjustments.</summary>
    public string RuleName { get; internal set; }

    /// <summary>The quote's lines so far (a rule changes a line's payer with <see cref="SetPayer"/>).</summary>
    public IReadOnlyList<QuoteLine> Lines => field ??= Array.AsReadOnly(_lines);

    /// <summary>The adjustments earlier rules made, in order.</summary>
    public IReadOnlyList<QuoteAdjustment> Adjustments =>
        _adjustments is null ? ReadOnlyCollection<QuoteAdjustment>.Empty : field ??= _adjustments.AsReadOnly();

    /// <summary>Whether the quote being built is an assessed quote (RP-14).</summary>
    public bool IsAssessment { get; internal init; }

    /// <summary>The schedule item a line prices, or null for an assessed line (RP-14) that is not a schedule item.</summary>
    /// <param name="lineIndex">The line's index in <see cref="Lines"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineIndex"/> is outside <see cref="Lines"/>.</exception>
    public FeeScheduleItem? ScheduleItemFor(int lineIndex) => _items[CheckLine(lineIndex)];

    /// <summary>What <paramref name="payer"/> pays so far: its line subtotals plus surcharges minus discounts.</summary>
    /// <param name="payer">The payer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payer"/> is undefined.</exception>
    public Money TotalFor(Payer payer) => new(_totals[(int)Preconditions.CheckDefined(payer)], Currency);

    /// <summary>Makes <paramref name="payer"/> pay line <paramref name="lineIndex"/>, for <paramref name="reason"/>.</summary>
    /// <param name="lineIndex">The line's index in <see cref="Lines"/>.</param>
    /// <param name="payer">The new payer.</param>
    /// <param name="reason">Why, for people; becomes the line's <see cref="QuoteLine.PayerReason"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineIndex"/> is outside <see cref="Lines"/> or <paramref name="payer"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <remarks>Adjustments earlier rules made for this line (<see cref="QuoteAdjustment.LineIndex"/>) move to the new payer with it.</remarks>
    /// <exception cref="InvalidOperationException">A whole-quote discount on the line's old payer would leave that payer's total negative,
    /// the line's own discounts exceed its price and would leave the new payer's total negative, or the rules have finished.</exception>
    public void SetPayer(int lineIndex, Payer payer, string reason)
    {
        CheckOpen();
        var line = _lines[CheckLine(lineIndex)];
        var moved = line.WithPayer(payer, reason);
        if (payer == line.Payer)
        {
            _lines[lineIndex] = moved;
            return;
        }

        // Adjustments made for this line move with it, so every line keeps its discounts and surcharges.
        var amount = line.Labour.Amount + line.Material.Amount;
        if (_adjustments is not null)
        {
            foreach (var adjustment in _adjustments)
            {
                if (adjustment.LineIndex == lineIndex && adjustment.Payer == line.Payer)
                {
                    amount += adjustment.SignedAmount;
                }
            }
        }

        if (_totals[(int)line.Payer] - amount < 0m)
        {
            throw new InvalidOperationException(
                $"Rule {RuleName} cannot move line {lineIndex} from {line.Payer}: discounts already given to {line.Payer} would exceed what it is charged.");
        }

        // A line whose own discounts exceed its price carries a negative amount: the new payer must be able to take it.
        if (_totals[(int)payer] + amount < 0m)
        {
            throw new InvalidOperationException(
                $"Rule {RuleName} cannot move line {lineIndex} to {payer}: the line's discounts exceed its price and would leave {payer}'s total negative.");
        }

        if (_adjustments is not null)
        {
            for (var i = 0; i < _adjustments.Count; i++)
            {
                var adjustment = _adjustments[i];
                if (adjustment.LineIndex == lineIndex && adjustment.Payer == line.Payer)
                {
                    _adjustments[i] = new QuoteAdjustment(adjustment.RuleName, adjustment.Kind, adjustment.Amount, payer, adjustment.Reason, lineIndex);
                }
            }
        }

        _totals[(int)line.Payer] -= amount;
        _totals[(int)payer] += amount;
        _lines[lineIndex] = moved;
    }

    /// <summary>Adds a surcharge to <paramref name="payer"/>'s total.</summary>
    /// <param name="amount">The amount; rounded half away from zero to 0.01. A zero amount adds nothing.</param>
    /// <param name="payer">Who is charged.</param>
    /// <param name="reason">Why, for people.</param>
    /// <param name="lineIndex">The line it concerns, or null for the whole quote.</param>
    /// <returns>The adjustment recorded, or null when the rounded amount is zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or the currency differs from <see cref="Currency"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payer"/> is undefined or <paramref name="lineIndex"/> is outside <see cref="Lines"/>.</exception>
    /// <exception cref="InvalidOperationException">The rules have finished.</exception>
    public QuoteAdjustment? AddSurcharge(Money amount, Payer payer, string reason, int? lineIndex = null) =>
        Add(QuoteAdjustmentKind.Surcharge, amount, payer, reason, lineIndex);

    /// <summary>Adds a discount to <paramref name="payer"/>'s total: an explicit, reasoned reduction (never a negative amount).</summary>
    /// <param name="amount">The amount; rounded half away from zero to 0.01. A zero amount adds nothing.</param>
    /// <param name="payer">Whose total is reduced.</param>
    /// <param name="reason">Why, for people.</param>
    /// <param name="lineIndex">The line it concerns, or null for the whole quote.</param>
    /// <returns>The adjustment recorded, or null when the rounded amount is zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank or the currency differs from <see cref="Currency"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payer"/> is undefined or <paramref name="lineIndex"/> is outside <see cref="Lines"/>.</exception>
    /// <exception cref="InvalidOperationException">The discount exceeds what <paramref name="payer"/> pays so far (no total may be negative), or the rules have finished.</exception>
    public QuoteAdjustment? AddDiscount(Money amount, Payer payer, string reason, int? lineIndex = null) =>
        Add(QuoteAdjustmentKind.Discount, amount, payer, reason, lineIndex);

    internal decimal TotalAmount(Payer payer) => _totals[(int)payer];

    internal decimal[] Totals => _totals;

    /// <summary>Ends the rules' turn: the quote now owns the lines and totals, so no rule may change them.</summary>
    internal void Complete() => _completed = true;

    private void CheckOpen()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The quote is built; a fee rule can change it only while it is applied.");
        }
    }

    internal QuoteLine[] LineArray => _lines;

    internal QuoteAdjustment[] AdjustmentsArray() => _adjustments?.ToArray() ?? [];

    private QuoteAdjustment? Add(QuoteAdjustmentKind kind, Money amount, Payer payer, string reason, int? lineIndex)
    {
        CheckOpen();
        Preconditions.CheckDefined(payer);
        if (amount.Currency != Currency)
        {
            throw new ArgumentException($"Rule {RuleName} gave an amount in {amount.Currency}, but the quote is in {Currency}.", nameof(amount));
        }

        if (lineIndex is { } index)
        {
            CheckLine(index);
        }

        var rounded = FeeMath.IsWholeCents(amount.Amount) ? amount : amount.Round();
        if (rounded.IsZero)
        {
            return null;
        }

        if (kind == QuoteAdjustmentKind.Discount && rounded.Amount > _totals[(int)payer])
        {
            throw new InvalidOperationException(
                $"Rule {RuleName} gave {payer} a discount of {rounded}, more than the {new Money(_totals[(int)payer], Currency)} it pays: no total may be negative.");
        }

        // Amount, payer and line are checked above, so only the texts are left for the adjustment to check.
        var adjustment = new QuoteAdjustment(RuleName, kind, rounded, payer, reason, lineIndex, trusted: true);
        (_adjustments ??= new List<QuoteAdjustment>(2)).Add(adjustment);
        _totals[(int)payer] += adjustment.SignedAmount;
        return adjustment;
    }

    private int CheckLine(int lineIndex) =>
        (uint)lineIndex < (uint)_lines.Length
            ? lineIndex
            : throw new ArgumentOutOfRangeException(nameof(lineIndex), lineIndex, $"The quote has {_lines.Length} lines, so there is no line {lineIndex}.");
}
