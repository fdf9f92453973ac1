namespace PropertyService.Shifts;

/// <summary>What is wrong with a stretch of a duty roster's time (CS-11).</summary>
public enum CoverageFindingKind
{
    /// <summary>No shift covers the time: nobody is planned to be on duty.</summary>
    Uncovered = 0,

    /// <summary>A shift covers the time but has fewer people of its role than it needs.</summary>
    Understaffed = 1,

    /// <summary>Two or more shifts cover the same time, so who is on duty is ambiguous.</summary>
    Overlap = 2,
}
