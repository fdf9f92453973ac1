using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// A priced repair (报价): lines with their payers, the adjustments fee rules made, and totals per
/// payer. Every amount is explained by a line or an adjustment.
/// </summary>
/// <remarks>
/// <para>Totals are exact sums: <see cref="TotalFor(Payer)"/> is the sum of that payer's line
/// subtotals plus its surcharges minus its discounts, and <see cref="GrandTotal"/> is the sum of the
/// per-payer totals. No total is ever negative (the constructor refuses such a quote).</para>
/// <para>Quotes normally come from <see cref="IFeeEvaluator"/>: from the fee schedule (RP-12) or, for
/// work not in the schedule, from a supervisor's <see cref="FeeAssessment"/> (RP-14), in which case
/// <see cref="IsAssessed"/> is true. The only money a resident may owe is such a quote, once accepted
/// (CS-03, CS-08).</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class Quote
{
    private static readonly int PayerCount = Enum.GetValues<Payer>().Length;

    private readonly QuoteLine[] _lines;
    private readonly QuoteAdjustment[] _adjustments;
    private readonly decimal[] _totals;
    private decimal[]? _nets;

    /// <summary>Creates a quote from its lines and adjustments; the totals are computed from them.</summary>
    /// <param name="request">The request that was priced.</param>
    /// <param name="lines">The priced lines; at least one, all in the same currency.</param>
    /// <param name="adjustments">The adjustments fee rules made, in the order made; same currency as the lines.</param>
    /// <param name="scheduleInForceFrom">The in-force date of the fee schedule that priced the lines, or null when no schedule was used.</param>
    /// <param name="assessor">For an assessed quote (RP-14), the engineering supervisor who assessed it; otherwise null.</param>
    /// <param name="assessedAt">For an assessed quote, when it was assessed; given exactly when <paramref name="assessor"/> is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/>, <paramref name="lines"/>, <paramref name="adjustments"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">There are no lines; currencies differ; an adjustment names a line that does not exist;
    /// <paramref name="assessor"/> and <paramref name="assessedAt"/> are not given together; a payer's total would be negative;
    /// or a total is more than a decimal holds.</exception>
    public Quote(
        QuoteRequest request,
        IEnumerable<QuoteLine> lines,
        IEnumerable<QuoteAdjustment> adjustments,
        LocalDate? scheduleInForceFrom = null,
        Actor? assessor = null,
        Instant? assessedAt = null)
        : this(
            Preconditions.CheckNotNull(request),
            Preconditions.CheckNotNull(lines).ToArray(),
            Preconditions.CheckNotNull(adjustments).ToArray(),
            scheduleInForceFrom,
            assessor,
            assessedAt)
    {
    }

    /// <summary>Takes ownership of the arrays (no copy): used by the evaluator.</summary>
    internal Quote(QuoteRequest request, QuoteLine[] lines, QuoteAdjustment[] adjustments, LocalDate? scheduleInForceFrom, Actor? assessor, Instant? assessedAt)
    {
        Request = request;
        if (lines.Length == 0)
        {
            throw new ArgumentException("A quote needs at least one line.", nameof(lines));
        }

        if ((assessor is null) != (assessedAt is null))
        {
            throw new ArgumentException("An assessed quote needs both the assessor and the time of the assessment.", nameof(assessor));
        }

        var currency = lines[0]?.Labour.Currency ?? throw new ArgumentNullException(nameof(lines), "A quote cannot hold a null line.");
        var totals = new decimal[PayerCount];
        foreach (var line in lines)
        {
            if (line is null)
            {
                throw new ArgumentNullException(nameof(lines), "A quote cannot hold a null line.");
            }

            if (line.Labour.Currency != currency)
            {
                throw new ArgumentException($"Line '{line.Description}' is in {line.Labour.Currency}, but the quote is in {currency}.", nameof(lines));
            }

            totals[(int)line.Payer] = Add(totals[(int)line.Payer], line.Labour.Amount, line.Material.Amount);
        }

        foreach (var adjustment in adjustments)
        {
            if (adjustment is null)
            {
                throw new ArgumentNullException(nameof(adjustments), "A quote cannot hold a null adjustment.");
            }

            if (adjustment.Amount.Currency != currency)
            {
                throw new ArgumentException($"Adjustment '{adjustment.RuleName}' is in {adjustment.Amount.Currency}, but the quote is in {currency}.", nameof(adjustments));
            }

            if (adjustment.LineIndex >= lines.Length)
            {
                throw new ArgumentException($"Adjustment '{adjustment.RuleName}' names line {adjustment.LineIndex}, but the quote has {lines.Length} lines.", nameof(adjustments));
            }

            totals[(int)adjustment.Payer] = Add(totals[(int)adjustment.Payer], adjustment.SignedAmount, 0m);
        }

        var grandTotal = 0m;
        foreach (var total in totals)
        {
            grandTotal = Add(grandTotal, total, 0m);
        }

        for (var payer = 0; payer < totals.Length; payer++)
        {
            if (totals[payer] < 0m)
            {
                throw new ArgumentException($"The total for {(Payer)payer} would be negative ({totals[payer]}): discounts cannot exceed what that payer is charged.", nameof(adjustments));
            }
        }

        _lines = lines;
        _adjustments = adjustments;
        _totals = totals;
        Currency = currency;
        ScheduleInForceFrom = scheduleInForceFrom;
        Assessor = assessor;
        AssessedAt = assessedAt;
    }

    /// <summary>Takes a quote the evaluator built, with the totals its rule context kept (no copy, no re-check).</summary>
    internal Quote(QuoteRequest request, QuoteLine[] lines, QuoteAdjustment[] adjustments, decimal[] totals, string currency, LocalDate scheduleInForceFrom)
    {
        Request = request;
        _lines = lines;
        _adjustments = adjustments;
        _totals = totals;
        Currency = currency;
        ScheduleInForceFrom = scheduleInForceFrom;
    }

    /// <summary>The request that was priced.</summary>
    public QuoteRequest Request { get; }

    /// <summary>The priced lines, in request order (assessed lines follow scheduled ones).</summary>
    public IReadOnlyList<QuoteLine> Lines => field ??= Array.AsReadOnly(_lines);

    /// <summary>The adjustments fee rules made, in the order the rules ran.</summary>
    public IReadOnlyList<QuoteAdjustment> Adjustments => field ??= Array.AsReadOnly(_adjustments);

    /// <summary>The currency of every amount in the quote.</summary>
    public string Currency { get; }

    /// <summary>The in-force date of the fee schedule that priced the lines, or null when none was used.</summary>
    public LocalDate? ScheduleInForceFrom { get; }

    /// <summary>Whether the quote comes from a fee assessment (收费评审, RP-14).</summary>
    public bool IsAssessed => Assessor is not null;

    /// <summary>For an assessed quote, the engineering supervisor who assessed it; otherwise null.</summary>
    public Actor? Assessor { get; }

    /// <summary>For an assessed quote, when it was assessed; otherwise null.</summary>
    public Instant? AssessedAt { get; }

    /// <summary>The sum of all payers' totals.</summary>
    public Money GrandTotal
    {
        get
        {
            var sum = 0m;
            foreach (var total in _totals)
            {
                sum += total;
            }

            return new Money(sum, Currency);
        }
    }

    /// <summary>
    /// What <paramref name="payer"/> pays: the subtotals of its lines plus its surcharges minus its
    /// discounts. Never negative.
    /// </summary>
    /// <param name="payer">The payer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payer"/> is undefined.</exception>
    public Money TotalFor(Payer payer) =>
        (uint)payer < (uint)_totals.Length
            ? new Money(_totals[(int)payer], Currency)
            : throw new ArgumentOutOfRangeException(nameof(payer), payer, $"payer has the undefined value {payer} for {nameof(Fees.Payer)}.");

    /// <summary>
    /// What <paramref name="payer"/> pays for line <paramref name="lineIndex"/> after adjustments. For every payer,
    /// the amounts over all lines add up exactly to <see cref="TotalFor(Payer)"/>; none is negative.
    /// </summary>
    /// <remarks>
    /// A line's amount for a payer is its subtotal (for the line's <see cref="QuoteLine.Payer"/>) plus the
    /// surcharges and minus the discounts made for that line and payer. Whole-quote adjustments (no
    /// <see cref="QuoteAdjustment.LineIndex"/>) are shared over the payer's lines in proportion to what the
    /// payer pays for each, in whole cents (the largest remainders get the cents left, then the first lines);
    /// when the payer pays nothing for any line yet, they are shared equally over the lines it pays (or over
    /// all lines). A line discount larger than what the payer pays for that line is shared the same way.
    /// </remarks>
    /// <param name="lineIndex">The line's index in <see cref="Lines"/>.</param>
    /// <param name="payer">The payer.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineIndex"/> is outside <see cref="Lines"/>, or <paramref name="payer"/> is undefined.</exception>
    public Money NetFor(int lineIndex, Payer payer)
    {
        if ((uint)lineIndex >= (uint)_lines.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(lineIndex), lineIndex, $"The quote has {_lines.Length} lines, so there is no line {lineIndex}.");
        }

        Preconditions.CheckDefined(payer);

        // Computed on first use and kept: most quotes are never asked. A race computes the same array twice.
        var nets = _nets ??= QuoteLineNets.Compute(_lines, _adjustments, PayerCount);
        return new Money(nets[(lineIndex * PayerCount) + (int)payer], Currency);
    }

    /// <summary>Formats the quote for logs: its totals per payer that owe anything.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var payer = 0; payer < _totals.Length; payer++)
        {
            if (_totals[payer] != 0m)
            {
                parts.Add($"{(Payer)payer} {new Money(_totals[payer], Currency)}");
            }
        }

        return $"{(IsAssessed ? "Assessed quote" : "Quote")} {GrandTotal}: {(parts.Count == 0 ? "nothing to pay" : string.Join(", ", parts))}";
    }

    // Decimal addition throws OverflowException; for a quote built by hand that is a bad argument.
    private static decimal Add(decimal a, decimal b, decimal c)
    {
        try
        {
            return a + b + c;
        }
        catch (OverflowException e)
        {
            throw new ArgumentException("The quote's total is more than can be computed.", "lines", e);
        }
    }
}
