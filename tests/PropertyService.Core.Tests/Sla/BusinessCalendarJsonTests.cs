using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PropertyService.Sla;

public partial class BusinessCalendarJsonTests
{
    private static readonly LocalDate FirstDate = new(2026, 1, 1);
    private static readonly string[] Zones = ["Asia/Shanghai", "Europe/London", "America/New_York", "UTC"];

    private static BusinessCalendarFormatException LoadFails(string json) =>
        Assert.Throws<BusinessCalendarFormatException>(() => BusinessCalendarJson.Parse(json));

    private static Instant Shanghai(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    private static WorkingWindow Window(int startHour, int startMinute, int endHour, int endMinute) =>
        new(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));

    [Fact]
    public void Sample_calendar_in_the_console_sample_is_office_hours_in_Shanghai_with_public_holidays()
    {
        var calendar = BusinessCalendarJson.LoadFile(Repository.Root + "/samples/PropertyService.Samples.Console/calendar-office-hours.json");

        Assert.Equal("Asia/Shanghai", calendar.TimeZone.Id);
        Assert.Equal(Duration.FromMinutes(5 * 450), calendar.WeeklyWorkingTime);
        Assert.True(calendar.ObservesPublicHolidays);
        Assert.Equal(MissingHolidayDataPolicy.Flag, calendar.MissingHolidayData);
        Assert.Equal(Enumerable.Range(2019, 8), calendar.YearsWithHolidayData);
        Assert.True(calendar.IsWorking(Shanghai(2026, 3, 2, 8, 30)).Value);
        Assert.False(calendar.IsWorking(Shanghai(2026, 3, 2, 12, 0)).Value);
        Assert.True(calendar.IsWorking(Shanghai(2026, 3, 2, 13, 30)).Value);
        Assert.False(calendar.IsWorking(Shanghai(2026, 3, 2, 17, 30)).Value);
        Assert.False(calendar.IsWorking(Shanghai(2026, 3, 7, 10, 0)).Value);
        Assert.Equal(BusinessDayKind.Holiday, calendar.DayKind(new LocalDate(2026, 10, 1)).Value);
        Assert.Equal(BusinessDayKind.MakeUpWorkday, calendar.DayKind(new LocalDate(2026, 2, 14)).Value);
        Assert.True(calendar.IsWorking(Shanghai(2026, 2, 14, 9, 0)).Value);
        Assert.True(calendar.DayKind(new LocalDate(2027, 3, 1)).HasWarning);
    }

