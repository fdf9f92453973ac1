namespace PropertyService.Repairs;

/// <summary>Where a ticket stands on materials (RP-15).</summary>
public enum MaterialsStatus
{
    /// <summary>The company supplies the materials; nothing to check.</summary>
    CompanySupplied = 0,

    /// <summary>The resident supplies them and they have not been checked yet.</summary>
    AwaitingCheck = 1,

    /// <summary>The resident's materials were checked and are qualified.</summary>
    Qualified = 2,

    /// <summary>The resident's materials were unqualified; work is stopped.</summary>
    Unqualified = 3,

    /// <summary>Unqualified resident materials were replaced by company materials under an accepted quote.</summary>
    ReplacedByCompany = 4,
}
