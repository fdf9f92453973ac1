using NodaTime;

namespace PropertyService.Sla;

/// <summary>The builder's argument checks and defaults, with the messages people read.</summary>
public partial class BusinessCalendarBuilderTests
{
    private static readonly WorkingWindow Day = new(new LocalTime(9, 0), new LocalTime(17, 0));

    [Fact]
    public void A_new_builder_is_in_Shanghai_flags_missing_data_and_lets_make_up_days_follow_Monday()
    {
        var builder = BusinessCalendar.CreateBuilder();
        Assert.Equal("Asia/Shanghai", builder.TimeZone.Id);
        Assert.Equal(MissingHolidayDataPolicy.Flag, builder.MissingHolidayData);
        Assert.Equal(IsoDayOfWeek.Monday, builder.MakeUpDaysFollow);
        Assert.Equal(OvernightWindows.StartDay, builder.OvernightWindows);
        Assert.False(builder.ObservesPublicHolidays);

        var calendar = builder.AddWindow(IsoDayOfWeek.Monday, Day).Build();
        Assert.Equal("Asia/Shanghai", calendar.TimeZone.Id);
        Assert.Equal(MissingHolidayDataPolicy.Flag, calendar.MissingHolidayData);
        Assert.Equal(Duration.FromHours(8), calendar.WeeklyWorkingTime);
        Assert.Empty(calendar.YearsWithHolidayData);
        Assert.Equal("BusinessCalendar(Asia/Shanghai, 8 h/week, 0 exception dates)", calendar.ToString());
    }

    [Fact]
    public void Make_up_days_loaded_from_holiday_cn_follow_the_chosen_day()
    {
        // 2026-02-14 is a make-up Saturday; Monday is closed, Friday works 09:00–17:00.
        var json = File.ReadAllText(BusinessCalendarTests.TestData("2026.json"));
        var builder = new BusinessCalendarBuilder().AddWindow(IsoDayOfWeek.Friday, Day).AddWindow(IsoDayOfWeek.Sunday, Day);
        Assert.False(builder.AddHolidayCn(json).Build().IsWorking(Local(2026, 2, 14, 10, 0)).Value);
        Assert.Same(builder, builder.WithMakeUpDaysFollowing(IsoDayOfWeek.Friday));
        Assert.Equal(IsoDayOfWeek.Friday, builder.MakeUpDaysFollow);
        Assert.True(builder.AddHolidayCn(json).Build().IsWorking(Local(2026, 2, 14, 10, 0)).Value);
        Assert.True(builder.WithMakeUpDaysFollowing(IsoDayOfWeek.Sunday).AddHolidayCn(json).Build().IsWorking(Local(2026, 2, 14, 10, 0)).Value);
    }