    [Fact]
    public void Loads_every_field_of_the_documented_format()
    {
        var calendar = BusinessCalendarJson.Parse("""
            {
              "timeZone": "Europe/London",
              "week": {
                "Monday": [["08:30", "12:00"], ["13:30", "17:30"]],
                "Tuesday": [["08:30", "17:30"]],
                "Wednesday": [],
                "Saturday": [["17:30", "08:30"]],
                "Sunday": "FullDay",
              },
              "overnightWindows": "SplitByDate",
              "publicHolidays": "China",
              "makeUpDaysFollow": "Tuesday",
              "holidayDataYears": [2027],
              "missingHolidayData": "Fail",
              "holidays": ["2026-05-06"],
              "makeUpWorkingDays": { "2026-05-16": "Monday" },
              "dayExceptions": { "2026-12-31": [["08:30", "15:00"]], "2026-12-28": [], "2026-12-29": "FullDay", "2026-12-30": [["20:00", "24:00"]] },
            }
            """);

        var expected = new BusinessCalendarBuilder()
            .InTimeZone("Europe/London")
            .WithOvernightWindows(OvernightWindows.SplitByDate)
            .AddWindow(IsoDayOfWeek.Monday, Window(8, 30, 12, 0))
            .AddWindow(IsoDayOfWeek.Monday, Window(13, 30, 17, 30))
            .AddWindow(IsoDayOfWeek.Tuesday, Window(8, 30, 17, 30))
            .AddWindow(IsoDayOfWeek.Saturday, Window(17, 30, 8, 30))
            .AddWindow(IsoDayOfWeek.Sunday, WorkingWindow.FullDay)
            .WithMakeUpDaysFollowing(IsoDayOfWeek.Tuesday)
            .AddChinaHolidays()
            .DeclareHolidayDataFor(2027)
            .WithMissingHolidayData(MissingHolidayDataPolicy.Fail)
            .AddHoliday(new LocalDate(2026, 5, 6))
            .AddMakeUpWorkingDay(new LocalDate(2026, 5, 16), IsoDayOfWeek.Monday)
            .SetDayWindows(new LocalDate(2026, 12, 31), Window(8, 30, 15, 0))
            .SetDayWindows(new LocalDate(2026, 12, 28))
            .SetDayWindows(new LocalDate(2026, 12, 29), WorkingWindow.FullDay)
            .SetDayWindows(new LocalDate(2026, 12, 30), Window(20, 0, 0, 0))
            .Build();

        Assert.Equal("", Differences(expected, calendar, new LocalDate(2026, 1, 1), 715)); // not into 2028, which has no data
        Assert.Equal(OvernightWindows.SplitByDate, calendar.OvernightWindows);
        Assert.Equal(MissingHolidayDataPolicy.Fail, calendar.MissingHolidayData);
        Assert.Equal(Enumerable.Range(2019, 9), calendar.YearsWithHolidayData);
        Assert.Equal(BusinessDayKind.Holiday, calendar.DayKind(new LocalDate(2026, 5, 6)).Value);
        Assert.Equal(BusinessDayKind.MakeUpWorkday, calendar.DayKind(new LocalDate(2026, 5, 16)).Value);
        Assert.Equal(Duration.FromHours(9), calendar.Elapsed(Instant.FromUtc(2026, 5, 8, 23, 0), Instant.FromUtc(2026, 5, 9, 23, 0)).Value); // China's make-up Saturday follows Tuesday
        Assert.Equal(Duration.FromMinutes(390), calendar.Elapsed(Instant.FromUtc(2026, 12, 31, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0)).Value);
        Assert.Throws<HolidayDataMissingException>(() => calendar.DayKind(new LocalDate(2028, 1, 3)));
    }

    [Fact]
    public void Day_names_and_named_values_are_matched_ignoring_case()
    {
        var calendar = BusinessCalendarJson.Parse("""
            {
              "timeZone": "UTC",
              "week": { "monday": [["09:00", "17:00"]], "SUNDAY": "fullday" },
              "overnightWindows": "splitbydate",
              "publicHolidays": "listed",
              "missingHolidayData": "IGNORE",
              "makeUpWorkingDays": { "2026-01-03": "mOnDaY" }
            }
            """);

        Assert.Equal(Duration.FromHours(32), calendar.WeeklyWorkingTime);
        Assert.Equal((OvernightWindows.SplitByDate, true, MissingHolidayDataPolicy.Ignore), (calendar.OvernightWindows, calendar.ObservesPublicHolidays, calendar.MissingHolidayData));
        Assert.Equal(BusinessDayKind.MakeUpWorkday, calendar.DayKind(new LocalDate(2026, 1, 3)).Value);
        Assert.Equal(Duration.FromHours(8), calendar.Elapsed(Instant.FromUtc(2026, 1, 3, 0, 0), Instant.FromUtc(2026, 1, 4, 0, 0)).Value);
    }

    [Theory]
    [InlineData("\"FullDay\"")]
    [InlineData("[[\"00:00\", \"00:00\"]]")]
    [InlineData("[[\"00:00\", \"24:00\"]]")]
    [InlineData("[[\"00:00\", \"12:00\"], [\"12:00\", \"24:00\"]]")]
    public void Every_way_of_writing_a_full_day_every_day_is_plain_instant_arithmetic(string day)
    {
        var week = string.Join(", ", Enum.GetNames<IsoDayOfWeek>().Skip(1).Select(d => $"\"{d}\": {day}"));
        var calendar = BusinessCalendarJson.Parse($$"""{ "timeZone": "Asia/Shanghai", "week": { {{week}} } }""");

        Assert.Equal(Duration.FromDays(7), calendar.WeeklyWorkingTime);
        var start = Instant.FromUtc(2026, 3, 2, 2, 17);
        Assert.Equal(start + Duration.FromHours(100), calendar.Add(start, Duration.FromHours(100)).Value);
        Assert.Equal("", Differences(BusinessCalendar.AlwaysOpen, calendar, FirstDate, 60));
    }

