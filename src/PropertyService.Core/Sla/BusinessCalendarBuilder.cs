using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// Builds a <see cref="BusinessCalendar"/>: a time zone, weekly working windows, holidays, make-up working
/// days (调休), one-off day exceptions and holiday data in the holiday-cn JSON format.
/// </summary>
/// <remarks>
/// <para>Date rules are applied in the order given, later ones replacing earlier ones for the same date: load
/// the national holiday data first, then the site's own overrides.</para>
/// <para>Not thread-safe; build on one thread and share the immutable calendar.</para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = new BusinessCalendarBuilder()
///     .AddWindows([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
///                 new WorkingWindow(new LocalTime(8, 30), new LocalTime(12, 0)),
///                 new WorkingWindow(new LocalTime(13, 30), new LocalTime(17, 30)))
///     .AddHolidayCn(File.ReadAllText("2026.json"))
///     .AddHoliday(new LocalDate(2026, 5, 6))           // the site's own day off
///     .Build();
/// </code>
/// </example>
public sealed class BusinessCalendarBuilder
{
    private readonly List<(IsoDayOfWeek Day, WorkingWindow Window)> _windows = [];
    private readonly Dictionary<LocalDate, DateRule> _dates = [];
    private readonly SortedSet<int> _yearsWithData = [];
    private DateTimeZone _timeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Creates a builder for a calendar in <c>Asia/Shanghai</c> with no working windows yet.</summary>
    public BusinessCalendarBuilder()
    {
    }

    /// <summary>The time zone the windows are wall-clock times in. Default <c>Asia/Shanghai</c>.</summary>
    public DateTimeZone TimeZone => _timeZone;

    /// <summary>What the calendar does when asked about a year without holiday data. Default <see cref="MissingHolidayDataPolicy.Flag"/>.</summary>
    public MissingHolidayDataPolicy MissingHolidayData { get; private set; } = MissingHolidayDataPolicy.Flag;

    /// <summary>Whose weekly schedule the make-up working days loaded by <c>AddHolidayCn</c> follow. Default Monday
    /// (the holiday-cn format does not say; sites whose weekdays differ choose one).</summary>
    public IsoDayOfWeek MakeUpDaysFollow { get; private set; } = IsoDayOfWeek.Monday;

