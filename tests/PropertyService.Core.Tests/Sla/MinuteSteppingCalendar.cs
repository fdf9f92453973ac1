using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// The obvious, slow way to answer calendar questions: look at every minute. Used as the reference that the
/// library's interval arithmetic must agree with (all boundaries in the tests fall on whole minutes), and as
/// the baseline of the calendar benchmarks. Never part of the library.
/// </summary>
/// <remarks>
/// Both readings of a window that crosses midnight are modelled directly from their definitions:
/// <see cref="OvernightWindows.StartDay"/> asks whether the minute lies in a window owned by its date or by the
/// date before; <see cref="OvernightWindows.SplitByDate"/> asks only the minute's own date, whose weekday's
/// windows and previous weekday's overnight tails apply unless a date rule replaces them.
/// </remarks>
public sealed class MinuteSteppingCalendar
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private const long NanosPerDay = NodaConstants.NanosecondsPerDay;
    private readonly CalendarSpec _spec;

    public MinuteSteppingCalendar(CalendarSpec spec) => _spec = spec;

    private bool StartDay => _spec.Overnight == OvernightWindows.StartDay;

    public bool IsWorking(Instant instant)
    {
        var local = instant.InZone(_spec.Zone).LocalDateTime;
        var date = local.Date;
        var nanoOfDay = (long)local.TimeOfDay.NanosecondOfDay;
        return StartDay
            ? Owns(date, nanoOfDay) || Owns(date.PlusDays(-1), nanoOfDay + NanosPerDay)
            : WorksSplit(date, nanoOfDay);
    }

    /// <summary>Whether a window owned by <paramref name="date"/> covers the time <paramref name="sinceMidnight"/> after its midnight (up to two days).</summary>
    private bool Owns(LocalDate date, long sinceMidnight) =>
        OwnedWindows(date).Any(w => sinceMidnight >= w.Start.NanosecondOfDay && sinceMidnight < w.Start.NanosecondOfDay + w.Length.ToInt64Nanoseconds());

    private IEnumerable<WorkingWindow> OwnedWindows(LocalDate date)
    {
        if (_spec.Holidays.ContainsKey(date))
        {
            return [];
        }

        if (_spec.DayWindows.TryGetValue(date, out var own))
        {
            return own;
        }

        var weekday = _spec.MakeUpDays.TryGetValue(date, out var follows) ? follows : date.DayOfWeek;
        return _spec.Windows.Where(w => w.Day == weekday).Select(w => w.Window);
    }

    /// <summary>Working when the local time falls in a window of its local date, the previous weekday's windows continuing past midnight.</summary>
    private bool WorksSplit(LocalDate date, long nanoOfDay)
    {
        if (_spec.Holidays.ContainsKey(date))
        {
            return false;
        }

        if (_spec.DayWindows.TryGetValue(date, out var own))
        {
            return own.Any(w => nanoOfDay >= w.Start.NanosecondOfDay && nanoOfDay < w.Start.NanosecondOfDay + w.Length.ToInt64Nanoseconds());
        }

        var weekday = _spec.MakeUpDays.TryGetValue(date, out var follows) ? follows : date.DayOfWeek;
        var previous = weekday == IsoDayOfWeek.Monday ? IsoDayOfWeek.Sunday : weekday - 1;
        foreach (var (day, window) in _spec.Windows)
        {
            long start = window.Start.NanosecondOfDay;
            var end = start + window.Length.ToInt64Nanoseconds();
            if (day == weekday && nanoOfDay >= start && nanoOfDay < end)
            {
                return true;
            }

            if (day == previous && nanoOfDay < end - NanosPerDay)
            {
                return true;
            }
        }

        return false;
    }

    public Instant Add(Instant start, Duration businessTime)
    {
        var remaining = (long)businessTime.TotalMinutes;
        var t = start;
        while (remaining > 0)
        {
            if (IsWorking(t))
            {
                remaining--;
            }

            t += Minute;
        }

        return t;
    }

    public Duration Elapsed(Instant from, Instant to)
    {
        long minutes = 0;
        for (var t = from; t < to; t += Minute)
        {
            if (IsWorking(t))
            {
                minutes++;
            }
        }

        return Duration.FromMinutes(minutes);
    }

    public Instant NextWorkingInstant(Instant instant)
    {
        var t = instant;
        while (!IsWorking(t))
        {
            t += Minute;
        }

        return t;
    }

    /// <summary>
    /// The end of the last working minute of the <paramref name="days"/>-th business day after the instant's date:
    /// with <see cref="OvernightWindows.StartDay"/> a date owning a window, whose minutes run into the next date;
    /// otherwise a date with working time.
    /// </summary>
    public Instant EndOfBusinessDay(Instant instant, int days)
    {
        var date = instant.InZone(_spec.Zone).Date;
        while (true)
        {
            date = date.PlusDays(1);
            var start = _spec.Zone.AtStartOfDay(date).ToInstant();
            var end = _spec.Zone.AtStartOfDay(date.PlusDays(StartDay ? 2 : 1)).ToInstant();
            Instant? last = null;
            for (var t = start; t < end; t += Minute)
            {
                if (StartDay ? OwnedByDate(date, t) : IsWorking(t))
                {
                    last = t + Minute;
                }
            }

            if (last is not null && --days == 0)
            {
                return last.Value;
            }
        }
    }

    private bool OwnedByDate(LocalDate date, Instant t)
    {
        var local = t.InZone(_spec.Zone).LocalDateTime;
        var sinceMidnight = (long)local.TimeOfDay.NanosecondOfDay + (local.Date == date ? 0 : NanosPerDay);
        return Owns(date, sinceMidnight);
    }
}