    [Fact]
    public void A_window_that_ends_at_or_before_its_start_runs_overnight()
    {
        var calendar = BusinessCalendarJson.Parse("""{ "timeZone": "Asia/Shanghai", "week": { "Friday": [["17:30", "08:30"]], "Saturday": [["22:00", "24:00"]] } }""");

        Assert.Equal(Duration.FromHours(17), calendar.WeeklyWorkingTime);
        Assert.True(calendar.IsWorking(Shanghai(2026, 3, 7, 8, 0)).Value); // Saturday morning, Friday's night
        Assert.False(calendar.IsWorking(Shanghai(2026, 3, 7, 8, 30)).Value);
        Assert.True(calendar.IsWorking(Shanghai(2026, 3, 7, 23, 59)).Value);
        Assert.False(calendar.IsWorking(Shanghai(2026, 3, 8, 0, 0)).Value);
    }

    [Fact]
    public void Without_public_holidays_the_calendar_observes_none_and_with_listed_ones_flags_years_it_lacks()
    {
        const string week = """ "week": { "Monday": [["09:00", "17:00"]] } """;
        var none = BusinessCalendarJson.Parse($$"""{ "timeZone": "UTC", {{week}}, "publicHolidays": "None", "holidays": ["2026-01-05"] }""");
        var plain = BusinessCalendarJson.Parse($$"""{ "timeZone": "UTC", {{week}} }""");
        var listed = BusinessCalendarJson.Parse($$"""{ "timeZone": "UTC", {{week}}, "publicHolidays": "Listed", "holidays": ["2026-01-05"], "holidayDataYears": [2026, 2025] }""");

        Assert.False(none.ObservesPublicHolidays);
        Assert.False(plain.ObservesPublicHolidays);
        Assert.Equal(BusinessDayKind.Holiday, none.DayKind(new LocalDate(2026, 1, 5)).Value);
        Assert.False(none.DayKind(new LocalDate(2027, 1, 4)).HasWarning);
        Assert.True(listed.ObservesPublicHolidays);
        Assert.Equal([2025, 2026], listed.YearsWithHolidayData);
        Assert.Equal(BusinessDayKind.Holiday, listed.DayKind(new LocalDate(2026, 1, 5)).Value);
        Assert.False(listed.DayKind(new LocalDate(2026, 1, 12)).HasWarning);
        Assert.True(listed.DayKind(new LocalDate(2027, 1, 4)).HasWarning);
        Assert.Equal(MissingHolidayDataPolicy.Flag, listed.MissingHolidayData);
        Assert.Equal(OvernightWindows.StartDay, plain.OvernightWindows);
    }

    [Fact]
    public void The_sites_own_dates_replace_the_shipped_public_holidays()
    {
        const string json = """
            { "timeZone": "Asia/Shanghai", "week": { "Monday": [["09:00", "17:00"]], "Thursday": [["09:00", "17:00"]], "Saturday": [["09:00", "12:00"]] },
              "publicHolidays": "China", "makeUpWorkingDays": { "2026-10-01": "Thursday" }, "holidays": ["2026-02-14"], "dayExceptions": { "2026-10-02": [["10:00", "11:00"]] } }
            """;
        var calendar = BusinessCalendarJson.Parse(json);

        Assert.Equal(BusinessDayKind.MakeUpWorkday, calendar.DayKind(new LocalDate(2026, 10, 1)).Value); // National Day, worked here
        Assert.Equal(BusinessDayKind.Holiday, calendar.DayKind(new LocalDate(2026, 2, 14)).Value);      // a national make-up Saturday, off here
        Assert.Equal(Duration.FromHours(1), calendar.Elapsed(Shanghai(2026, 10, 2, 0, 0), Shanghai(2026, 10, 3, 0, 0)).Value);
        Assert.Equal(BusinessDayKind.Holiday, calendar.DayKind(new LocalDate(2026, 10, 5)).Value);
    }

