namespace PropertyService.Repairs;

/// <summary>The technician's verdict on resident-supplied materials, written in the work order's remarks (RP-15).</summary>
public enum MaterialCheckResult
{
    /// <summary>合格: fit for the work.</summary>
    Qualified = 0,

    /// <summary>不合格: not fit; the work stops until the resident supplies new ones or accepts a quote for company materials.</summary>
    Unqualified = 1,
}
