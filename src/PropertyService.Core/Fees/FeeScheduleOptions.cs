using System.Globalization;

namespace PropertyService.Fees;

/// <summary>
/// Limits a fee schedule is checked against, whether it is loaded by <see cref="FeeScheduleJson"/> or built
/// with a <see cref="FeeScheduleBuilder"/>: both paths apply the same rules.
/// </summary>
/// <remarks>
/// Not thread-safe while being changed; the loader and the builder read the values once, when they start.
/// </remarks>
public sealed class FeeScheduleOptions
{
    /// <summary>The default of <see cref="MaximumUnitPrice"/>: 1,000,000 (¥1,000,000 a unit in a CNY schedule).</summary>
    public const decimal DefaultMaximumUnitPrice = 1_000_000m;

    /// <summary>
    /// Gets or sets the ceiling of every price per unit in the schedule (labour, the top of a labour range,
    /// and a fixed material price), in the schedule's currency. A price above it is refused, naming the item
    /// and the field: it is almost always a typing error, and it keeps the quotes built from the schedule
    /// far from the limits of decimal arithmetic.
    /// </summary>
    /// <value>The default value is <see cref="DefaultMaximumUnitPrice"/> (1,000,000). It must be positive.</value>
    public decimal MaximumUnitPrice { get; set; } = DefaultMaximumUnitPrice;

    /// <summary>Checks every option and returns the ceiling to use.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every invalid option.</exception>
    internal decimal Validate()
    {
        var errors = new List<string>();
        if (MaximumUnitPrice <= 0m)
        {
            errors.Add($"{nameof(MaximumUnitPrice)} must be positive, but was {MaximumUnitPrice.ToString(CultureInfo.InvariantCulture)}.");
        }

        return errors.Count == 0
            ? MaximumUnitPrice
            : throw new ArgumentException($"The fee schedule options are invalid: {string.Join(" ", errors)}", "options");
    }

    /// <summary>The problem with a price per unit, or null when it is within <paramref name="ceiling"/>.</summary>
    internal static string? PriceProblem(decimal price, decimal ceiling) =>
        price > ceiling
            ? $"{price.ToString(CultureInfo.InvariantCulture)} is above the ceiling of {ceiling.ToString(CultureInfo.InvariantCulture)} per unit"
            : null;
}
