namespace PropertyService;

/// <summary>Whether a <see cref="Location"/> is a resident's unit or a common area.</summary>
public enum LocationKind
{
    /// <summary>Inside a resident's unit (RP-04).</summary>
    Unit = 0,

    /// <summary>A common area or facility of the site (RP-02, RP-06).</summary>
    CommonArea = 1,
}
