namespace PropertyService.Fees;

/// <summary>Who pays a <see cref="QuoteLine"/> or a <see cref="QuoteAdjustment"/>.</summary>
public enum Payer
{
    /// <summary>The resident (业主). The only money a resident may owe is a schedule price or an accepted assessed quote (CS-03, CS-08).</summary>
    Resident = 0,

    /// <summary>The property-management company: routine common-area work (RP-06).</summary>
    PropertyCompany = 1,

    /// <summary>The special maintenance fund (专项维修资金): major common-area work.</summary>
    MaintenanceFund = 2,

    /// <summary>The developer: defects still within the statutory warranty.</summary>
    Developer = 3,

    /// <summary>A utility company: work on the utility's own installation (pipes, cables, meters).</summary>
    UtilityCompany = 4,
}
