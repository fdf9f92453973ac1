using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// A site's duty roster (值班表) for a range of dates: every shift of every date with the people on duty, so that
/// the service center is staffed 24 hours a day (CS-11) with its noon and night duty on rotation (CS-12).
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="CreateBuilder"/>. <see cref="CheckCoverage"/> tells whether every instant of the
/// period has exactly one shift with enough people of its role; <see cref="WhoIsOnDuty"/> and
/// <see cref="NextShiftChange"/> answer from an index of the shifts' instants without scanning or allocating.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class DutyRoster
{
    private readonly Shift[] _shifts;
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly long[] _endsUpTo;

    // The shifts that take time (a daylight-saving change can empty one), in start order and in end order: the sweep's input.
    private readonly Shift[] _byStart;
    private readonly Shift[] _byEnd;

    internal DutyRoster(SiteId site, DateTimeZone timeZone, LocalDate firstDate, LocalDate lastDate, List<Shift> shifts, int[] yearsWithoutHolidayData)
    {
        Site = site;
        TimeZone = timeZone;
        FirstDate = firstDate;
        LastDate = lastDate;
        YearsWithoutHolidayData = Array.AsReadOnly(yearsWithoutHolidayData);

        // Start order; a stable sort keeps each date's template order for shifts that a daylight-saving change empties.
        _shifts = [.. shifts.OrderBy(s => s.Start)];
        Shifts = Array.AsReadOnly(_shifts);
        _starts = new long[_shifts.Length];
        _ends = new long[_shifts.Length];
        _endsUpTo = new long[_shifts.Length];
        var latestEnd = long.MinValue;
        for (var i = 0; i < _shifts.Length; i++)
        {
            _starts[i] = Nanos(_shifts[i].Start);
            _ends[i] = Nanos(_shifts[i].End);
            latestEnd = Math.Max(latestEnd, _ends[i]);
            _endsUpTo[i] = latestEnd;
        }

        Period = new Interval(PeriodStart(), PeriodEnd());
        _byStart = [.. _shifts.Where(s => s.End > s.Start)];
        _byEnd = [.. _byStart.OrderBy(s => s.End)];
    }

    /// <summary>The site whose roster this is.</summary>
    public SiteId Site { get; }

    /// <summary>The time zone the shifts' hours are wall-clock times in.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The first date whose shifts the roster plans.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>The last date whose shifts the roster plans.</summary>
    public LocalDate LastDate { get; }

    /// <summary>Every shift, in start order.</summary>
    public IReadOnlyList<Shift> Shifts { get; }

    /// <summary>The time the roster answers for: from the start of the first date's first shift to the end of the last
    /// date's last shift, or to the midnight after the last date if that is later.</summary>
    public Interval Period { get; }

    /// <summary>Years of the roster's dates for which the calendar had no holiday data, so holidays may be missing.</summary>
    public IReadOnlyList<int> YearsWithoutHolidayData { get; }

    /// <summary>Starts a roster of <paramref name="site"/> for the shifts starting on <paramref name="firstDate"/> through <paramref name="lastDate"/>.</summary>
    /// <param name="site">The site.</param>
    /// <param name="firstDate">The first date.</param>
    /// <param name="lastDate">The last date, not before <paramref name="firstDate"/>.</param>
    /// <returns>A builder with CS-12's default templates.</returns>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty, or <paramref name="lastDate"/> is before <paramref name="firstDate"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years 1900–2199, or the range is longer than ten years (3,660 dates).</exception>
    public static DutyRosterBuilder CreateBuilder(SiteId site, LocalDate firstDate, LocalDate lastDate) => new(site, firstDate, lastDate);

    /// <summary>The shift on duty at <paramref name="instant"/>; when shifts overlap, the one that started last.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The shift, or null when no shift of the roster covers the instant.</returns>
    /// <remarks>A binary search over the shifts' starts; allocates nothing.</remarks>
    public Shift? WhoIsOnDuty(Instant instant)
    {
        var t = Nanos(instant);
        for (var i = LastStartingAtOrBefore(t); i >= 0 && _endsUpTo[i] > t; i--)
        {
            if (_ends[i] > t)
            {
                return _shifts[i];
            }
        }

        return null;
    }

    /// <summary>The next shift change after <paramref name="instant"/>: the first shift that starts later.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The shift whose start is the change, or null when no shift of the roster starts later.</returns>
    /// <remarks>A binary search over the shifts' starts; allocates nothing.</remarks>
    public Shift? NextShiftChange(Instant instant)
    {
        var i = LastStartingAtOrBefore(Nanos(instant)) + 1;
        while (i < _shifts.Length && _ends[i] == _starts[i])
        {
            i++;
        }

        return i < _shifts.Length ? _shifts[i] : null;
    }

    /// <summary>
    /// Checks CS-11 over <see cref="Period"/>: reports every stretch no shift covers, every shift with fewer people of
    /// its role than it needs, and every stretch two or more shifts cover, each exactly to the instant.
    /// </summary>
    /// <returns>The report; <see cref="CoverageReport.IsCovered"/> when there is nothing to report.</returns>
    /// <remarks>One sweep over the shifts' starts and ends, in time linear in the number of shifts after sorting the ends.</remarks>
    public CoverageReport CheckCoverage()
    {
        var findings = new List<CoverageFinding>();
        foreach (var shift in _shifts)
        {
            var clipped = Clip(shift.Interval);
            if (shift.Missing > 0 && clipped is { } interval)
            {
                findings.Add(new CoverageFinding(CoverageFindingKind.Understaffed, interval, TimeZone, [shift], shift.Template.Role, shift.Missing));
            }
        }

        Sweep(findings);
        findings.Sort(static (a, b) =>
        {
            var byStart = a.Interval.Start.CompareTo(b.Interval.Start);
            return byStart != 0 ? byStart : a.Kind.CompareTo(b.Kind);
        });
        return new CoverageReport(Period, [.. findings]);
    }

    /// <summary>The roster as text: its site, dates and number of shifts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Duty roster of {Site}, {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}: {_shifts.Length} shifts in {TimeZone.Id}");

    // Walks the period from boundary to boundary, keeping the shifts that cover the current stretch.
    private void Sweep(List<CoverageFinding> findings)
    {
        var ends = _byEnd;
        var starts = _byStart;
        var active = new List<Shift>();
        int nextStart = 0, nextEnd = 0;
        var at = Period.Start;
        Instant? uncoveredSince = null;
        while (at < Period.End)
        {
            while (nextEnd < ends.Length && ends[nextEnd].End <= at)
            {
                active.Remove(ends[nextEnd++]);
            }

            while (nextStart < starts.Length && starts[nextStart].Start <= at)
            {
                if (starts[nextStart].End > at)
                {
                    active.Add(starts[nextStart]);
                }

                nextStart++;
            }

            var next = Period.End;
            if (nextStart < starts.Length && starts[nextStart].Start < next)
            {
                next = starts[nextStart].Start;
            }

            if (nextEnd < ends.Length && ends[nextEnd].End < next)
            {
                next = ends[nextEnd].End;
            }

            if (active.Count == 0)
            {
                uncoveredSince ??= at;
            }
            else
            {
                if (uncoveredSince is { } since)
                {
                    findings.Add(new CoverageFinding(CoverageFindingKind.Uncovered, new Interval(since, at), TimeZone, [], null, 0));
                    uncoveredSince = null;
                }

                if (active.Count > 1)
                {
                    findings.Add(new CoverageFinding(CoverageFindingKind.Overlap, new Interval(at, next), TimeZone, [.. active], null, 0));
                }
            }

            at = next;
        }

        if (uncoveredSince is { } last)
        {
            findings.Add(new CoverageFinding(CoverageFindingKind.Uncovered, new Interval(last, Period.End), TimeZone, [], null, 0));
        }
    }

    private Interval? Clip(Interval interval)
    {
        var start = interval.Start > Period.Start ? interval.Start : Period.Start;
        var end = interval.End < Period.End ? interval.End : Period.End;
        return start < end ? new Interval(start, end) : null;
    }

    private Instant PeriodStart()
    {
        var first = _shifts.Where(s => s.Date == FirstDate).Select(s => s.Start).DefaultIfEmpty(TimeZone.AtStartOfDay(FirstDate).ToInstant()).Min();
        return first;
    }

    private Instant PeriodEnd()
    {
        var midnight = TimeZone.AtStartOfDay(LastDate.PlusDays(1)).ToInstant();
        var last = _shifts.Where(s => s.Date == LastDate).Select(s => s.End).DefaultIfEmpty(midnight).Max();
        return last > midnight ? last : midnight;
    }

    private int LastStartingAtOrBefore(long t)
    {
        int low = 0, high = _starts.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_starts[mid] <= t)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static long Nanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
}
