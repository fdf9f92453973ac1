using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// One priced line of a <see cref="Quote"/>: a schedule item (or an assessed piece of work), its
/// quantity, labour and material charges rounded to 0.01, and who pays it and why.
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record QuoteLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="itemCode">The schedule item code, or null for assessed work that is not a schedule item.</param>
    /// <param name="description">What the work is, for people.</param>
    /// <param name="quantity">How much; positive.</param>
    /// <param name="labour">The labour charge for the whole quantity, in whole cents.</param>
    /// <param name="material">The material charge for the whole quantity, in whole cents, same currency as <paramref name="labour"/>.</param>
    /// <param name="payer">Who pays the line.</param>
    /// <param name="payerReason">Why that payer pays, for people.</param>
    /// <param name="isAssessed">Whether the price came from a fee assessment (RP-14) rather than the schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="payerReason"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an amount is not in whole cents, or the currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is not positive or <paramref name="payer"/> is undefined.</exception>
    public QuoteLine(string? itemCode, string description, decimal quantity, Money labour, Money material, Payer payer, string payerReason, bool isAssessed = false)
    {
        ItemCode = string.IsNullOrWhiteSpace(itemCode) ? null : itemCode.Trim();
        Description = Preconditions.CheckNotBlank(description);
        Quantity = quantity > 0m
            ? quantity
            : throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"The quantity of line '{description}' must be positive, but was {quantity}.");
        Labour = FeeMath.CheckCents(labour, nameof(labour));
        Material = FeeMath.CheckCents(material, nameof(material));
        if (labour.Currency != material.Currency)
        {
            throw new ArgumentException($"Line '{description}' mixes {labour.Currency} labour and {material.Currency} material.", nameof(material));
        }

        Payer = Preconditions.CheckDefined(payer);
        PayerReason = Preconditions.CheckNotBlank(payerReason);
        IsAssessed = isAssessed;
    }

    /// <summary>Creates a line from values the caller has already checked (the evaluator's hot path).</summary>
    internal QuoteLine(string? itemCode, string description, decimal quantity, Money labour, Money material, Payer payer, string payerReason, bool isAssessed, bool trusted)
    {
        _ = trusted;
        ItemCode = itemCode;
        Description = description;
        Quantity = quantity;
        Labour = labour;
        Material = material;
        Payer = payer;
        PayerReason = payerReason;
        IsAssessed = isAssessed;
    }

    /// <summary>The schedule item code, or null for assessed work that is not a schedule item.</summary>
    public string? ItemCode { get; }

    /// <summary>What the work is, for people.</summary>
    public string Description { get; }

    /// <summary>How much: pieces, metres or hours.</summary>
    public decimal Quantity { get; }

    /// <summary>The labour charge for the whole quantity, rounded half away from zero to 0.01.</summary>
    public Money Labour { get; }

    /// <summary>The material charge for the whole quantity, rounded half away from zero to 0.01.</summary>
    public Money Material { get; }

    /// <summary>Labour plus material.</summary>
    public Money Subtotal => Labour + Material;

    /// <summary>Who pays the line.</summary>
    public Payer Payer { get; }

    /// <summary>Why <see cref="Payer"/> pays, for people (for example "defect within the 5-year waterproofing warranty").</summary>
    public string PayerReason { get; }

    /// <summary>Whether the price came from a fee assessment (RP-14) rather than the schedule.</summary>
    public bool IsAssessed { get; }

    /// <summary>A copy of the line paid by <paramref name="payer"/>, for <paramref name="reason"/>.</summary>
    /// <param name="payer">The new payer.</param>
    /// <param name="reason">Why, for people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payer"/> is undefined.</exception>
    public QuoteLine WithPayer(Payer payer, string reason) =>
        new(ItemCode, Description, Quantity, Labour, Material, Preconditions.CheckDefined(payer), Preconditions.CheckNotBlank(reason), IsAssessed, trusted: true);

    /// <summary>Formats the line for people: <c>W-01 Replace tap washer ×1: ¥20.00 + ¥5.00 = ¥25.00, Resident</c>.</summary>
    public override string ToString() =>
        $"{(ItemCode is null ? string.Empty : ItemCode + " ")}{Description} ×{Quantity}: {Labour} + {Material} = {Subtotal}, {Payer} ({PayerReason})";
}
