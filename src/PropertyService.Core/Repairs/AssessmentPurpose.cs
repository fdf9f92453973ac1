namespace PropertyService.Repairs;

/// <summary>What a fee assessment (RP-14) is about.</summary>
public enum AssessmentPurpose
{
    /// <summary>The reported repair, which is not in the fee schedule.</summary>
    Repair = 0,

    /// <summary>Extra work the technician found on site beyond the quote.</summary>
    ExtraWork = 1,

    /// <summary>Company-supplied materials replacing unqualified resident-supplied ones (RP-15).</summary>
    CompanyMaterials = 2,
}
