namespace PropertyService.Repairs;

/// <summary>Why a service supervisor closed an inspection without the resident's signature (RP-16).</summary>
public enum SignOffOverrideReason
{
    /// <summary>The resident cannot be reached.</summary>
    ResidentUnreachable = 0,

    /// <summary>The resident refuses to sign without a cause related to the work.</summary>
    RefusedWithoutCause = 1,
}
