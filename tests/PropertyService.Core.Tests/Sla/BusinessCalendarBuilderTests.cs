using System.Globalization;
using System.Text;
using NodaTime;

namespace PropertyService.Sla;

public partial class BusinessCalendarBuilderTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static readonly WorkingWindow Night = new(new LocalTime(17, 30), new LocalTime(8, 30));

    private static Instant Local(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>What a calendar answers, date by date over 2018–2028: each date's working minutes and whether it is flagged.</summary>
    internal static string Fingerprint(BusinessCalendar calendar)
    {
        var text = new StringBuilder()
            .Append(calendar.TimeZone.Id).Append(';')
            .Append(calendar.OvernightWindows).Append(';')
            .Append(calendar.MissingHolidayData).Append(';')
            .Append(calendar.ObservesPublicHolidays).Append(';')
            .AppendJoin(',', calendar.YearsWithHolidayData).Append(';');
        for (var date = new LocalDate(2018, 1, 1); date.Year <= 2028; date = date.PlusDays(1))
        {
            var start = calendar.TimeZone.AtStartOfDay(date).ToInstant();
            var elapsed = calendar.Elapsed(start, calendar.TimeZone.AtStartOfDay(date.PlusDays(1)).ToInstant());
            text.Append(CultureInfo.InvariantCulture, $"{elapsed.Value.TotalMinutes}{(elapsed.HasWarning ? "!" : string.Empty)} ");
        }

        return text.ToString();
    }

    private static BusinessCalendarBuilder Office() =>
        new BusinessCalendarBuilder()
            .AddWindows(Weekdays, new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 30)))
            .AddHolidayCn(File.ReadAllText(BusinessCalendarTests.TestData("2026.json")));

    /// <summary>Three good 2025 days (two weekday holidays and a make-up Sunday) and a fourth entry.</summary>
    private static string Year2025With(string fourth, string year = "2025") =>
        $$"""
        {"year": {{year}}, "days": [
          {"name": "元旦", "date": "2025-01-01", "isOffDay": true},
          {"name": "春节", "date": "2025-01-26", "isOffDay": false},
          {"name": "春节", "date": "2025-01-28", "isOffDay": true},
          {{fourth}}
        ]}
        """;

    public static TheoryData<string, string> BadHolidayCn => new()
    {
        { "[]", "The holiday data must be a JSON object with 'year' and 'days'." },
        { """{"days": []}""", "The holiday data lacks the field 'year'." },
        { """{"year": "2025", "days": []}""", "year must be a whole number, but is a string." },
        { """{"year": 2025.5, "days": []}""", "year must be a whole number, but is 2025.5." },
        { """{"year": {}, "days": []}""", "year must be a whole number, but is an object." },
        { """{"year": [2025], "days": []}""", "year must be a whole number, but is an array." },
        { """{"year": true, "days": []}""", "year must be a whole number, but is a boolean." },
        { """{"year": null, "days": []}""", "year must be a whole number, but is null." },
        { """{"year": 1899, "days": []}""", "year 1899 is outside the supported years 1900–2199." },
        { """{"year": 1900, "days": [{"date": "1899-12-31", "isOffDay": true}, {"date": "1900-01-01", "isOffDay": true}]}""", "days[0].date 1899-12-31 is outside the supported years 1900–2199." },
        { Year2025With("""{"date": "2027-01-01", "isOffDay": true}"""), "days[3].date 2027-01-01 is not in year 2025 or a neighbouring year: the file's year does not match its dates." },
        { Year2025With("""{"date": "2023-12-31", "isOffDay": true}"""), "days[3].date 2023-12-31 is not in year 2025 or a neighbouring year: the file's year does not match its dates." },
        { """{"year": 1800, "days": []}""", "year 1800 is outside the supported years 1900–2199." },
        { """{"year": 2200, "days": []}""", "year 2200 is outside the supported years 1900–2199." },
        { """{"year": 2025}""", "The holiday data lacks the array field 'days'." },
        { """{"year": 2025, "days": {}}""", "The holiday data lacks the array field 'days'." },
        { Year2025With("5"), "days[3] must be an object with 'date' and 'isOffDay'." },
        { Year2025With("""{"name": "x", "isOffDay": true}"""), "days[3].date must be a string holding an ISO date (yyyy-MM-dd)." },
        { Year2025With("""{"date": 20250501, "isOffDay": true}"""), "days[3].date must be a string holding an ISO date (yyyy-MM-dd)." },
        { Year2025With("""{"date": "2025-02-30", "isOffDay": true}"""), "days[3].date '2025-02-30' is not an ISO date (yyyy-MM-dd)." },
        { Year2025With("""{"date": "2025-05-01"}"""), "days[3].isOffDay must be true or false." },
        { Year2025With("""{"date": "2025-05-01", "isOffDay": "yes"}"""), "days[3].isOffDay must be true or false." },
        { Year2025With("""{"date": "2030-05-01", "isOffDay": true}"""), "days[3].date 2030-05-01 is not in year 2025 or a neighbouring year: the file's year does not match its dates." },
        { Year2025With("""{"date": "2025-01-28", "isOffDay": false}"""), "days[3].date 2025-01-28 is listed both as a day off and as a make-up working day (days[2])." },
        { Year2025With("""{"date": "2025-05-01", "isOffDay": true}""", "2023"), "days[0].date 2025-01-01 is not in year 2023 or a neighbouring year: the file's year does not match its dates." },
        { """{"year": 2025, "days": [{"date": "2024-12-31", "isOffDay": true}]}""", "year 2025 is the date of none of the entries of days: the file's year does not match its dates." },
    };

    [Theory]
    [MemberData(nameof(BadHolidayCn))]
    public void Bad_holiday_cn_data_is_refused_with_the_field_at_fault_and_changes_nothing(string json, string message)
    {
        var builder = Office();
        var before = Fingerprint(builder.Build());

        var error = Assert.Throws<FormatException>(() => builder.AddHolidayCn(json));
        Assert.Equal(message, error.Message);
        Assert.Equal(before, Fingerprint(builder.Build()));

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(message, Assert.Throws<FormatException>(() => builder.AddHolidayCn(stream)).Message);
        Assert.Equal(before, Fingerprint(builder.Build()));
    }

    [Fact]
    public void Text_that_is_not_JSON_is_refused_and_changes_nothing()
    {
        var builder = Office();
        var before = Fingerprint(builder.Build());
        var error = Assert.Throws<FormatException>(() => builder.AddHolidayCn(Year2025With("{").Replace("]}", string.Empty, StringComparison.Ordinal)));
        Assert.StartsWith("The holiday data is not valid JSON: ", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("not json"));
        Assert.StartsWith("The holiday data is not valid JSON: ", Assert.Throws<FormatException>(() => builder.AddHolidayCn(stream)).Message);
        Assert.Equal(before, Fingerprint(builder.Build()));
    }

    [Fact]
    public void The_good_entries_of_the_bad_cases_do_change_the_calendar()
    {
        // So that "nothing changed" above is a real check: the first three days alone change the answers.
        var builder = Office();
        var before = Fingerprint(builder.Build());
        builder.AddHolidayCn(Year2025With("""{"date": "2025-05-01", "isOffDay": true}"""));
        var calendar = builder.Build();
        Assert.NotEqual(before, Fingerprint(calendar));
        Assert.False(calendar.IsWorking(Local(2025, 1, 1, 10, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2025, 1, 26, 10, 0)).Value);
        Assert.Equal([2025, 2026], calendar.YearsWithHolidayData);
    }

    [Fact]
    public void A_file_may_list_days_of_the_neighbouring_years_and_repeat_a_day()
    {
        var calendar = new BusinessCalendarBuilder().AddWindows(Weekdays, new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 30)))
            .AddHolidayCn("""{"year": 2025, "days": [{"date": "2024-12-30", "isOffDay": true}, {"date": "2025-01-01", "isOffDay": true}, {"date": "2026-01-02", "isOffDay": true}, {"date": "2025-01-01", "isOffDay": true}]}""")
            .AddHolidayCn("""{"year": 1900, "days": [{"date": "1900-01-01", "isOffDay": true}]}""")
            .AddHolidayCn("""{"year": 2199, "days": [{"date": "2199-01-01", "isOffDay": true}]}""")
            .Build();
        Assert.Equal([1900, 2025, 2199], calendar.YearsWithHolidayData);
        Assert.False(calendar.IsWorking(Local(2024, 12, 30, 10, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 1, 2, 10, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2025, 1, 1, 10, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2025, 1, 2, 10, 0)).Value);
    }

    [Fact]
    public void Null_holiday_data_is_refused()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => new BusinessCalendarBuilder().AddHolidayCn((string)null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => new BusinessCalendarBuilder().AddHolidayCn((Stream)null!)).ParamName);
    }

    [Fact]
    public void The_package_ships_China_holidays_2019_to_2027_loadable_in_one_call()
    {
        var calendar = new BusinessCalendarBuilder()
            .AddWindows(Weekdays, new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 30)))
            .AddChinaHolidays()
            .Build();

        // 2027's notice is not published yet: its file is empty, so 2027 has no data.
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], calendar.YearsWithHolidayData);
        Assert.True(calendar.ObservesPublicHolidays);
        for (var year = 2019; year <= 2026; year++)
        {
            var nationalDay = calendar.IsWorking(Local(year, 10, 1, 10, 0));
            Assert.False(nationalDay.Value);
            Assert.False(nationalDay.HasWarning);
        }

        Assert.True(calendar.IsWorking(Local(2018, 12, 29, 10, 0)).Value); // a make-up Saturday listed in 2019's file
        Assert.False(calendar.IsWorking(Local(2020, 1, 31, 10, 0)).Value); // 2020's amended Spring Festival
        Assert.True(calendar.IsWorking(Local(2026, 2, 14, 10, 0)).Value);
        Assert.Equal(2027, calendar.IsWorking(Local(2027, 3, 1, 10, 0)).FirstYearWithoutHolidayData);
        Assert.Equal(2018, calendar.IsWorking(Local(2018, 3, 1, 10, 0)).FirstYearWithoutHolidayData);
        Assert.Equal(ChinaHolidayFiles(), Enumerable.Range(2019, 9).Select(y => $"{y}.json"));
    }

    private static IEnumerable<string> ChinaHolidayFiles() =>
        typeof(BusinessCalendar).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("PropertyService.Sla.HolidayData.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n["PropertyService.Sla.HolidayData.".Length..])
            .Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("2025.json")]
    [InlineData("2026.json")]
    [InlineData("2027.json")]
    public void The_shipped_data_is_the_published_data(string file)
    {
        using var shipped = typeof(BusinessCalendar).Assembly.GetManifestResourceStream("PropertyService.Sla.HolidayData." + file)!;
        using var reader = new StreamReader(shipped);
        Assert.Equal(File.ReadAllText(BusinessCalendarTests.TestData(file)), reader.ReadToEnd());
    }

    [Fact]
    public void The_shipped_data_carries_its_licence()
    {
        using var notice = typeof(BusinessCalendar).Assembly.GetManifestResourceStream("PropertyService.Sla.HolidayData.LICENSE")!;
        var text = new StreamReader(notice).ReadToEnd();
        Assert.Contains("MIT License", text);
        Assert.Contains("Copyright (c) 2019 NateScarlet", text);
    }

    [Fact]
    public void A_calendar_that_observes_holidays_is_flagged_for_years_without_data_even_when_none_was_loaded()
    {
        var emptyYear = File.ReadAllText(BusinessCalendarTests.TestData("2027.json"));
        var loadedNothing = new BusinessCalendarBuilder().AddWindowEveryDay(WorkingWindow.FullDay).AddHolidayCn(emptyYear).Build();
        Assert.True(loadedNothing.ObservesPublicHolidays);
        Assert.Empty(loadedNothing.YearsWithHolidayData);
        var answer = loadedNothing.Add(Local(2027, 6, 1, 10, 0), Duration.FromHours(1));
        Assert.True(answer.HasWarning);
        Assert.Equal(2027, answer.FirstYearWithoutHolidayData);
        Assert.Equal(2026, loadedNothing.IsWorking(Local(2026, 6, 1, 10, 0)).FirstYearWithoutHolidayData);

        var declared = new BusinessCalendarBuilder().AddWindowEveryDay(WorkingWindow.FullDay).ObservePublicHolidays();
        Assert.True(declared.ObservesPublicHolidays);
        Assert.True(declared.Build().IsWorking(Local(2026, 6, 1, 10, 0)).HasWarning);
        Assert.Equal(2026, Assert.Throws<HolidayDataMissingException>(() =>
            declared.WithMissingHolidayData(MissingHolidayDataPolicy.Fail).Build().IsWorking(Local(2026, 6, 1, 10, 0))).Year);
        Assert.False(declared.WithMissingHolidayData(MissingHolidayDataPolicy.Ignore).Build().IsWorking(Local(2026, 6, 1, 10, 0)).HasWarning);

        var notObserving = new BusinessCalendarBuilder().AddWindowEveryDay(WorkingWindow.FullDay);
        Assert.False(notObserving.ObservesPublicHolidays);
        Assert.False(notObserving.Build().ObservesPublicHolidays);
        Assert.False(notObserving.Build().IsWorking(Local(2026, 6, 1, 10, 0)).HasWarning);
        Assert.True(notObserving.DeclareHolidayDataFor(2025).ObservesPublicHolidays);
    }

    [Fact]
    public void By_default_a_night_shift_belongs_to_the_day_it_starts_as_a_roster_reads()
    {
        // Monday 2 March 2026; Tuesday 3 March is a holiday.
        var builder = new BusinessCalendarBuilder().AddWindowEveryDay(Night).AddHoliday(new LocalDate(2026, 3, 3));
        Assert.Equal(OvernightWindows.StartDay, builder.OvernightWindows);
        var calendar = builder.Build();
        Assert.Equal(OvernightWindows.StartDay, calendar.OvernightWindows);

        Assert.True(calendar.IsWorking(Local(2026, 3, 3, 2, 0)).Value);   // Monday's night shift runs until Tuesday 08:30
        Assert.False(calendar.IsWorking(Local(2026, 3, 3, 8, 30)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 3, 20, 0)).Value); // no Tuesday night shift
        Assert.False(calendar.IsWorking(Local(2026, 3, 4, 2, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2026, 3, 4, 17, 30)).Value);
        Assert.Equal(Local(2026, 3, 4, 17, 30), calendar.NextWorkingInstant(Local(2026, 3, 3, 8, 30)).Value);
        Assert.Equal(Duration.FromHours(15), calendar.Elapsed(Local(2026, 3, 3, 0, 0), Local(2026, 3, 5, 0, 0)).Value); // 8.5 h on Tuesday morning, 6.5 h on Wednesday night

        // Monday's business day ends when its shift does, on Tuesday morning; the next is Wednesday's, ending Thursday 08:30.
        Assert.Equal(Local(2026, 3, 3, 8, 30), calendar.EndOfBusinessDay(Local(2026, 3, 1, 12, 0), 1).Value);
        Assert.Equal(Local(2026, 3, 5, 8, 30), calendar.EndOfBusinessDay(Local(2026, 3, 1, 12, 0), 2).Value);
    }

    [Fact]
    public void Split_by_date_gives_each_part_of_a_night_shift_to_its_own_date()
    {
        var builder = new BusinessCalendarBuilder().AddWindowEveryDay(Night).AddHoliday(new LocalDate(2026, 3, 3))
            .WithOvernightWindows(OvernightWindows.SplitByDate);
        Assert.Equal(OvernightWindows.SplitByDate, builder.OvernightWindows);
        var calendar = builder.Build();
        Assert.Equal(OvernightWindows.SplitByDate, calendar.OvernightWindows);

        Assert.False(calendar.IsWorking(Local(2026, 3, 3, 2, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 3, 20, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2026, 3, 4, 2, 0)).Value);

        // Monday's date ends at midnight; Tuesday has no working time; Wednesday's date starts with Tuesday night's tail.
        Assert.Equal(Local(2026, 3, 3, 0, 0), calendar.EndOfBusinessDay(Local(2026, 3, 1, 12, 0), 1).Value);
        Assert.Equal(Local(2026, 3, 5, 0, 0), calendar.EndOfBusinessDay(Local(2026, 3, 1, 12, 0), 2).Value);
    }

    [Fact]
    public void A_make_up_day_and_a_partial_day_keep_the_previous_nights_shift_by_default()
    {
        var calendar = new BusinessCalendarBuilder()
            .AddWindows(Weekdays, Night)
            .AddMakeUpWorkingDay(new LocalDate(2026, 3, 8), IsoDayOfWeek.Monday)                                     // a Sunday
            .SetDayWindows(new LocalDate(2026, 3, 10), new WorkingWindow(new LocalTime(9, 0), new LocalTime(12, 0))) // a Tuesday
            .Build();

        // Friday's shift runs into Saturday; the make-up Sunday works Monday's night shift into Monday morning.
        Assert.True(calendar.IsWorking(Local(2026, 3, 7, 8, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 8, 2, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2026, 3, 8, 20, 0)).Value);
        Assert.True(calendar.IsWorking(Local(2026, 3, 9, 2, 0)).Value);

        // Tuesday's own hours are 09:00–12:00; Monday's shift still runs until 08:30.
        Assert.True(calendar.IsWorking(Local(2026, 3, 10, 8, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 10, 8, 45)).Value);
        Assert.True(calendar.IsWorking(Local(2026, 3, 10, 11, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 10, 20, 0)).Value);
        Assert.False(calendar.IsWorking(Local(2026, 3, 11, 2, 0)).Value);
    }

    [Fact]
    public void An_undefined_overnight_ownership_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessCalendarBuilder().WithOvernightWindows((OvernightWindows)7));
        Assert.Equal("ownership", error.ParamName);
        Assert.StartsWith("ownership has the undefined value 7 for OvernightWindows.", error.Message);
    }

    [Fact]
    public void Days_of_the_week_must_be_Monday_to_Sunday()
    {
        var builder = new BusinessCalendarBuilder();
        var window = new WorkingWindow(new LocalTime(9, 0), new LocalTime(17, 0));
        Assert.StartsWith("day must be Monday to Sunday.", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddWindow(IsoDayOfWeek.None, window)).Message);
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddWindow((IsoDayOfWeek)8, window)).ParamName);
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithMakeUpDaysFollowing(IsoDayOfWeek.None)).ParamName);
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithMakeUpDaysFollowing((IsoDayOfWeek)8)).ParamName);
        Assert.StartsWith("followsScheduleOf must be Monday to Sunday.", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddMakeUpWorkingDay(new LocalDate(2026, 1, 4), IsoDayOfWeek.None)).Message);
        Assert.Equal("followsScheduleOf", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddMakeUpWorkingDay(new LocalDate(2026, 1, 4), (IsoDayOfWeek)8)).ParamName);
        builder.AddWindow(IsoDayOfWeek.Sunday, window).AddWindow(IsoDayOfWeek.Monday, window);
        Assert.True(builder.Build().IsWorking(Local(2026, 3, 1, 10, 0)).Value);
    }
}
