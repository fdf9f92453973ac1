using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// Builds a <see cref="BusinessCalendar"/>: a time zone, weekly working windows, holidays, make-up working
/// days (调休), one-off day exceptions and holiday data in the holiday-cn JSON format (China's official data for
/// 2019–2027 ships with the package: <see cref="AddChinaHolidays"/>).
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
///     .AddChinaHolidays()
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

    /// <summary>The years of China's holiday data shipped with the package.</summary>
    private const int FirstChinaYear = 2019, LastChinaYear = 2027;

    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Creates a builder for a calendar in <c>Asia/Shanghai</c> with no working windows yet.</summary>
    public BusinessCalendarBuilder()
    {
    }

    /// <summary>The time zone the windows are wall-clock times in. Default <c>Asia/Shanghai</c>.</summary>
    public DateTimeZone TimeZone => _timeZone;

    /// <summary>What the calendar does when asked about a year without holiday data, if it observes public holidays.</summary>
    /// <value>The default value is <see cref="MissingHolidayDataPolicy.Flag"/>.</value>
    public MissingHolidayDataPolicy MissingHolidayData { get; private set; } = MissingHolidayDataPolicy.Flag;

    /// <summary>Who owns a working window that crosses midnight (its holiday, its business day).</summary>
    /// <value>The default value is <see cref="OvernightWindows.StartDay"/>: the date the window starts on, as a roster reads.</value>
    public OvernightWindows OvernightWindows { get; private set; } = OvernightWindows.StartDay;

    /// <summary>Whether the calendar will follow published public holidays, so that answers about a year without holiday data
    /// are flagged (see <see cref="MissingHolidayData"/>). Set by loading or declaring holiday data, or by <see cref="ObservePublicHolidays"/>.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ObservesPublicHolidays { get; private set; }

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

    /// <summary>
    /// Sets who owns a working window that crosses midnight. With <see cref="OvernightWindows.StartDay"/> (the default)
    /// a holiday, make-up working day or day exception on a date removes or replaces the windows that start on it, and
    /// the previous date's night shift still runs into it; with <see cref="OvernightWindows.SplitByDate"/> it replaces
    /// all working time that falls on the date.
    /// </summary>
    /// <param name="ownership">Who owns overnight windows.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ownership"/> is not defined.</exception>
    public BusinessCalendarBuilder WithOvernightWindows(OvernightWindows ownership)
    {
        OvernightWindows = Preconditions.CheckDefined(ownership);
        return this;
    }

    /// <summary>
    /// Declares that the calendar follows published public holidays even before any data is loaded, so that every year
    /// without holiday data is flagged (or refused, see <see cref="MissingHolidayData"/>) rather than silently treated
    /// as ordinary weeks. Loading or declaring holiday data does this too.
    /// </summary>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder ObservePublicHolidays()
    {
        ObservesPublicHolidays = true;
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

    /// <summary>Adds a weekly working window on one day of the week (a window that crosses midnight continues into the next
    /// day; see <see cref="WithOvernightWindows"/> for which date owns it).</summary>
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
    /// closing at 15:00 on New Year's Eve. Windows must end by midnight of that date. With
    /// <see cref="OvernightWindows.StartDay"/> the previous date's night shift still runs into the date.
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

    /// <summary>Records that the calendar has complete holiday data for a year (so that year is not flagged); the calendar
    /// then observes public holidays (<see cref="ObservesPublicHolidays"/>).</summary>
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
        ObservesPublicHolidays = true;
        return this;
    }

    /// <summary>
    /// Loads one year of the holiday-cn JSON format (<c>{"year": 2026, "days": [{"name", "date", "isOffDay"}]}</c>):
    /// days off become holidays, worked days (<c>isOffDay: false</c>) become make-up working days, and the calendar
    /// observes public holidays (<see cref="ObservesPublicHolidays"/>). The year counts as having holiday data only
    /// when the file lists at least one day of it (an unpublished year's file is empty). Make-up days follow
    /// <see cref="MakeUpDaysFollow"/>; set it before loading.
    /// </summary>
    /// <remarks>
    /// All or nothing: the whole file is checked before anything is added, so a file that is refused leaves the
    /// builder as it was. Refused: a <c>year</c> that is not a whole number in 1900–2199; a <c>date</c> that is not
    /// an ISO date in the file's year or a neighbouring one; a file none of whose dates is in its year; a date listed
    /// both as a day off and as a make-up working day.
    /// </remarks>
    /// <param name="json">The file's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not valid holiday-cn JSON; the message names the field, such as <c>days[3].date</c>.</exception>
    public BusinessCalendarBuilder AddHolidayCn(string json) => Add(HolidayCnReader.Read(Preconditions.CheckNotNull(json)));

    /// <summary>Loads one year of the holiday-cn JSON format from a stream; see <see cref="AddHolidayCn(string)"/>.</summary>
    /// <param name="utf8Json">The file's content as UTF-8.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FormatException">The content is not valid holiday-cn JSON; the message names the field, such as <c>days[3].date</c>.</exception>
    public BusinessCalendarBuilder AddHolidayCn(Stream utf8Json) => Add(HolidayCnReader.Read(Preconditions.CheckNotNull(utf8Json)));

    /// <summary>
    /// Loads China's official public holidays and make-up working days (调休) for 2019–2027, shipped with the package,
    /// as <see cref="AddHolidayCn(string)"/> would load each year's file: 2019–2026 then have holiday data; 2027 does
    /// not until the State Council publishes its notice (its file is empty), so answers about 2027, and about years
    /// before 2019, are flagged (see <see cref="MissingHolidayData"/>). Load a newer year's file with
    /// <see cref="AddHolidayCn(string)"/> when it is published.
    /// </summary>
    /// <remarks>
    /// The data is taken unchanged from the holiday-cn project by NateScarlet (https://github.com/NateScarlet/holiday-cn),
    /// copyright (c) 2019 NateScarlet, used under the MIT License; see THIRD-PARTY-NOTICES.md in the package.
    /// </remarks>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddChinaHolidays()
    {
        var years = new HolidayCnYear[LastChinaYear - FirstChinaYear + 1];
        var assembly = typeof(BusinessCalendarBuilder).Assembly;
        for (var year = FirstChinaYear; year <= LastChinaYear; year++)
        {
            using var stream = assembly.GetManifestResourceStream($"PropertyService.Sla.HolidayData.{year}.json")!;
            years[year - FirstChinaYear] = HolidayCnReader.Read(stream);
        }

        return Add(years);
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidOperationException">No weekly working window was added (the calendar would never reach a deadline).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date rule lies outside the supported years 1900–2199.</exception>
    public BusinessCalendar Build()
    {
        // The windows each day of the week owns, in nanoseconds from its midnight (an overnight window ends after 24 h).
        var owned = new List<(long Start, long End)>[7];
        for (var i = 0; i < 7; i++)
        {
            owned[i] = [];
        }

        foreach (var (day, window) in _windows)
        {
            var start = window.Start.NanosecondOfDay;
            owned[(int)day - 1].Add((start, start + window.LengthNanoseconds));
        }

        var startDay = OvernightWindows == OvernightWindows.StartDay;
        var weekly = new DaySchedule[7];
        for (var i = 0; i < 7; i++)
        {
            weekly[i] = Schedule(owned[i], owned[(i + 6) % 7], startDay);
        }

        if (weekly.All(d => d.Total == 0))
        {
            throw new InvalidOperationException("The calendar has no working windows: add at least one with AddWindow (a 24/7 calendar uses WorkingWindow.FullDay).");
        }

        foreach (var date in _dates.Keys)
        {
            if (date.Year < 1900 || date.Year >= 2200)
            {
                throw new ArgumentOutOfRangeException(nameof(date), date, $"date {date:yyyy-MM-dd} is outside the supported years 1900–2199.");
            }
        }

        var exceptions = new SortedDictionary<long, DaySchedule>();
        foreach (var (date, rule) in _dates)
        {
            if (startDay)
            {
                // The rule replaces the windows the date owns, which shapes its own working time and the next date's morning.
                exceptions[EpochDay(date)] = Schedule(Owned(date, owned), Owned(date.PlusDays(-1), owned), true);
                var next = date.PlusDays(1);
                exceptions[EpochDay(next)] = Schedule(Owned(next, owned), Owned(date, owned), true);
            }
            else
            {
                // The rule replaces all working time that falls on the date.
                exceptions[EpochDay(date)] = rule.Kind switch
                {
                    DateRuleKind.Holiday => DaySchedule.Empty,
                    DateRuleKind.MakeUp => weekly[(int)rule.Follows - 1],
                    _ => DaySchedule.From(Intervals(rule.WindowList!)),
                };
            }
        }

        var declared = new Dictionary<long, BusinessDayKind>();
        foreach (var (date, rule) in _dates)
        {
            if (rule.Kind != DateRuleKind.Windows)
            {
                declared[EpochDay(date)] = rule.Kind == DateRuleKind.Holiday ? BusinessDayKind.Holiday : BusinessDayKind.MakeUpWorkday;
            }
        }

        return new BusinessCalendar(_timeZone, OvernightWindows, weekly, exceptions, declared, ObservesPublicHolidays, _yearsWithData, MissingHolidayData);
    }

    /// <summary>
    /// A date's working time: the part of its own windows before midnight and the part of the previous date's windows
    /// after it. With <paramref name="startDay"/> the date is a business day when it owns a window, ending with the last
    /// one it owns; otherwise when it has working time.
    /// </summary>
    private static DaySchedule Schedule(List<(long Start, long End)> own, List<(long Start, long End)> previous, bool startDay)
    {
        var parts = new List<(long, long)>(own.Count + previous.Count);
        foreach (var (start, end) in own)
        {
            parts.Add((start, Math.Min(end, DaySchedule.NanosPerDay)));
        }

        foreach (var (_, end) in previous)
        {
            if (end > DaySchedule.NanosPerDay)
            {
                parts.Add((0, end - DaySchedule.NanosPerDay));
            }
        }

        var schedule = DaySchedule.From(parts);
        return startDay ? schedule.OwningUntil(own.Count == 0 ? 0 : own.Max(w => w.End)) : schedule;
    }

    /// <summary>The windows a date owns: none on a holiday, the followed day's on a make-up day, its own on a day exception.</summary>
    private List<(long Start, long End)> Owned(LocalDate date, List<(long Start, long End)>[] weekly)
    {
        if (!_dates.TryGetValue(date, out var rule))
        {
            return weekly[(int)date.DayOfWeek - 1];
        }

        return rule.Kind switch
        {
            DateRuleKind.Holiday => [],
            DateRuleKind.MakeUp => weekly[(int)rule.Follows - 1],
            _ => Intervals(rule.WindowList!),
        };
    }

    private static List<(long Start, long End)> Intervals(WorkingWindow[] windows) =>
        [.. windows.Select(w => ((long)w.Start.NanosecondOfDay, w.Start.NanosecondOfDay + w.LengthNanoseconds))];

    private static long EpochDay(LocalDate date) => date.ToDateOnly().DayNumber - UnixEpochDayNumber;

    /// <summary>Adds checked holiday-cn years; cannot fail, so a refused file never gets here and changes nothing.</summary>
    private BusinessCalendarBuilder Add(params HolidayCnYear[] years)
    {
        foreach (var year in years)
        {
            foreach (var (date, isOffDay) in year.Days)
            {
                _dates[date] = isOffDay ? DateRule.Holiday : DateRule.MakeUp(MakeUpDaysFollow);
            }

            if (year.CoversYear)
            {
                _yearsWithData.Add(year.Year);
            }
        }

        ObservesPublicHolidays = true;
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
