using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// Huge inputs over the whole supported range: every answer is right or an <see cref="ArgumentOutOfRangeException"/>,
/// never a wrapped value. In UTC with no date rules a calendar repeats every week, which gives exact expectations
/// however far apart the instants are.
/// </summary>
public partial class BusinessCalendarPropertyTests
{
    private const int RangeDays = 109_572; // 1900-01-01 to 2200-01-01
    private static readonly Duration Week = Duration.FromDays(7);

    /// <summary>A calendar of weekly windows only, in UTC.</summary>
    private static CalendarSpec WeeklyUtc(int seed)
    {
        var generated = SpecFrom(seed, withExceptions: false);
        var spec = new CalendarSpec("UTC") { Overnight = generated.Overnight };
        spec.Windows.AddRange(generated.Windows);
        return spec;
    }

    /// <summary>Business days per week: days that own a window, or (split by date) that have working time.</summary>
    private static int BusinessDaysPerWeek(CalendarSpec spec)
    {
        var days = spec.Windows.Select(w => w.Day).ToHashSet();
        if (spec.Overnight == OvernightWindows.SplitByDate)
        {
            foreach (var (day, window) in spec.Windows.Where(w => w.Window.CrossesMidnight && w.Window.End != LocalTime.Midnight))
            {
                days.Add(day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1);
            }
        }

        return days.Count;
    }

    private static Instant? OrOutOfRange(Func<Instant> answer, string paramName)
    {
        try
        {
            return answer();
        }
        catch (ArgumentOutOfRangeException error) when (error.ParamName == paramName)
        {
            return null;
        }
    }

    private static Instant AnywhereInRange(int minute) => BusinessCalendar.MinSupported + Duration.FromMinutes(minute);

    private static Gen<int> MinutesInRange => Gen.Choose(0, (RangeDays * 1440) - 1);

    [Property(MaxTest = 200)]
    public Property Adding_whole_weeks_of_working_time_adds_whole_weeks_or_throws_at_the_end_of_the_range() =>
        Prop.ForAll(
            (from seed in Gen.Choose(0, int.MaxValue)
             from start in MinutesInRange
             from minutes in Gen.Choose(1, 3 * 24 * 60)
             from weeks in Gen.Choose(0, 16_000)
             select (seed, start, minutes, weeks)).ToArbitrary(),
            c =>
            {
                var (seed, start, minutes, weeks) = c;
                var spec = WeeklyUtc(seed);
                var calendar = spec.Build();
                var a = AnywhereInRange(start);
                var d = Duration.FromMinutes(minutes);
                var first = OrOutOfRange(() => calendar.Add(a, d).Value, "businessTime");
                var expected = first is { } f && f + (Week * weeks) < BusinessCalendar.MaxSupported ? f + (Week * weeks) : (Instant?)null;
                var actual = OrOutOfRange(() => calendar.Add(a, d + (calendar.WeeklyWorkingTime * weeks)).Value, "businessTime");
                return (actual == expected).Label($"{spec}: Add({a}, {d} + {weeks} weeks) = {actual}, expected {expected}");
            });

    [Property(MaxTest = 200)]
    public Property Elapsed_over_whole_weeks_is_whole_weeks_of_working_time_anywhere_in_the_range() =>
        Prop.ForAll(Seeds, MinutesInRange.ToArbitrary(), Gen.Choose(0, 15_700).ToArbitrary(), (seed, start, weeks) =>
        {
            var calendar = WeeklyUtc(seed).Build();
            var a = AnywhereInRange(start);
            var b = a + (Week * weeks);
            if (b >= BusinessCalendar.MaxSupported)
            {
                b = a - (Week * weeks);
                if (b < BusinessCalendar.MinSupported)
                {
                    return true.Label("both ends outside the range");
                }
            }

            var elapsed = calendar.Elapsed(a, b).Value;
            var expected = calendar.WeeklyWorkingTime * weeks * (b < a ? -1 : 1);
            return (elapsed == expected && calendar.Elapsed(b, a).Value == -expected).Label($"Elapsed({a}, {b}) = {elapsed}, expected {expected}");
        });

    [Property(MaxTest = 200)]
    public Property EndOfBusinessDay_of_whole_weeks_of_business_days_adds_whole_weeks_or_throws() =>
        Prop.ForAll(
            (from seed in Gen.Choose(0, int.MaxValue)
             from start in MinutesInRange
             from days in Gen.Choose(1, 10)
             from weeks in Gen.Choose(0, 16_000)
             select (seed, start, days, weeks)).ToArbitrary(),
            c =>
            {
                var (seed, start, days, weeks) = c;
                var spec = WeeklyUtc(seed);
                var calendar = spec.Build();
                var a = AnywhereInRange(start);
                var first = OrOutOfRange(() => calendar.EndOfBusinessDay(a, days).Value, "days");
                var expected = first is { } f && f + (Week * weeks) < BusinessCalendar.MaxSupported ? f + (Week * weeks) : (Instant?)null;
                var more = days + (BusinessDaysPerWeek(spec) * weeks);
                var actual = OrOutOfRange(() => calendar.EndOfBusinessDay(a, more).Value, "days");
                return (actual == expected).Label($"{spec}: EndOfBusinessDay({a}, {more}) = {actual}, expected {expected}");
            });

    [Property(MaxTest = 100)]
    public Property Huge_inputs_give_an_answer_that_checks_out_or_ArgumentOutOfRangeException() =>
        Prop.ForAll(
            (from seed in Gen.Choose(0, int.MaxValue)
             from start in MinutesInRange
             from days in Gen.OneOf(Gen.Choose(0, 120_000), Gen.Constant(int.MaxValue))
             select (seed, start, days)).ToArbitrary(),
            c =>
            {
                var (seed, start, days) = c;
                var spec = SpecFrom(seed);
                var calendar = spec.Build();
                var a = AnywhereInRange(start);
                var d = days == int.MaxValue ? Duration.MaxValue : Duration.FromDays(days);
                var added = OrOutOfRange(() => calendar.Add(a, d).Value, "businessTime");
                var addOk = added is not { } r || (r >= a && r < BusinessCalendar.MaxSupported && calendar.Elapsed(a, r).Value == d);
                var end = OrOutOfRange(() => calendar.EndOfBusinessDay(a, Math.Max(days, 1)).Value, "days");
                var endOk = end is not { } e || (e > a && e < BusinessCalendar.MaxSupported);
                var lastOk = OrOutOfRange(() => calendar.EndOfBusinessDay(a, int.MaxValue).Value, "days") is null;
                return addOk.Label($"{spec}: Add({a}, {d}) = {added}")
                    .And(endOk.Label($"{spec}: EndOfBusinessDay({a}, {days}) = {end}"))
                    .And(lastOk.Label($"{spec}: EndOfBusinessDay({a}, int.MaxValue) did not throw"));
            });
}