    [Fact]
    public void The_time_zone_is_chosen_by_zone_or_by_tzdb_identifier()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        Assert.Same(london, new BusinessCalendarBuilder().InTimeZone(london).TimeZone);
        Assert.Equal("America/New_York", new BusinessCalendarBuilder().InTimeZone("America/New_York").TimeZone.Id);
        Assert.Equal("timeZone", Assert.Throws<ArgumentNullException>(() => new BusinessCalendarBuilder().InTimeZone((DateTimeZone)null!)).ParamName);
        Assert.Equal("timeZoneId", Assert.Throws<ArgumentNullException>(() => new BusinessCalendarBuilder().InTimeZone((string)null!)).ParamName);
        Assert.Equal("timeZoneId", Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder().InTimeZone(" ")).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder().InTimeZone("Mars/Olympus"));
        Assert.Equal("timeZoneId 'Mars/Olympus' is not an IANA time zone identifier known to tzdb. (Parameter 'timeZoneId')", unknown.Message);
    }

    [Fact]
    public void The_missing_data_policy_must_be_defined()
    {
        Assert.Equal(MissingHolidayDataPolicy.Fail, new BusinessCalendarBuilder().WithMissingHolidayData(MissingHolidayDataPolicy.Fail).MissingHolidayData);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder().WithMissingHolidayData((MissingHolidayDataPolicy)3));
        Assert.Equal("policy", error.ParamName);
    }

    [Fact]
    public void Window_lists_must_not_be_null()
    {
        var builder = new BusinessCalendarBuilder();
        Assert.Equal("days", Assert.Throws<ArgumentNullException>(() => builder.AddWindows(null!, Day)).ParamName);
        Assert.Equal("windows", Assert.Throws<ArgumentNullException>(() => builder.AddWindows(Weekdays, null!)).ParamName);
        Assert.Equal("windows", Assert.Throws<ArgumentNullException>(() => builder.AddWindowEveryDay(null!)).ParamName);
        Assert.Equal("windows", Assert.Throws<ArgumentNullException>(() => builder.SetDayWindows(new LocalDate(2026, 1, 1), null!)).ParamName);
    }

    [Fact]
    public void Every_day_means_all_seven_days()
    {
        var calendar = new BusinessCalendarBuilder().AddWindowEveryDay(Day).Build();
        Assert.Equal(Duration.FromHours(56), calendar.WeeklyWorkingTime);
    }

    [Fact]
    public void A_day_exceptions_windows_must_end_by_its_midnight()
    {
        var date = new LocalDate(2026, 12, 31);
        var error = Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder().SetDayWindows(date, Day, Night));
        Assert.Equal("windows: 17:30–08:30 on 2026-12-31 runs past midnight; a day exception's windows must end by midnight of its date. (Parameter 'windows')", error.Message);

        var toMidnight = new BusinessCalendarBuilder().AddWindowEveryDay(Day)
            .SetDayWindows(date, new WorkingWindow(new LocalTime(20, 0), LocalTime.Midnight))
            .SetDayWindows(date.PlusDays(1))
            .Build();
        Assert.True(toMidnight.IsWorking(Local(2026, 12, 31, 23, 59)).Value);
        Assert.False(toMidnight.IsWorking(Local(2026, 12, 31, 10, 0)).Value);
        Assert.False(toMidnight.IsWorking(Local(2027, 1, 1, 10, 0)).Value);
    }

    [Fact]
    public void Declared_years_must_be_in_range()
    {
        Assert.Equal([1900, 2200], new BusinessCalendarBuilder().AddWindowEveryDay(Day).DeclareHolidayDataFor(2200).DeclareHolidayDataFor(1900).Build().YearsWithHolidayData);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder().DeclareHolidayDataFor(1899));
        Assert.Equal("year", early.ParamName);
        Assert.StartsWith("year must be between 1900 and 2200.", early.Message);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder().DeclareHolidayDataFor(2201)).ParamName);
    }

    [Fact]
    public void A_declared_year_is_not_flagged()
    {
        var calendar = new BusinessCalendarBuilder().AddWindowEveryDay(Day).DeclareHolidayDataFor(2026).Build();
        Assert.False(calendar.IsWorking(Local(2026, 6, 1, 10, 0)).HasWarning);
        var across = calendar.Add(Local(2025, 12, 30, 10, 0), Duration.FromDays(200)); // 600 days of 8 h
        Assert.Equal(2025, across.FirstYearWithoutHolidayData);
        Assert.Equal(2027, across.LastYearWithoutHolidayData);
        Assert.Equal("No holiday data for 2025–2027: holidays and make-up working days of that period were not taken into account.", across.Warning);
        Assert.EndsWith($" (warning: {across.Warning})", across.ToString());
        var one = calendar.IsWorking(Local(2027, 6, 1, 10, 0));
        Assert.Equal("No holiday data for 2027: holidays and make-up working days of that period were not taken into account.", one.Warning);
        Assert.Equal(2027, one.LastYearWithoutHolidayData);
        Assert.Equal("True", calendar.IsWorking(Local(2026, 6, 1, 10, 0)).ToString());
    }

    [Fact]
    public void Dates_outside_1900_to_2199_are_refused_when_building()
    {
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder().AddWindowEveryDay(Day).AddHoliday(new LocalDate(2200, 1, 1)).Build());
        Assert.Equal("date", late.ParamName);
        Assert.StartsWith("date 2200-01-01 is outside the supported years 1900–2199.", late.Message);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder().AddWindowEveryDay(Day).AddHoliday(new LocalDate(1899, 12, 31)).Build()).ParamName);
        var edges = new BusinessCalendarBuilder().AddWindowEveryDay(Day).AddHoliday(new LocalDate(1900, 1, 1)).AddHoliday(new LocalDate(2199, 12, 31)).Build();
        Assert.False(edges.IsWorking(Local(2199, 12, 31, 10, 0)).Value);
        Assert.True(edges.IsWorking(Local(2199, 12, 30, 10, 0)).Value);
    }

    [Fact]
    public void A_calendar_without_windows_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BusinessCalendarBuilder().AddHoliday(new LocalDate(2026, 1, 1)).Build());
        Assert.Equal("The calendar has no working windows: add at least one with AddWindow (a 24/7 calendar uses WorkingWindow.FullDay).", error.Message);
    }

    [Fact]
    public void Builder_methods_return_the_same_builder()
    {
        var builder = new BusinessCalendarBuilder();
        Assert.Same(builder, builder.AddWindow(IsoDayOfWeek.Monday, Day));
        Assert.Same(builder, builder.AddWindows(Weekdays, Day));
        Assert.Same(builder, builder.AddWindowEveryDay(Day));
        Assert.Same(builder, builder.AddHoliday(new LocalDate(2026, 1, 1)));
        Assert.Same(builder, builder.AddMakeUpWorkingDay(new LocalDate(2026, 1, 4), IsoDayOfWeek.Monday));
        Assert.Same(builder, builder.SetDayWindows(new LocalDate(2026, 1, 5), Day));
        Assert.Same(builder, builder.DeclareHolidayDataFor(2026));
        Assert.Same(builder, builder.ObservePublicHolidays());
        Assert.Same(builder, builder.WithOvernightWindows(OvernightWindows.SplitByDate));
        Assert.Same(builder, builder.WithMissingHolidayData(MissingHolidayDataPolicy.Ignore));
        Assert.Same(builder, builder.InTimeZone("UTC"));
        Assert.Same(builder, builder.InTimeZone(DateTimeZone.Utc));
        Assert.Same(builder, builder.AddChinaHolidays());
        Assert.Same(builder, builder.AddHolidayCn(File.ReadAllText(BusinessCalendarTests.TestData("2027.json"))));
    }

    [Fact]
    public void The_missing_holiday_data_exception_says_what_to_do()
    {
        var error = new HolidayDataMissingException(2027);
        Assert.Equal(2027, error.Year);
        Assert.Equal("The business calendar has no holiday data for 2027: load that year's holidays and make-up working days, or choose MissingHolidayDataPolicy.Ignore or Flag.", error.Message);
        Assert.Equal(0, new HolidayDataMissingException("custom").Year);
        Assert.Equal("custom", new HolidayDataMissingException("custom").Message);
        var inner = new FormatException();
        Assert.Same(inner, new HolidayDataMissingException("custom", inner).InnerException);
        Assert.Equal(0, new HolidayDataMissingException().Year);
    }
}
