using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// A line the engineering supervisor enters in a <see cref="FeeAssessment"/> for work not in the fee
/// schedule (RP-14): what the work is, its price and who pays it.
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record AssessedLine
{
    /// <summary>Creates an assessed line.</summary>
    /// <param name="description">What the work is.</param>
    /// <param name="labour">The labour price for the whole line; rounded half away from zero to 0.01 in the quote.</param>
    /// <param name="material">The material price for the whole line, same currency; rounded to 0.01 in the quote.</param>
    /// <param name="payer">Who the assessor says pays; fee rules may still reassign it, with a reason.</param>
    /// <param name="itemCode">The request's unscheduled item code this line prices, or null for extra work found on site.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or the currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="payer"/> is undefined.</exception>
    public AssessedLine(string description, Money labour, Money material, Payer payer = Payer.Resident, string? itemCode = null)
    {
        Description = Preconditions.CheckNotBlank(description).Trim();
        if (labour.Currency != material.Currency)
        {
            throw new ArgumentException($"Assessed line '{Description}' mixes {labour.Currency} labour and {material.Currency} material.", nameof(material));
        }

        Labour = labour;
        Material = material;
        Payer = Preconditions.CheckDefined(payer);
        ItemCode = string.IsNullOrWhiteSpace(itemCode) ? null : itemCode.Trim();
    }

    /// <summary>What the work is.</summary>
    public string Description { get; }

    /// <summary>The labour price for the whole line.</summary>
    public Money Labour { get; }

    /// <summary>The material price for the whole line.</summary>
    public Money Material { get; }

    /// <summary>Who the assessor says pays.</summary>
    public Payer Payer { get; }

    /// <summary>The request's unscheduled item code this line prices, or null for extra work.</summary>
    public string? ItemCode { get; }
}
