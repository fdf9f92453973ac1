using NodaTime;

namespace PropertyService.Sla;

public partial class BusinessCalendarTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    internal static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "Sla", "TestData", file);

    /// <summary>Office hours with the noon gap of CS-12 (08:30–12:00, 13:30–17:30), Monday to Friday, plus 2026's holiday-cn data.</summary>
    internal static BusinessCalendar Office2026(MissingHolidayDataPolicy policy = MissingHolidayDataPolicy.Flag) =>
        new BusinessCalendarBuilder()
            .AddWindows(Weekdays, new WorkingWindow(new LocalTime(8, 30), new LocalTime(12, 0)), new WorkingWindow(new LocalTime(13, 30), new LocalTime(17, 30)))
            .AddHolidayCn(File.ReadAllText(TestData("2026.json")))
            .AddHolidayCn(File.ReadAllText(TestData("2027.json")))
            .WithMissingHolidayData(policy)
            .Build();

    private static Instant Local(int year, int month, int day, int hour, int minute, DateTimeZone? zone = null) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone ?? Shanghai).ToInstant();

    [Fact]
    public void Spring_Festival_2026_is_off_from_Feb_15_to_23_and_Feb_14_and_28_are_worked()
    {
        var calendar = Office2026();
        Assert.True(calendar.IsWorking(Local(2026, 2, 14, 10, 0)).Value);
        for (var day = 15; day <= 23; day++)
        {
            Assert.False(calendar.IsWorking(Local(2026, 2, day, 10, 0)).Value);
        }

        Assert.True(calendar.IsWorking(Local(2026, 2, 24, 10, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2026, 2, 28, 10, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 1, 10, 0)).Value);

        // Friday 16:30 + 8 h: 1 h on Friday, 7 h of the make-up Saturday.
        Assert.Equal(Local(2026, 2, 14, 17, 0), calendar.Add(Local(2026, 2, 13, 16, 30), Duration.FromHours(8)).Value);

        // One more hour runs past the whole festival to Tuesday Feb 24.
        Assert.Equal(Local(2026, 2, 24, 9, 0), calendar.Add(Local(2026, 2, 13, 16, 30), Duration.FromHours(9)).Value);
        Assert.Equal(Duration.FromHours(9), calendar.Elapsed(Local(2026, 2, 13, 16, 30), Local(2026, 2, 24, 9, 0)).Value);
        Assert.Equal(Local(2026, 2, 24, 8, 30), calendar.NextWorkingInstant(Local(2026, 2, 14, 18, 0)).Value);
    }

    [Fact]
    public void Written_inquiry_on_the_Friday_before_a_holiday_is_due_at_the_end_of_the_second_business_day_HR09()
    {
        var calendar = Office2026();

        // Friday 3 April 2026, before Qingming (4–6 April): business days 1 and 2 are Tuesday 7 and Wednesday 8.
        var friday = Local(2026, 4, 3, 15, 0);
        Assert.Equal(Local(2026, 4, 7, 17, 30), calendar.EndOfBusinessDay(friday, 1).Value);
        Assert.Equal(Local(2026, 4, 8, 17, 30), calendar.EndOfBusinessDay(friday, 2).Value);

        // Friday 13 February: the make-up Saturday is business day 1, then the festival, then Tuesday 24.
        Assert.Equal(Local(2026, 2, 24, 17, 30), calendar.EndOfBusinessDay(Local(2026, 2, 13, 11, 0), 2).Value);
    }

    [Fact]
    public void Night_window_shrinks_and_grows_when_London_changes_the_clocks()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var nights = new BusinessCalendarBuilder().InTimeZone(london)
            .AddWindowEveryDay(new WorkingWindow(new LocalTime(17, 30), new LocalTime(8, 30)))
            .Build();

        // Clocks go forward at 01:00 on Sunday 29 March 2026: 15 wall-clock hours are 14 real ones.
        var springStart = Local(2026, 3, 28, 17, 30, london);
        var springEnd = Local(2026, 3, 29, 8, 30, london);
        Assert.Equal(Duration.FromHours(14), springEnd - springStart);
        Assert.Equal(Duration.FromHours(14), nights.Elapsed(springStart, springEnd).Value);
        Assert.Equal(springEnd, nights.Add(springStart, Duration.FromHours(14)).Value);
        Assert.Equal(Local(2026, 3, 29, 17, 31, london), nights.Add(springStart, Duration.FromHours(14) + Duration.FromMinutes(1)).Value);

        // Clocks go back at 02:00 on Sunday 25 October 2026: the repeated hour counts twice (16 hours).
        var autumnStart = Local(2026, 10, 24, 17, 30, london);
        var autumnEnd = Local(2026, 10, 25, 8, 30, london);
        Assert.Equal(Duration.FromHours(16), nights.Elapsed(autumnStart, autumnEnd).Value);
        Assert.Equal(autumnEnd, nights.Add(autumnStart, Duration.FromHours(16)).Value);
    }

    [Fact]
    public void New_York_windows_in_the_gap_start_when_it_ends_and_overlaps_count_twice()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var sundays = new BusinessCalendarBuilder().InTimeZone(newYork)
            .AddWindow(IsoDayOfWeek.Sunday, new WorkingWindow(new LocalTime(2, 30), new LocalTime(4, 0)))
            .Build();

        // 8 March 2026: 02:00–03:00 does not exist, so the 02:30 window opens at 03:00 EDT (07:00Z) and has 1 hour.
        var gapEnd = Instant.FromUtc(2026, 3, 8, 7, 0);
        Assert.False(sundays.IsWorking(gapEnd - Duration.FromNanoseconds(1)).Value);
        Assert.True(sundays.IsWorking(gapEnd).Value);
        Assert.Equal(gapEnd, sundays.NextWorkingInstant(Instant.FromUtc(2026, 3, 8, 5, 0)).Value);
        Assert.Equal(Duration.FromHours(1), sundays.Elapsed(Local(2026, 3, 8, 0, 0, newYork), Local(2026, 3, 8, 12, 0, newYork)).Value);

        var nights = new BusinessCalendarBuilder().InTimeZone(newYork)
            .AddWindow(IsoDayOfWeek.Saturday, new WorkingWindow(new LocalTime(17, 30), new LocalTime(8, 30)))
            .Build();

        // Saturday night 7–8 March: 17:30–02:00 EST then 03:00–08:30 EDT = 14 h.
        Assert.Equal(Duration.FromHours(14), nights.Elapsed(Local(2026, 3, 7, 12, 0, newYork), Local(2026, 3, 8, 12, 0, newYork)).Value);

        // 1 November 2026: 01:00–02:00 happens twice, so the night 31 Oct–1 Nov has 16 h.
        Assert.Equal(Duration.FromHours(16), nights.Elapsed(Local(2026, 10, 31, 12, 0, newYork), Local(2026, 11, 1, 12, 0, newYork)).Value);
        Assert.Equal(Local(2026, 11, 1, 8, 30, newYork), nights.Add(Local(2026, 10, 31, 17, 30, newYork), Duration.FromHours(16)).Value);
    }

    [Fact]
    public void A_year_without_holiday_data_is_flagged_by_default_and_can_fail_or_be_ignored()
    {
        var monday2027 = Local(2027, 1, 4, 9, 0);
        var flagged = Office2026().Add(monday2027, Duration.FromHours(1));
        Assert.True(flagged.HasWarning);
        Assert.Equal(2027, flagged.FirstYearWithoutHolidayData);
        Assert.Contains("2027", flagged.Warning);
        Assert.Equal(Local(2027, 1, 4, 10, 0), flagged.Value);

        Assert.False(Office2026().Add(Local(2026, 6, 1, 9, 0), Duration.FromHours(1)).HasWarning);
        Assert.Null(Office2026().Add(Local(2026, 6, 1, 9, 0), Duration.FromHours(1)).Warning);
        Assert.True(Office2026().Add(Local(2026, 12, 31, 9, 0), Duration.FromHours(16)).HasWarning);

        var error = Assert.Throws<HolidayDataMissingException>(() => Office2026(MissingHolidayDataPolicy.Fail).IsWorking(monday2027));
        Assert.Equal(2027, error.Year);
        Assert.False(Office2026(MissingHolidayDataPolicy.Ignore).Add(monday2027, Duration.FromHours(1)).HasWarning);

        // A calendar given no holiday data never flags.
        Assert.False(BusinessCalendar.AlwaysOpen.Add(monday2027, Duration.FromHours(1)).HasWarning);
        Assert.Equal([2026], Office2026().YearsWithHolidayData);
    }

    [Fact]
    public void Site_overrides_replace_national_data_and_partial_days_have_their_own_windows()
    {
        var calendar = new BusinessCalendarBuilder()
            .AddWindows(Weekdays, new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 30)))
            .AddHolidayCn(File.ReadAllText(TestData("2026.json")))
            .AddMakeUpWorkingDay(new LocalDate(2026, 2, 23), IsoDayOfWeek.Monday)
            .SetDayWindows(new LocalDate(2026, 12, 31), new WorkingWindow(new LocalTime(8, 30), new LocalTime(15, 0)))
            .Build();

        Assert.True(calendar.IsWorking(Local(2026, 2, 23, 9, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 12, 31, 15, 0)).Value);
        Assert.Equal(Local(2027, 1, 1, 8, 30) + Duration.FromHours(0), calendar.NextWorkingInstant(Local(2026, 12, 31, 16, 0)).Value);
    }

    [Fact]
    public void Adding_zero_returns_the_start_and_Add_allocates_nothing()
    {
        var calendar = Office2026();
        var start = Local(2026, 2, 12, 9, 0);
        Assert.Equal(start, calendar.Add(start, Duration.Zero).Value);
        Assert.Equal(Local(2026, 2, 12, 9, 0) - Duration.FromHours(1), calendar.Add(start - Duration.FromHours(1), Duration.Zero).Value);

        calendar.Add(start, Duration.FromHours(15));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            calendar.Add(start, Duration.FromHours(15));
            calendar.Elapsed(start, start + Duration.FromDays(300));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Bad_input_gets_specific_errors()
    {
        Assert.Contains("no working windows", Assert.Throws<InvalidOperationException>(() => new BusinessCalendarBuilder().Build()).Message);
        Assert.Equal("timeZoneId", Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder().InTimeZone("Mars/Olympus")).ParamName);
        Assert.Equal("windows", Assert.Throws<ArgumentException>(() =>
            new BusinessCalendarBuilder().SetDayWindows(new LocalDate(2026, 1, 1), new WorkingWindow(new LocalTime(17, 30), new LocalTime(8, 30)))).ParamName);
        Assert.Contains("days[0]", Assert.Throws<FormatException>(() => new BusinessCalendarBuilder().AddHolidayCn("""{"year":2026,"days":[{"date":"2026-13-01","isOffDay":true}]}""")).Message);
        Assert.Contains("'year'", Assert.Throws<FormatException>(() => new BusinessCalendarBuilder().AddHolidayCn("""{"days":[]}""")).Message);
        Assert.Throws<FormatException>(() => new BusinessCalendarBuilder().AddHolidayCn("not json"));
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.AlwaysOpen.Add(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromHours(-1))).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.AlwaysOpen.Add(Instant.FromUtc(1800, 1, 1, 0, 0), Duration.Zero)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.AlwaysOpen.EndOfBusinessDay(Instant.FromUtc(2026, 1, 1, 0, 0), 0)).ParamName);
    }
}