    [Fact]
    public void Parse_Load_and_LoadFile_read_the_same_calendar_and_ignore_a_byte_order_mark()
    {
        const string json = """{ "timeZone": "Asia/Shanghai", "week": { "Monday": [["09:00", "17:00"]] }, /* comment */ }""";
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(json)]);
            using var stream = new MemoryStream(File.ReadAllBytes(path));
            BusinessCalendar[] calendars =
            [
                BusinessCalendarJson.Parse(json),
                BusinessCalendarJson.Parse("\uFEFF" + json),
                BusinessCalendarJson.Load(stream),
                BusinessCalendarJson.LoadFile(path),
            ];

            Assert.All(calendars, c => Assert.Equal(Duration.FromHours(8), c.WeeklyWorkingTime));
            Assert.True(stream.CanRead);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Null_arguments_and_missing_files_are_not_format_errors()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Parse(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.Load(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => BusinessCalendarJson.LoadFile(null!)).ParamName);
        Assert.ThrowsAny<IOException>(() => BusinessCalendarJson.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json")));
    }

    /// <summary>
    /// A calendar file and the builder calls it stands for, from a seed (the seed shrinks; the file is printed on
    /// failure): windows at any minute, some across midnight, ends at midnight written either way; holidays,
    /// make-up working days and day exceptions; either owner of overnight windows; zones with and without DST.
    /// </summary>
    private static (string Json, CalendarSpec Spec) FileFrom(int seed)
    {
        var random = new Random(seed);
        var spec = new CalendarSpec(Zones[random.Next(Zones.Length)]) { Overnight = random.Next(2) == 0 ? OvernightWindows.StartDay : OvernightWindows.SplitByDate };
        for (int i = 0, n = random.Next(1, 7); i < n; i++)
        {
            spec.With((IsoDayOfWeek)random.Next(1, 8), random.Next(24 * 60), random.Next(1, 24 * 60 + 1));
        }

        for (int i = 0, n = random.Next(6); i < n; i++)
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

        for (int i = 0, n = random.Next(4); i < n; i++)
        {
            var date = FirstDate.PlusDays(random.Next(180));
            if (!spec.Holidays.ContainsKey(date) && !spec.MakeUpDays.ContainsKey(date))
            {
                var windows = new List<WorkingWindow>();
                for (int j = 0, m = random.Next(3); j < m; j++)
                {
                    var start = random.Next(24 * 60);
                    var end = Math.Min(start + random.Next(1, 12 * 60), 24 * 60);
                    windows.Add(new WorkingWindow(LocalTime.Midnight.PlusMinutes(start), LocalTime.Midnight.PlusMinutes(end)));
                }

                spec.DayWindows[date] = [.. windows];
            }
        }

        string Time(LocalTime time, bool isEnd) =>
            isEnd && time == LocalTime.Midnight && random.Next(2) == 0 ? "24:00" : time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        JsonArray Windows(IEnumerable<WorkingWindow> windows) =>
            [.. windows.Select(w => new JsonArray(Time(w.Start, false), Time(w.End, true)))];

        var week = new JsonObject();
        foreach (var group in spec.Windows.GroupBy(w => w.Day))
        {
            week[group.Key.ToString()] = Windows(group.Select(w => w.Window));
        }

        var file = new JsonObject
        {
            ["timeZone"] = spec.Zone.Id,
            ["week"] = week,
            ["overnightWindows"] = spec.Overnight.ToString(),
            ["holidays"] = new JsonArray([.. spec.Holidays.Keys.Select(d => JsonValue.Create(d.ToString("yyyy-MM-dd", null)))]),
            ["makeUpWorkingDays"] = new JsonObject(spec.MakeUpDays.Select(p => KeyValuePair.Create(p.Key.ToString("yyyy-MM-dd", null), (JsonNode?)p.Value.ToString()))),
            ["dayExceptions"] = new JsonObject(spec.DayWindows.Select(p => KeyValuePair.Create(p.Key.ToString("yyyy-MM-dd", null), (JsonNode?)Windows(p.Value)))),
        };

        return (file.ToJsonString(), spec);
    }

    /// <summary>Where two calendars answer differently, day by day and at instants through the days; empty when they agree.</summary>
    private static string Differences(BusinessCalendar expected, BusinessCalendar actual, LocalDate from, int days)
    {
        var problems = new List<string>();
        if (expected.TimeZone.Id != actual.TimeZone.Id || expected.OvernightWindows != actual.OvernightWindows
            || expected.ObservesPublicHolidays != actual.ObservesPublicHolidays || expected.MissingHolidayData != actual.MissingHolidayData
            || !expected.YearsWithHolidayData.SequenceEqual(actual.YearsWithHolidayData) || expected.WeeklyWorkingTime != actual.WeeklyWorkingTime)
        {
            problems.Add("settings differ");
        }

        var zone = actual.TimeZone;
        for (var i = 0; i < days && problems.Count < 5; i++)
        {
            var date = from.PlusDays(i);
            var start = date.AtStartOfDayInZone(zone).ToInstant();
            var end = date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
            if (expected.DayKind(date).Value != actual.DayKind(date).Value)
            {
                problems.Add($"{date:yyyy-MM-dd}: day kind {expected.DayKind(date).Value} ≠ {actual.DayKind(date).Value}");
            }

            if (expected.Elapsed(start, end).Value != actual.Elapsed(start, end).Value)
            {
                problems.Add($"{date:yyyy-MM-dd}: working time {expected.Elapsed(start, end).Value} ≠ {actual.Elapsed(start, end).Value}");
            }

            for (var minute = 7; minute < 24 * 60; minute += 53)
            {
                var at = start + Duration.FromMinutes(minute);
                if (expected.IsWorking(at).Value != actual.IsWorking(at).Value
                    || expected.Add(at, Duration.FromMinutes(minute)).Value != actual.Add(at, Duration.FromMinutes(minute)).Value)
                {
                    problems.Add($"{at}: working or added time differs");
                    break;
                }
            }

            if (expected.EndOfBusinessDay(start, 1 + (i % 3)).Value != actual.EndOfBusinessDay(start, 1 + (i % 3)).Value)
            {
                problems.Add($"{date:yyyy-MM-dd}: end of business day differs");
            }
        }

        return string.Join("; ", problems);
    }

    [Property(MaxTest = 100)]
    public Property A_calendar_file_gives_the_same_calendar_as_the_builder_calls_it_stands_for() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (json, spec) = FileFrom(seed);
            var differences = Differences(spec.Build(), BusinessCalendarJson.Parse(json), FirstDate, 190);
            return (differences == "").Label($"{json}: {differences}");
        });

    /// <summary>Windows within one day that neither overlap nor touch: sorted distinct minutes taken in pairs.</summary>
    private static readonly Gen<(IsoDayOfWeek Day, int Start, int End)[]> SeparateWindows =
        from days in Gen.ArrayOf(
            from count in Gen.Choose(0, 4)
            from minutes in Gen.ArrayOf(Gen.Choose(0, 24 * 60), 2 * count)
            select minutes.Distinct().Order().ToArray(),
            7)
        select days
            .SelectMany((cuts, i) => Enumerable.Range(0, cuts.Length / 2).Select(j => ((IsoDayOfWeek)(i + 1), cuts[2 * j], cuts[(2 * j) + 1])))
            .Where(w => w.Item2 < w.Item3 && (w.Item3 - w.Item2) < 24 * 60)
            .ToArray();

    [Property(MaxTest = 200)]
    public Property Each_day_works_exactly_the_sum_of_its_windows() =>
        Prop.ForAll(SeparateWindows.Where(w => w.Length > 0).ToArbitrary(), windows =>
        {
            static string Hhmm(int minute) => minute == 24 * 60 ? "24:00" : $"{minute / 60:00}:{minute % 60:00}";
            var week = string.Join(", ", windows.GroupBy(w => w.Day).Select(g =>
                $"\"{g.Key}\": [{string.Join(", ", g.Select(w => $"[\"{Hhmm(w.Start)}\", \"{Hhmm(w.End)}\"]"))}]"));
            var calendar = BusinessCalendarJson.Parse($$"""{ "timeZone": "UTC", "week": { {{week}} } }""");

            var monday = Instant.FromUtc(2026, 3, 2, 0, 0);
            var everyDay = Enumerable.Range(0, 7).All(i =>
                calendar.Elapsed(monday + Duration.FromDays(i), monday + Duration.FromDays(i + 1)).Value
                == Duration.FromMinutes(windows.Where(w => (int)w.Day == i + 1).Sum(w => w.End - w.Start)));
            var inside = windows.All(w => calendar.IsWorking(monday + Duration.FromDays((int)w.Day - 1) + Duration.FromMinutes(w.Start)).Value
                && (w.End == 24 * 60 || !calendar.IsWorking(monday + Duration.FromDays((int)w.Day - 1) + Duration.FromMinutes(w.End)).Value));

            return (calendar.WeeklyWorkingTime == Duration.FromMinutes(windows.Sum(w => w.End - w.Start)) && everyDay && inside).Label(week);
        });
}
