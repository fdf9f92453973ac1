using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// Invariants of <see cref="BusinessCalendar"/> over generated calendars: random weekly windows (some crossing
/// midnight, some full days), random holidays and make-up working days, in zones with and without
/// daylight saving, with either owner of overnight windows; and agreement with the minute-stepping reference.
/// </summary>
public partial class BusinessCalendarPropertyTests
{
    private static readonly string[] Zones = ["Asia/Shanghai", "Europe/London", "America/New_York", "UTC"];
    private static readonly Instant Origin = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly LocalDate FirstDate = new(2026, 1, 1);

    /// <summary>A calendar built from a seed (the seed shrinks; the calendar is printed on failure).</summary>
    private static CalendarSpec SpecFrom(int seed, bool withExceptions = true)
    {
        var random = new Random(seed);
        var spec = new CalendarSpec(Zones[random.Next(Zones.Length)])
        {
            Overnight = seed % 2 == 0 ? OvernightWindows.StartDay : OvernightWindows.SplitByDate,
        };
        var windows = random.Next(1, 5);
        for (var i = 0; i < windows; i++)
        {
            spec.With((IsoDayOfWeek)random.Next(1, 8), random.Next(48) * 30, random.Next(1, 49) * 30);
        }

        if (withExceptions)
        {
            for (int i = 0, n = random.Next(7); i < n; i++)
            {
                spec.Holidays[FirstDate.PlusDays(random.Next(180))] = null;
            }

            for (int i = 0, n = random.Next(4); i < n; i++)
            {
                var date = FirstDate.PlusDays(random.Next(180));
                if (!spec.Holidays.ContainsKey(date))
                {
                    spec.MakeUpDays[date] = (IsoDayOfWeek)random.Next(1, 8);
                }
            }

            for (int i = 0, n = random.Next(3); i < n; i++)
            {
                var date = FirstDate.PlusDays(random.Next(180));
                if (!spec.Holidays.ContainsKey(date) && !spec.MakeUpDays.ContainsKey(date))
                {
                    var start = random.Next(48) * 30;
                    var end = Math.Min(start + (random.Next(1, 20) * 30), 24 * 60);
                    spec.DayWindows[date] = [new WorkingWindow(LocalTime.Midnight.PlusMinutes(start), LocalTime.Midnight.PlusMinutes(end))];
                }
            }
        }

        return spec;
    }

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    /// <summary>Whole minutes within the first 170 days of 2026 (across the spring DST changes of London and New York).</summary>
    private static Arbitrary<int> StartMinutes => Gen.Choose(0, 170 * 24 * 60).ToArbitrary();

    private static Arbitrary<int> BusinessMinutes => Gen.Choose(0, 3 * 24 * 60).ToArbitrary();

