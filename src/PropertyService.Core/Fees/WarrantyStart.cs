namespace PropertyService.Fees;

/// <summary>From which of a unit's <see cref="WarrantyFacts"/> the warranty periods are measured.</summary>
public enum WarrantyStart
{
    /// <summary>From the handover of the unit to its buyer (交付使用之日), as residential quality guarantees count it.</summary>
    HandedOver = 0,

    /// <summary>From the building's completion acceptance (竣工验收合格之日), the statutory minimum between builder and developer.</summary>
    CompletionAccepted = 1,
}
