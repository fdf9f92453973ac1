using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// The answer of <see cref="DutyRoster.CheckCoverage"/>: whether every instant of the roster's period has exactly one
/// shift with enough people of the right role on duty (CS-11), and every stretch where it has not.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class CoverageReport
{
    internal CoverageReport(Interval period, CoverageFinding[] findings)
    {
        Period = period;
        Findings = Array.AsReadOnly(findings);
    }

    /// <summary>The time checked: from the start of the first date's first shift to the end of the last date's last
    /// shift, or the next midnight if that is later.</summary>
    public Interval Period { get; }

    /// <summary>Every gap (uncovered or understaffed) and every overlap, ordered by start, then kind.</summary>
    public IReadOnlyList<CoverageFinding> Findings { get; }

    /// <summary>Whether the roster covers its whole period as CS-11 requires: no findings.</summary>
    public bool IsCovered => Findings.Count == 0;

    /// <summary>The report as text: one line per finding, or a line saying the period is covered.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsCovered ? $"{Period}: covered 24 hours a day (CS-11)" : string.Join(Environment.NewLine, Findings);
}
