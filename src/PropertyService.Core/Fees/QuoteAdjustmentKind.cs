namespace PropertyService.Fees;

/// <summary>Whether a <see cref="QuoteAdjustment"/> adds to or takes from its payer's total.</summary>
public enum QuoteAdjustmentKind
{
    /// <summary>Adds the adjustment's amount to its payer's total (for example an after-hours surcharge).</summary>
    Surcharge = 0,

    /// <summary>Takes the adjustment's amount off its payer's total (for example no material charge when the resident supplies materials).</summary>
    Discount = 1,
}
