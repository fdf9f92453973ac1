using System.Collections.Frozen;
using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// Which instants count as working time for a timing target (工作日 / 节假日 / 调休): weekly working windows
/// in a time zone, holidays, make-up working days and one-off day exceptions.
/// </summary>
/// <remarks>
/// <para><b>What counts.</b> An instant is working time when its local wall-clock time, in
/// <see cref="TimeZone"/>, falls in a working window. A holiday, a make-up working day or a day exception
/// replaces the windows of its local date. Who owns a window that crosses midnight is
/// <see cref="OvernightWindows"/>: by default the date it starts on, as a roster reads (a Tuesday holiday has
/// no Tuesday night shift, and Monday's night shift runs until Tuesday morning); with
/// <see cref="Sla.OvernightWindows.SplitByDate"/> each part belongs to the date it falls on.</para>
/// <para><b>Daylight saving.</b> Because windows are wall-clock times, a window shrinks when the clocks go
/// forward inside it (the skipped local times never happen: a 17:30–08:30 night in <c>Europe/London</c> on
/// the last Saturday of March has 14 hours of working time) and grows when they go back inside it (the
/// repeated hour counts twice: 16 hours on the last Saturday of October). A window that starts in a gap
/// starts when the gap ends; a window that ends in a gap ends when the gap starts.</para>
/// <para><b>Algorithm.</b> Working time is measured by a cumulative function over local time: whole weeks
/// count the weekly total, a week's days and a day's windows have precomputed running totals, and
/// exception dates (sorted, with running corrections) are found by binary search; constant-offset periods
/// of the time zone are precomputed too. <see cref="Add"/>, <see cref="Elapsed"/> and
/// <see cref="IsWorking"/> therefore take time logarithmic in the number of exceptions, never proportional
/// to the span of time, and allocate nothing.</para>
/// <para><b>Range.</b> Instants from 1900-01-01 to 2200-01-01 (UTC) are supported. An answer that would lie
/// outside the range throws <see cref="ArgumentOutOfRangeException"/>; arithmetic never wraps, however long
/// the duration or however many the days.</para>
/// <para><b>Missing holiday data.</b> When the calendar observes public holidays (<see cref="ObservesPublicHolidays"/>:
/// holiday data was loaded or declared, even an empty year) and an answer spans a local year without data,
/// <see cref="MissingHolidayData"/> decides: ignore it, flag the <see cref="CalendarResult{T}"/> (the default) or
/// throw <see cref="HolidayDataMissingException"/>.</para>
/// <para>Immutable; safe to share between threads. Build one with <see cref="BusinessCalendarBuilder"/>.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    private const long NanosPerDay = DaySchedule.NanosPerDay;
    private const int FirstYear = 1900;
    private const int LastYear = 2200;
    private const int UnixEpochDayNumber = 719_162; // new DateOnly(1970, 1, 1).DayNumber

    /// <summary>The first supported instant: 1900-01-01T00:00:00Z.</summary>
    public static readonly Instant MinSupported = Instant.FromUtc(FirstYear, 1, 1, 0, 0);

    /// <summary>The end of the supported range (exclusive): 2200-01-01T00:00:00Z.</summary>
    public static readonly Instant MaxSupported = Instant.FromUtc(LastYear, 1, 1, 0, 0);

    private static readonly long MinNanos = ToUnixNanos(MinSupported);
    private static readonly long MaxNanos = ToUnixNanos(MaxSupported);

    private readonly DaySchedule[] _weekly;
    private readonly long[] _weekBefore;
    private readonly long _weekTotal;
    private readonly int[] _weekBusinessDaysBefore;
    private readonly int _weekBusinessDays;

    private readonly long[] _exceptionDays;
    private readonly DaySchedule[] _exceptionSchedules;
    private readonly long[] _exceptionDeltaBefore;
    private readonly int[] _exceptionBusinessDeltaBefore;
    private readonly long[] _exceptionWorkedAtStart;
    private readonly long[] _exceptionWorkedAtEnd;

    private readonly long[] _zoneStarts;
    private readonly long[] _zoneOffsets;

    private readonly long _lastDay;

    // Holidays and make-up working days by epoch day: the dates whose kind a rule declared.
    private readonly FrozenDictionary<long, BusinessDayKind> _declaredDays;

    private readonly bool[] _yearHasData;
    private readonly bool _checksHolidayData;

    internal BusinessCalendar(
        DateTimeZone zone,
        OvernightWindows overnightWindows,
        DaySchedule[] weekly,
        SortedDictionary<long, DaySchedule> exceptions,
        Dictionary<long, BusinessDayKind> declaredDays,
        bool observesPublicHolidays,
        SortedSet<int> yearsWithData,
        MissingHolidayDataPolicy policy)
    {
        TimeZone = zone;
        OvernightWindows = overnightWindows;
        _declaredDays = declaredDays.ToFrozenDictionary();
        ObservesPublicHolidays = observesPublicHolidays;
        MissingHolidayData = policy;
        _weekly = weekly;
        _weekBefore = new long[8];
        _weekBusinessDaysBefore = new int[8];
        for (var d = 0; d < 7; d++)
        {
            _weekBefore[d + 1] = _weekBefore[d] + weekly[d].Total;
            _weekBusinessDaysBefore[d + 1] = _weekBusinessDaysBefore[d] + (weekly[d].IsBusinessDay ? 1 : 0);
        }

        _weekTotal = _weekBefore[7];
        _weekBusinessDays = _weekBusinessDaysBefore[7];

        var n = exceptions.Count;
        _exceptionDays = new long[n];
        _exceptionSchedules = new DaySchedule[n];
        _exceptionDeltaBefore = new long[n + 1];
        _exceptionBusinessDeltaBefore = new int[n + 1];
        _exceptionWorkedAtStart = new long[n];
        _exceptionWorkedAtEnd = new long[n];
        var i = 0;
        foreach (var (day, schedule) in exceptions)
        {
            _exceptionDays[i] = day;
            _exceptionSchedules[i] = schedule;
            var ordinary = weekly[DayOfWeekIndex(day)];
            _exceptionDeltaBefore[i + 1] = _exceptionDeltaBefore[i] + (schedule.Total - ordinary.Total);
            _exceptionBusinessDeltaBefore[i + 1] = _exceptionBusinessDeltaBefore[i]
                + (schedule.IsBusinessDay ? 1 : 0) - (ordinary.IsBusinessDay ? 1 : 0);
            i++;
        }

        for (i = 0; i < n; i++)
        {
            _exceptionWorkedAtStart[i] = WorkedBeforeLocal(_exceptionDays[i] * NanosPerDay);
            _exceptionWorkedAtEnd[i] = _exceptionWorkedAtStart[i] + _exceptionSchedules[i].Total;
        }

        var starts = new List<long>();
        var offsets = new List<long>();
        foreach (var interval in zone.GetZoneIntervals(MinSupported, MaxSupported))
        {
            var start = interval.HasStart ? Math.Max(ToUnixNanos(interval.Start), MinNanos) : MinNanos;
            starts.Add(start);
            offsets.Add(interval.WallOffset.Nanoseconds);
        }

        _zoneStarts = [.. starts];
        _zoneOffsets = [.. offsets];
        _lastDay = LocalDay(MaxNanos - 1, _zoneStarts.Length - 1);

        _yearHasData = new bool[LastYear - FirstYear + 2];
        foreach (var year in yearsWithData)
        {
            // The builder only takes years 1900–2200.
            _yearHasData[year - FirstYear] = true;
        }

        YearsWithHolidayData = [.. yearsWithData];
        _checksHolidayData = observesPublicHolidays && policy != MissingHolidayDataPolicy.Ignore;
    }

    /// <summary>A calendar on which every instant is working time (24/7), in <c>Asia/Shanghai</c>:
    /// <see cref="Add"/> is plain <c>Instant + Duration</c>. The default calendar of timing targets.</summary>
    public static BusinessCalendar AlwaysOpen { get; } = new BusinessCalendarBuilder()
        .AddWindowEveryDay(WorkingWindow.FullDay)
        .Build();

    /// <summary>The time zone whose wall-clock times the windows use.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Who owns a working window that crosses midnight: the date it starts on (the default) or each date its part.</summary>
    public OvernightWindows OvernightWindows { get; }

    /// <summary>Whether the calendar follows published public holidays (holiday data was loaded or declared, even for no
    /// year), so that answers spanning a year without data are flagged or refused as <see cref="MissingHolidayData"/> says.</summary>
    public bool ObservesPublicHolidays { get; }

    /// <summary>What the calendar does when asked about a year it has no holiday data for.</summary>
    public MissingHolidayDataPolicy MissingHolidayData { get; }

    /// <summary>The years the calendar has holiday data for, ascending; empty when none was given.</summary>
    public IReadOnlyList<int> YearsWithHolidayData { get; }

    /// <summary>The working time of an ordinary week (no exceptions), ignoring daylight-saving changes.</summary>
    public Duration WeeklyWorkingTime => Duration.FromNanoseconds(_weekTotal);

    /// <summary>Starts a builder for a calendar in <c>Asia/Shanghai</c>.</summary>
    /// <returns>A new builder.</returns>
    public static BusinessCalendarBuilder CreateBuilder() => new();

    /// <summary>
    /// The instant at which <paramref name="businessTime"/> of working time has passed after
    /// <paramref name="start"/>: the earliest such instant, so it is working time or the end of a window.
    /// Adding zero returns <paramref name="start"/>.
    /// </summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="businessTime">How much working time to add; not negative.</param>
    /// <returns>The deadline, flagged if it spans a year without holiday data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTime"/> is negative, or
    /// <paramref name="start"/> or the result is outside the supported range (the parameter named is
    /// <c>businessTime</c> when the result would be).</exception>
    /// <exception cref="HolidayDataMissingException">The policy is <see cref="MissingHolidayDataPolicy.Fail"/> and the span covers a year without holiday data.</exception>
    /// <remarks>Allocates nothing. Thread-safe.</remarks>
    public CalendarResult<Instant> Add(Instant start, Duration businessTime)
    {
        var t = CheckInRange(start, nameof(start));
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime), businessTime, "businessTime must not be negative.");
        }

        if (!TryAddNanos(t, ToNanos(businessTime), out var result, out var zone))
        {
            throw new ArgumentOutOfRangeException(
                nameof(businessTime),
                businessTime,
                Invariant($"businessTime: {businessTime} of working time from {start} runs past the calendar's supported range (until {MaxSupported})."));
        }

        return Checked(ToInstant(result), LocalDay(t, ZoneIndex(t)), LocalDay(result, zone));
    }

    /// <summary>The working time between two instants; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    /// <param name="from">The start of the span.</param>
    /// <param name="to">The end of the span.</param>
    /// <returns>The working time, flagged if it spans a year without holiday data.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    /// <exception cref="HolidayDataMissingException">The policy is <see cref="MissingHolidayDataPolicy.Fail"/> and the span covers a year without holiday data.</exception>
    /// <remarks>Allocates nothing. Thread-safe.</remarks>
    public CalendarResult<Duration> Elapsed(Instant from, Instant to)
    {
        var a = CheckInRange(from, nameof(from));
        var b = CheckInRange(to, nameof(to));
        var sign = 1;
        if (b < a)
        {
            (a, b) = (b, a);
            sign = -1;
        }

        var zone = ZoneIndex(a);
        var firstDay = LocalDay(a, zone);

        // 128 bits: 300 years of working time do not fit in 64 bits of nanoseconds.
        Int128 total = 0;
        var t = a;
        while (true)
        {
            var offset = _zoneOffsets[zone];
            var zoneEnd = zone + 1 < _zoneStarts.Length ? _zoneStarts[zone + 1] : MaxNanos;
            var segmentEnd = Math.Min(zoneEnd, b);
            total += (Int128)WorkedBeforeLocal(segmentEnd + offset) - WorkedBeforeLocal(t + offset);
            if (segmentEnd == b)
            {
                break;
            }

            t = segmentEnd;
            zone++;
        }

        return Checked(ToDuration(sign * total), firstDay, LocalDay(b, zone));
    }

    /// <summary>Whether an instant is working time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Whether it is working time, flagged if its year has no holiday data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range.</exception>
    /// <exception cref="HolidayDataMissingException">The policy is <see cref="MissingHolidayDataPolicy.Fail"/> and the year has no holiday data.</exception>
    /// <remarks>Allocates nothing. Thread-safe.</remarks>
    public CalendarResult<bool> IsWorking(Instant instant)
    {
        var t = CheckInRange(instant, nameof(instant));
        var local = t + _zoneOffsets[ZoneIndex(t)];
        var day = FloorDiv(local, NanosPerDay);
        var working = ScheduleOf(day).Contains(local - (day * NanosPerDay));
        return Checked(working, day, day);
    }

    /// <summary>
    /// What kind of day <paramref name="date"/> is: a declared holiday or make-up working day, or else a workday or a
    /// rest day by whether it has working time. Duty rosters use it to pick a date's shift templates.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <returns>The kind of day, flagged if its year has no holiday data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported years 1900–2199.</exception>
    /// <exception cref="HolidayDataMissingException">The policy is <see cref="MissingHolidayDataPolicy.Fail"/> and the year has no holiday data.</exception>
    /// <remarks>Allocates nothing. Thread-safe.</remarks>
    public CalendarResult<BusinessDayKind> DayKind(LocalDate date)
    {
        if (date.Year < FirstYear || date.Year >= LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, Invariant($"date {date:yyyy-MM-dd} is outside the supported years {FirstYear}–{LastYear - 1}."));
        }

        var day = (long)date.ToDateOnly().DayNumber - UnixEpochDayNumber;
        if (!_declaredDays.TryGetValue(day, out var kind))
        {
            kind = ScheduleOf(day).IsBusinessDay ? BusinessDayKind.Workday : BusinessDayKind.RestDay;
        }

        return Checked(kind, day, day);
    }

    /// <summary>The instant itself when it is working time, otherwise the start of the next working time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The next working instant, flagged if the span covers a year without holiday data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range, or
    /// no working time follows it within the range.</exception>
    /// <exception cref="HolidayDataMissingException">The policy is <see cref="MissingHolidayDataPolicy.Fail"/> and the span covers a year without holiday data.</exception>
    /// <remarks>Allocates nothing. Thread-safe.</remarks>
    public CalendarResult<Instant> NextWorkingInstant(Instant instant)
    {
        var t = CheckInRange(instant, nameof(instant));

        // The first nanosecond of working time at or after t ends one nanosecond after the answer.
        if (!TryAddNanos(t, 1, out var end, out var zone))
        {
            throw new ArgumentOutOfRangeException(
                nameof(instant),
                instant,
                Invariant($"instant {instant} has no working time after it within the calendar's supported range (until {MaxSupported})."));
        }

        var result = end - 1;
        return Checked(ToInstant(result), LocalDay(t, ZoneIndex(t)), LocalDay(result, zone));
    }

    /// <summary>
    /// The end of the working time of the <paramref name="days"/>-th business day after the local date of
    /// <paramref name="instant"/> (the date itself does not count). A business day is a local date that owns a
    /// working window; its end is the end of the last window it owns. With the default
    /// <see cref="Sla.OvernightWindows.StartDay"/> a night shift belongs to the date it starts on, so that date ends
    /// when the shift does, the next morning; with <see cref="Sla.OvernightWindows.SplitByDate"/> a date with any
    /// working time is a business day, ending at midnight when a night window runs through it.
    /// For example, one business day after a Friday afternoon on a Monday-to-Friday calendar is Monday's close.
    /// </summary>
    /// <param name="instant">When the clock starts, for example when a written inquiry was registered (HR-09).</param>
    /// <param name="days">How many business days; at least 1.</param>
    /// <returns>The deadline, flagged if the span covers a year without holiday data.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1, <paramref name="instant"/> is
    /// outside the supported range, or the result would be (then the parameter named is <c>days</c>).</exception>
    /// <exception cref="HolidayDataMissingException">The policy is <see cref="MissingHolidayDataPolicy.Fail"/> and the span covers a year without holiday data.</exception>
    /// <remarks>Thread-safe.</remarks>
    public CalendarResult<Instant> EndOfBusinessDay(Instant instant, int days)
    {
        var t = CheckInRange(instant, nameof(instant));
        Preconditions.CheckPositive(days);
        var startDay = LocalDay(t, ZoneIndex(t));

        // Business dates strictly before a date, G(day), is monotonic: binary search for the date on which it
        // reaches the target, without stepping through the days, up to the last date of the range.
        var target = BusinessDaysBefore(startDay + 1) + days;
        long low = startDay + 1, high = _lastDay;
        if (BusinessDaysBefore(high + 1) < target)
        {
            throw DaysOutOfRange(instant, days);
        }

        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (BusinessDaysBefore(mid + 1) >= target)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        var end = FromLocalEnd((low * NanosPerDay) + ScheduleOf(low).BusinessDayEnd);
        if (end >= MaxSupported)
        {
            throw DaysOutOfRange(instant, days);
        }

        return Checked(end, startDay, low);
    }

    /// <summary>Describes the calendar.</summary>
    public override string ToString() =>
        $"BusinessCalendar({TimeZone.Id}, {WeeklyWorkingTime.TotalHours:0.##} h/week, {_exceptionDays.Length} exception dates)";

    private Instant FromLocalEnd(long endLocal)
    {
        var day = FloorDiv(endLocal, NanosPerDay);
        var date = new LocalDate(1970, 1, 1).PlusDays(checked((int)day));
        var local = date.At(LocalTime.FromNanosecondsSinceMidnight(endLocal - (day * NanosPerDay)));
        return TimeZone.ResolveLocal(local, Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter)).ToInstant();
    }

    private static ArgumentOutOfRangeException DaysOutOfRange(Instant instant, int days) =>
        new(nameof(days), days, Invariant($"days: {days} business days from {instant} run past the calendar's supported range (until {MaxSupported})."));

    /// <summary>
    /// Adds working nanoseconds to a UTC instant (as nanoseconds): the result in nanoseconds and the zone period index
    /// of the result, or false when the result would not be before <see cref="MaxSupported"/>.
    /// </summary>
    private bool TryAddNanos(long t, Int128 amount, out long result, out int zone)
    {
        zone = ZoneIndex(t);
        if (amount == 0)
        {
            result = t;
            return true;
        }

        while (true)
        {
            // The capacity of each constant-offset period is compared before solving, so no sum can overflow.
            var offset = _zoneOffsets[zone];
            var last = zone + 1 == _zoneStarts.Length;
            var zoneEnd = last ? MaxNanos : _zoneStarts[zone + 1];
            var workedAtStart = WorkedBeforeLocal(t + offset);
            var capacity = (Int128)WorkedBeforeLocal(zoneEnd + offset) - workedAtStart;
            if (amount <= capacity)
            {
                result = LocalWhenWorked(workedAtStart + (long)amount) - offset;
                return result < MaxNanos;
            }

            if (last)
            {
                result = MaxNanos;
                return false;
            }

            amount -= capacity;
            t = zoneEnd;
            zone++;
        }
    }

    /// <summary>Cumulative working nanoseconds up to a local time (nanoseconds since local 1970-01-01T00:00), from an arbitrary origin.</summary>
    private long WorkedBeforeLocal(long local)
    {
        var day = FloorDiv(local, NanosPerDay);
        var nanoOfDay = local - (day * NanosPerDay);
        var index = LowerBound(_exceptionDays, day);
        var dow = DayOfWeekIndex(day);
        var atDayStart = (WeekIndex(day) * _weekTotal) + _weekBefore[dow] + _exceptionDeltaBefore[index];
        var schedule = index < _exceptionDays.Length && _exceptionDays[index] == day
            ? _exceptionSchedules[index]
            : _weekly[dow];
        return atDayStart + schedule.WorkedBefore(nanoOfDay);
    }

    /// <summary>The earliest local time at which the cumulative working time reaches <paramref name="worked"/>.</summary>
    private long LocalWhenWorked(long worked)
    {
        // The first exception date whose end has reached the target.
        int low = 0, high = _exceptionWorkedAtEnd.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_exceptionWorkedAtEnd[mid] >= worked)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        if (low < _exceptionDays.Length && _exceptionWorkedAtStart[low] < worked)
        {
            return (_exceptionDays[low] * NanosPerDay) + _exceptionSchedules[low].Solve(worked - _exceptionWorkedAtStart[low]);
        }

        // Between exceptions the calendar is its ordinary weeks, shifted by the exceptions before.
        var weekly = worked - _exceptionDeltaBefore[low];
        var week = FloorDiv(weekly - 1, _weekTotal);
        var rest = weekly - (week * _weekTotal);
        var dow = 0;
        while (_weekBefore[dow + 1] < rest)
        {
            dow++;
        }

        var day = (week * 7) - 3 + dow;
        return (day * NanosPerDay) + _weekly[dow].Solve(rest - _weekBefore[dow]);
    }

    private long BusinessDaysBefore(long day)
    {
        var index = LowerBound(_exceptionDays, day);
        return (WeekIndex(day) * _weekBusinessDays) + _weekBusinessDaysBefore[DayOfWeekIndex(day)] + _exceptionBusinessDeltaBefore[index];
    }

    private DaySchedule ScheduleOf(long day)
    {
        var index = LowerBound(_exceptionDays, day);
        return index < _exceptionDays.Length && _exceptionDays[index] == day ? _exceptionSchedules[index] : _weekly[DayOfWeekIndex(day)];
    }

    private CalendarResult<T> Checked<T>(T value, long firstDay, long lastDay)
    {
        if (!_checksHolidayData)
        {
            return new CalendarResult<T>(value);
        }

        int first = 0, last = 0;
        for (int year = YearOfEpochDay(firstDay), end = YearOfEpochDay(lastDay); year <= end; year++)
        {
            if (!_yearHasData[year - FirstYear])
            {
                if (first == 0)
                {
                    first = year;
                }

                last = year;
            }
        }

        if (first == 0)
        {
            return new CalendarResult<T>(value);
        }

        return MissingHolidayData == MissingHolidayDataPolicy.Fail
            ? throw new HolidayDataMissingException(first)
            : new CalendarResult<T>(value, first, last);
    }

    private int ZoneIndex(long t)
    {
        var starts = _zoneStarts;
        if (starts.Length == 1 || t < starts[1])
        {
            return 0;
        }

        int low = 1, high = starts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >>> 1;
            if (starts[mid] <= t)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private long LocalDay(long t, int zone) => FloorDiv(t + _zoneOffsets[zone], NanosPerDay);

    private static long CheckInRange(Instant instant, string paramName)
    {
        if (instant < MinSupported || instant >= MaxSupported)
        {
            throw new ArgumentOutOfRangeException(paramName, instant, $"{paramName} must be between {MinSupported} and {MaxSupported}.");
        }

        return ToUnixNanos(instant);
    }

    private static long ToUnixNanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static Int128 ToNanos(Duration duration) => ((Int128)duration.Days * NanosPerDay) + duration.NanosecondOfDay;

    private static Duration ToDuration(Int128 nanos) =>
        nanos >= long.MinValue && nanos <= long.MaxValue
            ? Duration.FromNanoseconds((long)nanos)
            : Duration.FromDays((int)(nanos / NanosPerDay)) + Duration.FromNanoseconds((long)(nanos % NanosPerDay));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static Instant ToInstant(long nanos) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanos);

    private static int LowerBound(long[] values, long value)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (values[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Monday = 0 … Sunday = 6; epoch day 0 (1970-01-01) was a Thursday.</summary>
    internal static int DayOfWeekIndex(long epochDay) => (int)(((epochDay + 3) % 7 + 7) % 7);

    private static long WeekIndex(long epochDay) => FloorDiv(epochDay + 3, 7);

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) ^ (b < 0))) ? q - 1 : q;
    }

    private static int YearOfEpochDay(long epochDay)
    {
        // Civil-from-days (H. Hinnant), year only.
        var z = epochDay + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var doe = z - (era * 146097);
        var yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var year = yoe + (era * 400) + (mp >= 10 ? 1 : 0);
        return (int)Math.Clamp(year, FirstYear, LastYear + 1);
    }
}
