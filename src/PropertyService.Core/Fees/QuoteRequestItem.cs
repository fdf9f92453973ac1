using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// One fee-schedule item asked for in a <see cref="QuoteRequest"/>: the item's code and how much of it
/// (pieces, metres or hours, as the schedule item's unit says).
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record QuoteRequestItem
{
    private readonly Money? _chosenUnitLabour;
    private readonly Money? _materialCost;

    /// <summary>Creates a request item.</summary>
    /// <param name="itemCode">The fee-schedule item code, for example <c>"W-01"</c>. Codes are compared ordinally; white space around it is removed.</param>
    /// <param name="quantity">How much: a positive number of the schedule item's unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="itemCode"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public QuoteRequestItem(string itemCode, decimal quantity = 1m)
    {
        ItemCode = Preconditions.CheckNotBlank(itemCode).Trim();
        Quantity = quantity > 0m
            ? quantity
            : throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"The quantity of item {ItemCode} must be positive, but was {quantity}.");
    }

    /// <summary>The fee-schedule item code.</summary>
    public string ItemCode { get; }

    /// <summary>How much of the item: pieces, metres or hours.</summary>
    public decimal Quantity { get; }

    /// <summary>
    /// For a schedule item priced as a range (for example ¥30–¥50), the labour price per unit the
    /// assessor picked within the range; null to use the bottom of the range.
    /// </summary>
    public Money? ChosenUnitLabour
    {
        get => _chosenUnitLabour;
        init => _chosenUnitLabour = value;
    }

    /// <summary>
    /// For a schedule item whose materials are charged at cost, the cost of the materials used for the
    /// whole quantity, entered on site; null when not yet known (the line then carries no material charge).
    /// </summary>
    public Money? MaterialCost
    {
        get => _materialCost;
        init => _materialCost = value;
    }
}
