using System.Globalization;
using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// One stretch of time a duty roster does not cover as CS-11 requires: uncovered, understaffed or doubly covered,
/// with its exact instants and its local date-times in the roster's time zone.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class CoverageFinding : IEquatable<CoverageFinding>
{
    internal CoverageFinding(CoverageFindingKind kind, Interval interval, DateTimeZone zone, IReadOnlyList<Shift> shifts, Role? role, int missing)
    {
        Kind = kind;
        Interval = interval;
        LocalStart = interval.Start.InZone(zone).LocalDateTime;
        LocalEnd = interval.End.InZone(zone).LocalDateTime;
        Shifts = shifts;
        Role = role;
        Missing = missing;
    }

    /// <summary>What is wrong.</summary>
    public CoverageFindingKind Kind { get; }

    /// <summary>The stretch of time, end exclusive.</summary>
    public Interval Interval { get; }

    /// <summary>The local date and time the stretch starts, in the roster's time zone.</summary>
    public LocalDateTime LocalStart { get; }

    /// <summary>The local date and time the stretch ends, in the roster's time zone.</summary>
    public LocalDateTime LocalEnd { get; }

    /// <summary>The shifts involved: the understaffed shift, or the overlapping ones in start order; empty when uncovered.</summary>
    public IReadOnlyList<Shift> Shifts { get; }

    /// <summary>The role that is missing when <see cref="CoverageFindingKind.Understaffed"/>; otherwise null.</summary>
    public Role? Role { get; }

    /// <summary>How many people of <see cref="Role"/> are missing when understaffed; otherwise 0.</summary>
    public int Missing { get; }

    /// <inheritdoc/>
    public bool Equals(CoverageFinding? other) =>
        other is not null && Kind == other.Kind && Interval == other.Interval && Role == other.Role && Missing == other.Missing
        && Shifts.SequenceEqual(other.Shifts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CoverageFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Interval, Role, Missing);

    /// <summary>The finding as a sentence, such as <c>2026-03-02 12:00 to 13:30: Noon needs 1 more Officer (CS-11)</c>.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString()
    {
        var when = string.Create(CultureInfo.InvariantCulture, $"{LocalStart:yyyy-MM-dd HH:mm} to {LocalEnd:yyyy-MM-dd HH:mm}");
        return Kind switch
        {
            CoverageFindingKind.Uncovered => $"{when}: no shift covers this time (CS-11)",
            CoverageFindingKind.Understaffed => string.Create(CultureInfo.InvariantCulture, $"{when}: {Shifts[0].Name} of {Shifts[0].Date:yyyy-MM-dd} needs {Missing} more {Role} (CS-11)"),
            _ => $"{when}: shifts overlap: {string.Join(", ", Shifts.Select(s => s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + s.Name))} (CS-11)",
        };
    }
}