    /// <summary>Sets whose weekly schedule the make-up working days loaded afterwards by <c>AddHolidayCn</c> follow.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder WithMakeUpDaysFollowing(IsoDayOfWeek day)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "day must be Monday to Sunday.");
        }

        MakeUpDaysFollow = day;
        return this;
    }

    /// <summary>Sets the time zone.</summary>
    /// <param name="timeZone">The zone, for example <c>DateTimeZoneProviders.Tzdb["Europe/London"]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public BusinessCalendarBuilder InTimeZone(DateTimeZone timeZone)
    {
        _timeZone = Preconditions.CheckNotNull(timeZone);
        return this;
    }

    /// <summary>Sets the time zone by its IANA (tzdb) identifier.</summary>
    /// <param name="timeZoneId">The identifier, for example <c>"America/New_York"</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeZoneId"/> is blank or not a tzdb identifier.</exception>
    public BusinessCalendarBuilder InTimeZone(string timeZoneId)
    {
        Preconditions.CheckNotBlank(timeZoneId);
        _timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"timeZoneId '{timeZoneId}' is not an IANA time zone identifier known to tzdb.", nameof(timeZoneId));
        return this;
    }

    /// <summary>Sets the policy for years without holiday data.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    public BusinessCalendarBuilder WithMissingHolidayData(MissingHolidayDataPolicy policy)
    {
        MissingHolidayData = Preconditions.CheckDefined(policy);
        return this;
    }

    /// <summary>Adds a weekly working window on one day of the week (a window that crosses midnight continues into the next day).</summary>
    /// <param name="day">The day the window starts on.</param>
    /// <param name="window">The window.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder AddWindow(IsoDayOfWeek day, WorkingWindow window)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "day must be Monday to Sunday.");
        }

        _windows.Add((day, window));
        return this;
    }

    /// <summary>Adds weekly working windows on several days of the week.</summary>
    /// <param name="days">The days the windows start on.</param>
    /// <param name="windows">The windows.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is not a day of the week.</exception>
    public BusinessCalendarBuilder AddWindows(IEnumerable<IsoDayOfWeek> days, params WorkingWindow[] windows)
    {
        Preconditions.CheckNotNull(days);
        Preconditions.CheckNotNull(windows);
        foreach (var day in days)
        {
            foreach (var window in windows)
            {
                AddWindow(day, window);
            }
        }

        return this;
    }

    /// <summary>Adds working windows on every day of the week (for example <see cref="WorkingWindow.FullDay"/> for 24/7).</summary>
    /// <param name="windows">The windows.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null.</exception>
    public BusinessCalendarBuilder AddWindowEveryDay(params WorkingWindow[] windows) =>
        AddWindows(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None), windows);

    /// <summary>Makes a date a holiday: no working time on it.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddHoliday(LocalDate date)
    {
        _dates[date] = DateRule.Holiday;
        return this;
    }

    /// <summary>Makes a date a make-up working day (调休) that follows the schedule of a day of the week.</summary>
    /// <param name="date">The local date, usually a Saturday or Sunday.</param>
    /// <param name="followsScheduleOf">The day of the week whose windows apply on that date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followsScheduleOf"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder AddMakeUpWorkingDay(LocalDate date, IsoDayOfWeek followsScheduleOf)
    {
        if (followsScheduleOf < IsoDayOfWeek.Monday || followsScheduleOf > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(followsScheduleOf), followsScheduleOf, "followsScheduleOf must be Monday to Sunday.");
        }

        _dates[date] = DateRule.MakeUp(followsScheduleOf);
        return this;
    }

    /// <summary>
    /// Gives one date its own working windows, replacing its usual schedule: a one-off partial day, such as
    /// closing at 15:00 on New Year's Eve. Windows must end by midnight of that date.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <param name="windows">The date's working windows; none makes it a day off.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null.</exception>
    /// <exception cref="ArgumentException">A window runs past midnight into the next date.</exception>
    public BusinessCalendarBuilder SetDayWindows(LocalDate date, params WorkingWindow[] windows)
    {
        Preconditions.CheckNotNull(windows);
        foreach (var window in windows)
        {
            if (window.CrossesMidnight && window.End != LocalTime.Midnight)
            {
                throw new ArgumentException(
                    $"windows: {window} on {date:yyyy-MM-dd} runs past midnight; a day exception's windows must end by midnight of its date.",
                    nameof(windows));
            }
        }

        _dates[date] = DateRule.Windows([.. windows]);
        return this;
    }

    /// <summary>Records that the calendar has complete holiday data for a year (so that year is not flagged).</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2200.</exception>
    public BusinessCalendarBuilder DeclareHolidayDataFor(int year)
    {
        if (year < 1900 || year > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be between 1900 and 2200.");
        }

        _yearsWithData.Add(year);
        return this;
    }

    /// <summary>
    /// Loads one year of the holiday-cn JSON format (<c>{"year": 2026, "days": [{"name", "date", "isOffDay"}]}</c>):
    /// days off become holidays, worked days (<c>isOffDay: false</c>) become make-up working days. The year
    /// counts as having holiday data only when the file lists at least one day of it (an unpublished year's
    /// file is empty). Make-up days follow <see cref="MakeUpDaysFollow"/>; set it before loading.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not valid holiday-cn JSON; the message names the field.</exception>
    public BusinessCalendarBuilder AddHolidayCn(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return AddHolidayCn(document.RootElement);
        }
        catch (JsonException error)
        {
            throw new FormatException($"The holiday data is not valid JSON: {error.Message}", error);
        }
    }

    /// <summary>Loads one year of the holiday-cn JSON format from a stream; see <see cref="AddHolidayCn(string)"/>.</summary>
    /// <param name="utf8Json">The file's content as UTF-8.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FormatException">The content is not valid holiday-cn JSON; the message names the field.</exception>
    public BusinessCalendarBuilder AddHolidayCn(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return AddHolidayCn(document.RootElement);
        }
        catch (JsonException error)
        {
            throw new FormatException($"The holiday data is not valid JSON: {error.Message}", error);
        }
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidOperationException">No weekly working window was added (the calendar would never reach a deadline).</exception>
    public BusinessCalendar Build()
    {
        var parts = new List<(long, long)>[7];
        for (var i = 0; i < 7; i++)
        {
            parts[i] = [];
        }

        foreach (var (day, window) in _windows)
        {
            var index = (int)day - 1;
            var start = window.Start.NanosecondOfDay;
            var end = start + window.LengthNanoseconds;
            parts[index].Add((start, Math.Min(end, DaySchedule.NanosPerDay)));
            if (end > DaySchedule.NanosPerDay)
            {
                parts[(index + 1) % 7].Add((0, end - DaySchedule.NanosPerDay));
            }
        }

        var weekly = parts.Select(DaySchedule.From).ToArray();
        if (weekly.All(d => d.Total == 0))
        {
            throw new InvalidOperationException("The calendar has no working windows: add at least one with AddWindow (a 24/7 calendar uses WorkingWindow.FullDay).");
        }

        var exceptions = new SortedDictionary<long, DaySchedule>();
        var epoch = new LocalDate(1970, 1, 1);
        foreach (var (date, rule) in _dates)
        {
            if (date.Year < 1900 || date.Year >= 2200)
            {
                throw new ArgumentOutOfRangeException(nameof(date), date, $"date {date:yyyy-MM-dd} is outside the supported years 1900–2199.");
            }

            var schedule = rule.Kind switch
            {
                DateRuleKind.Holiday => DaySchedule.Empty,
                DateRuleKind.MakeUp => weekly[(int)rule.Follows - 1],
                _ => DaySchedule.From([.. rule.WindowList!.Select(w => (w.Start.NanosecondOfDay, w.Start.NanosecondOfDay + w.LengthNanoseconds))]),
            };
            exceptions[Period.Between(epoch, date, PeriodUnits.Days).Days] = schedule;
        }

        return new BusinessCalendar(_timeZone, weekly, exceptions, _yearsWithData, MissingHolidayData);
    }

    private BusinessCalendarBuilder AddHolidayCn(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The holiday data must be a JSON object with 'year' and 'days'.");
        }

        if (!root.TryGetProperty("year", out var yearElement) || !yearElement.TryGetInt32(out var year))
        {
            throw new FormatException("The holiday data lacks the integer field 'year'.");
        }

        if (!root.TryGetProperty("days", out var days) || days.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The holiday data lacks the array field 'days'.");
        }

        var coversYear = false;
        var index = 0;
        foreach (var day in days.EnumerateArray())
        {
            if (!day.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"days[{index}] lacks the string field 'date'.");
            }

            var parsed = LocalDatePattern.Iso.Parse(dateElement.GetString()!);
            if (!parsed.Success)
            {
                throw new FormatException($"days[{index}].date '{dateElement.GetString()}' is not an ISO date (yyyy-MM-dd).");
            }

            if (!day.TryGetProperty("isOffDay", out var offElement)
                || (offElement.ValueKind != JsonValueKind.True && offElement.ValueKind != JsonValueKind.False))
            {
                throw new FormatException($"days[{index}] lacks the boolean field 'isOffDay'.");
            }

            var date = parsed.Value;
            if (offElement.GetBoolean())
            {
                AddHoliday(date);
            }
            else
            {
                AddMakeUpWorkingDay(date, MakeUpDaysFollow);
            }

            coversYear |= date.Year == year;
            index++;
        }

        if (coversYear)
        {
            DeclareHolidayDataFor(year);
        }

        return this;
    }

    private enum DateRuleKind
    {
        Holiday,
        MakeUp,
        Windows,
    }

    private sealed record DateRule(DateRuleKind Kind, IsoDayOfWeek Follows, WorkingWindow[]? WindowList)
    {
        internal static readonly DateRule Holiday = new(DateRuleKind.Holiday, IsoDayOfWeek.None, null);

        internal static DateRule MakeUp(IsoDayOfWeek follows) => new(DateRuleKind.MakeUp, follows, null);

        internal static DateRule Windows(WorkingWindow[] windows) => new(DateRuleKind.Windows, IsoDayOfWeek.None, windows);
    }
}
