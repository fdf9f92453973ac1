using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// The obvious, slow way to answer calendar questions: look at every minute. Used as the reference that the
/// library's interval arithmetic must agree with (all boundaries in the tests fall on whole minutes), and as
/// the baseline of the calendar benchmarks. Never part of the library.
/// </summary>
public sealed class MinuteSteppingCalendar
{
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private readonly CalendarSpec _spec;

    public MinuteSteppingCalendar(CalendarSpec spec) => _spec = spec;

    /// <summary>Working when the local wall-clock time falls in a window of its local date (windows crossing midnight continue into the next date).</summary>
    public bool IsWorking(Instant instant)
    {
        var local = instant.InZone(_spec.Zone).LocalDateTime;
        var date = local.Date;
        if (_spec.Holidays.ContainsKey(date))
        {
            return false;
        }

        var nanoOfDay = (long)local.TimeOfDay.NanosecondOfDay;
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

            if (day == previous && nanoOfDay < end - NodaConstants.NanosecondsPerDay)
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

    /// <summary>The end of the last working minute of the <paramref name="days"/>-th date after the instant's date that has working time.</summary>
    public Instant EndOfBusinessDay(Instant instant, int days)
    {
        var date = instant.InZone(_spec.Zone).Date;
        while (true)
        {
            date = date.PlusDays(1);
            var start = _spec.Zone.AtStartOfDay(date).ToInstant();
            var end = _spec.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
            Instant? last = null;
            for (var t = start; t < end; t += Minute)
            {
                if (IsWorking(t))
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
}
