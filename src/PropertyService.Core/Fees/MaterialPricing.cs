namespace PropertyService.Fees;

/// <summary>How a <see cref="FeeScheduleItem"/> charges for materials.</summary>
public enum MaterialPricing
{
    /// <summary>A fixed material price per unit (<see cref="FeeScheduleItem.Material"/>; zero when no materials are used).</summary>
    Fixed = 0,

    /// <summary>Materials at cost, entered on site (<see cref="QuoteRequestItem.MaterialCost"/>).</summary>
    AtCost = 1,
}
