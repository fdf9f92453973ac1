using NodaTime;

namespace PropertyService.Sla;

/// <summary>One checked holiday-cn file: its year and its days, each a day off or a make-up working day.</summary>
/// <param name="Year">The year in the file's header.</param>
/// <param name="Days">The days listed, in file order.</param>
internal sealed record HolidayCnYear(int Year, IReadOnlyList<(LocalDate Date, bool IsOffDay)> Days)
{
    /// <summary>Whether the file lists a day of its own year (an unpublished year's file lists none).</summary>
    internal bool CoversYear => Days.Any(d => d.Date.Year == Year);
}