    /// <summary>A seed, a start minute and two more numbers.</summary>
    private static Arbitrary<(int, int, int, int)> Cases(Gen<int> third, Gen<int> fourth) =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from start in Gen.Choose(0, 170 * 24 * 60)
         from x in third
         from y in fourth
         select (seed, start, x, y)).ToArbitrary();

    private static Instant At(int minute) => Origin + Duration.FromMinutes(minute);

    [Property(MaxTest = 200)]
    public Property Elapsed_from_start_to_Add_is_the_added_time() =>
        Prop.ForAll(Cases(Gen.Choose(0, 3 * 24 * 60), Gen.Choose(0, 999_999)), c =>
        {
            var (seed, start, minutes, nanos) = c;
            var calendar = SpecFrom(seed).Build();
            var a = At(start) + Duration.FromNanoseconds(nanos);
            var d = Duration.FromMinutes(minutes) + Duration.FromNanoseconds(nanos);
            return (calendar.Elapsed(a, calendar.Add(a, d).Value).Value == d).Label($"{SpecFrom(seed)} a={a} d={d}");
        });

    [Property(MaxTest = 200)]
    public Property Elapsed_is_additive() =>
        Prop.ForAll(Cases(Gen.Choose(0, 170 * 24 * 60), Gen.Choose(0, 170 * 24 * 60)), abc =>
        {
            var (seed, x, y, z) = abc;
            var calendar = SpecFrom(seed).Build();
            Instant a = At(x), b = At(y), c = At(z);
            return calendar.Elapsed(a, b).Value + calendar.Elapsed(b, c).Value == calendar.Elapsed(a, c).Value;
        });

    [Property(MaxTest = 200)]
    public Property Add_is_monotonic_in_start_and_in_duration() =>
        Prop.ForAll(Cases(Gen.Choose(0, 170 * 24 * 60), Gen.Choose(0, 3 * 24 * 60)), Gen.Choose(0, 3 * 24 * 60).ToArbitrary(), (c, m2) =>
        {
            var (seed, s1, s2, m1) = c;
            var calendar = SpecFrom(seed).Build();
            Instant early = At(Math.Min(s1, s2)), late = At(Math.Max(s1, s2));
            Duration shorter = Duration.FromMinutes(Math.Min(m1, m2)), longer = Duration.FromMinutes(Math.Max(m1, m2));
            return calendar.Add(early, shorter).Value <= calendar.Add(late, shorter).Value
                   && calendar.Add(early, shorter).Value <= calendar.Add(early, longer).Value;
        });

    [Property(MaxTest = 200)]
    public Property Add_ends_in_working_time_or_at_a_windows_end() =>
        Prop.ForAll(Seeds, StartMinutes, Gen.Choose(1, 3 * 24 * 60).ToArbitrary(), (seed, start, minutes) =>
        {
            var calendar = SpecFrom(seed).Build();
            var result = calendar.Add(At(start), Duration.FromMinutes(minutes)).Value;
            var justBefore = result - Duration.FromNanoseconds(1);
            // The last nanosecond added was working time, so the result is in a window or at its end.
            return calendar.IsWorking(justBefore).Value;
        });

    [Property(MaxTest = 200)]
    public Property A_24x7_calendar_is_plain_instant_arithmetic() =>
        Prop.ForAll(Gen.Elements(Zones).ToArbitrary(), StartMinutes, Gen.Choose(0, 400 * 24 * 60).ToArbitrary(), (zone, start, minutes) =>
        {
            var calendar = new BusinessCalendarBuilder().InTimeZone(zone).AddWindowEveryDay(WorkingWindow.FullDay).Build();
            var a = At(start);
            var d = Duration.FromMinutes(minutes);
            return calendar.Add(a, d).Value == a + d && calendar.Elapsed(a, a + d).Value == d;
        });

    [Property(MaxTest = 200)]
    public Property Split_by_date_an_overnight_window_equals_the_same_hours_split_at_midnight() =>
        Prop.ForAll(Seeds, StartMinutes, BusinessMinutes, (seed, start, minutes) =>
        {
            var spec = SpecFrom(seed);
            spec.Overnight = OvernightWindows.SplitByDate;
            var split = new CalendarSpec(spec.Zone.Id) { Overnight = OvernightWindows.SplitByDate };
            foreach (var (day, window) in spec.Windows)
            {
                if (window.CrossesMidnight && window.End != LocalTime.Midnight)
                {
                    split.Windows.Add((day, new WorkingWindow(window.Start, LocalTime.Midnight)));
                    split.Windows.Add((day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1, new WorkingWindow(LocalTime.Midnight, window.End)));
                }
                else
                {
                    split.Windows.Add((day, window));
                }
            }

            foreach (var (k, v) in spec.Holidays)
            {
                split.Holidays[k] = v;
            }

            foreach (var (k, v) in spec.MakeUpDays)
            {
                split.MakeUpDays[k] = v;
            }

            foreach (var (k, v) in spec.DayWindows)
            {
                split.DayWindows[k] = v;
            }

            BusinessCalendar whole = spec.Build(), halves = split.Build();
            var a = At(start);
            var d = Duration.FromMinutes(minutes);
            return whole.Add(a, d).Value == halves.Add(a, d).Value
                   && whole.Elapsed(a, a + d).Value == halves.Elapsed(a, a + d).Value;
        });

    [Property(MaxTest = 200)]
    public Property Adding_a_holiday_never_makes_a_deadline_earlier() =>
        Prop.ForAll(Cases(Gen.Choose(0, 3 * 24 * 60), Gen.Choose(0, 179)), c =>
        {
            var (seed, start, minutes, holiday) = c;
            var spec = SpecFrom(seed);
            var withHoliday = spec.Clone();
            var date = FirstDate.PlusDays(holiday);
            withHoliday.MakeUpDays.Remove(date);
            withHoliday.DayWindows.Remove(date);
            withHoliday.Holidays[date] = null;
            var a = At(start);
            var d = Duration.FromMinutes(minutes);
            return spec.Build().Add(a, d).Value <= withHoliday.Build().Add(a, d).Value;
        });

    [Property(MaxTest = 120)]
    public Property Add_matches_the_minute_stepping_reference() =>
        Prop.ForAll(Seeds, StartMinutes, Gen.Choose(0, 240).ToArbitrary(), (seed, start, minutes) =>
        {
            var spec = SpecFrom(seed);
            var a = At(start);
            var d = Duration.FromMinutes(minutes);
            var expected = new MinuteSteppingCalendar(spec).Add(a, d);
            var actual = spec.Build().Add(a, d).Value;
            return (actual == expected).Label($"{spec}: Add({a}, {d}) = {actual}, reference {expected}");
        });

    [Property(MaxTest = 120)]
    public Property Elapsed_IsWorking_and_NextWorkingInstant_match_the_reference() =>
        Prop.ForAll(Seeds, StartMinutes, Gen.Choose(0, 3 * 24 * 60).ToArbitrary(), (seed, start, span) =>
        {
            var spec = SpecFrom(seed);
            var reference = new MinuteSteppingCalendar(spec);
            var calendar = spec.Build();
            Instant a = At(start), b = a + Duration.FromMinutes(span);
            return (calendar.Elapsed(a, b).Value == reference.Elapsed(a, b)).Label($"{spec}: Elapsed({a}, {b})")
                   .And((calendar.IsWorking(b).Value == reference.IsWorking(b)).Label($"{spec}: IsWorking({b})"))
                   .And((calendar.NextWorkingInstant(a).Value == reference.NextWorkingInstant(a)).Label($"{spec}: NextWorkingInstant({a})"));
        });

    [Property(MaxTest = 60)]
    public Property EndOfBusinessDay_matches_the_reference() =>
        Prop.ForAll(Seeds, StartMinutes, Gen.Choose(1, 3).ToArbitrary(), (seed, start, days) =>
        {
            var spec = SpecFrom(seed);
            var a = At(start);
            var expected = new MinuteSteppingCalendar(spec).EndOfBusinessDay(a, days);
            var actual = spec.Build().EndOfBusinessDay(a, days).Value;
            return (actual == expected).Label($"{spec}: EndOfBusinessDay({a}, {days}) = {actual}, reference {expected}");
        });
}
