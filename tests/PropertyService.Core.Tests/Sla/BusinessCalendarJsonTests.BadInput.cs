using NodaTime;
using NodaTime.Text;

namespace PropertyService.Sla;

/// <summary>Bad calendar files are refused whole, with a message naming the field and the day or date.</summary>
public partial class BusinessCalendarJsonTests
{
    private const string Office = """ "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] } """;

    private static string Week(string days) => $$"""{ "timeZone": "Asia/Shanghai", "week": { {{days}} } }""";

    private static string With(string fields) => $$"""{ {{Office}}, {{fields}} }""";

    [Theory]
    [InlineData("""{ "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "is required")]
    [InlineData("""{ "timeZone": 8, "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "must be a string")]
    [InlineData("""{ "timeZone": "Asia/Shangai", "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "not an IANA time zone id")]
    [InlineData("""{ "timeZone": "asia/shanghai", "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "not an IANA time zone id")]
    [InlineData("""{ "timeZone": "", "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "not an IANA time zone id")]
    [InlineData("""{ "timeZone": "Asia/Shanghai" }""", "week", "is required")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": [] }""", "week", "must be an object whose properties are days of the week")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": {} }""", "week", "has no working windows")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": [], "Sunday": [] } }""", "week", "has no working windows")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Mnday": [["08:30", "17:30"]] } }""", "week", "\"Mnday\" is not a day of the week")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Mon": [["08:30", "17:30"]] } }""", "week", "\"Mon\" is not a day of the week")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "None": [["08:30", "17:30"]] } }""", "week", "\"None\" is not a day of the week")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "overnightWindows": "Start" } """, "overnightWindows", "must be one of StartDay, SplitByDate")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "overnightWindows": 1 } """, "overnightWindows", "must be one of StartDay, SplitByDate")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "overnightWindows": "StartDay, SplitByDate" } """, "overnightWindows", "must be one of")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "CN" } """, "publicHolidays", "must be one of None, China, Listed")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": true } """, "publicHolidays", "must be one of None, China, Listed")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "makeUpDaysFollow": "Monday" } """, "makeUpDaysFollow", "applies only with \"publicHolidays\": \"China\"")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "makeUpDaysFollow": "Monday" } """, "makeUpDaysFollow", "applies only with")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "China", "makeUpDaysFollow": "Mon" } """, "makeUpDaysFollow", "must be one of Monday, Tuesday")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holidayDataYears": [2027] } """, "holidayDataYears", "applies only when the calendar observes public holidays")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "None", "holidayDataYears": [2027] } """, "holidayDataYears", "applies only when")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "holidayDataYears": 2027 } """, "holidayDataYears", "must be an array of years")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "holidayDataYears": [1899] } """, "holidayDataYears", "whole years from 1900 to 2199")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "holidayDataYears": [2200] } """, "holidayDataYears", "whole years from 1900 to 2199")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "holidayDataYears": [2027.5] } """, "holidayDataYears", "whole years")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "holidayDataYears": ["2027"] } """, "holidayDataYears", "whole years")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "Listed", "holidayDataYears": [2027, 2027] } """, "holidayDataYears", "holds 2027 more than once")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "missingHolidayData": "Fail" } """, "missingHolidayData", "applies only when the calendar observes public holidays")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "publicHolidays": "China", "missingHolidayData": "Warn" } """, "missingHolidayData", "must be one of Ignore, Flag, Fail")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holidays": "2026-05-06" } """, "holidays", "must be an array of dates")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holidays": [20260506] } """, "holidays", "must hold dates")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holidays": ["2026-13-01"] } """, "holidays", "\"2026-13-01\" is not a date")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holidays": ["2026-5-6"] } """, "holidays", "\"2026-5-6\" is not a date")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holidays": ["6 May 2026"] } """, "holidays", "is not a date")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "makeUpWorkingDays": [] } """, "makeUpWorkingDays", "must be an object whose properties are dates")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "makeUpWorkingDays": { "9 May": "Friday" } } """, "makeUpWorkingDays", "\"9 May\" is not a date")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "dayExceptions": [] } """, "dayExceptions", "must be an object whose properties are dates")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "dayExceptions": { "2026-12-32": [] } } """, "dayExceptions", "\"2026-12-32\" is not a date")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "timezone": "UTC" } """, "timezone", "is not a known field")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "holiday": [] } """, "holiday", "is not a known field")]
    [InlineData(""" { "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] }, "week": { "Tuesday": "FullDay" } } """, "week", "appears more than once")]
    [InlineData(""" { "timeZone": "UTC", "timeZone": "Asia/Shanghai", "week": { "Monday": [["08:30", "17:30"]] } } """, "timeZone", "appears more than once")]
    public void Invalid_calendar_fields_are_refused_naming_the_field(string json, string field, string problem)
    {
        var error = LoadFails(json);

        Assert.Equal(field, error.Field);
        Assert.StartsWith($"Business calendar file, field \"{field}\": ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Equal(((IsoDayOfWeek?)null, (LocalDate?)null), (error.DayOfWeek, error.Date));
    }

    [Theory]
    [InlineData("\"Monday\": [[\"08:30\", \"17:30\"]], \"monday\": [[\"18:00\", \"19:00\"]]", "Monday", "appears more than once; each day may appear once")]
    [InlineData("\"Tuesday\": \"Full\"", "Tuesday", "must be \"FullDay\" or an array of windows such as [[\"08:30\", \"12:00\"], [\"13:30\", \"17:30\"]], but was \"Full\"")]
    [InlineData("\"Tuesday\": 8", "Tuesday", "must be \"FullDay\" or an array of windows such as [[\"08:30\", \"12:00\"], [\"13:30\", \"17:30\"]], but was 8")]
    [InlineData("\"Tuesday\": null", "Tuesday", "must be \"FullDay\" or an array of windows such as [[\"08:30\", \"12:00\"], [\"13:30\", \"17:30\"]], but was null")]
    [InlineData("\"Tuesday\": [[\"08:30\"]]", "Tuesday", "window 0 must be a start and an end such as [\"08:30\", \"12:00\"], but was [\"08:30\"]")]
    [InlineData("\"Tuesday\": [[\"08:30\", \"12:00\", \"13:00\"]]", "Tuesday", "window 0 must be a start and an end such as [\"08:30\", \"12:00\"], but was [\"08:30\", \"12:00\", \"13:00\"]")]
    [InlineData("\"Tuesday\": [[830, 1200]]", "Tuesday", "window 0 must be a start and an end such as [\"08:30\", \"12:00\"], but was [830, 1200]")]
    [InlineData("\"Tuesday\": [\"08:30-12:00\"]", "Tuesday", "window 0 must be a start and an end such as [\"08:30\", \"12:00\"], but was \"08:30-12:00\"")]
    [InlineData("\"Tuesday\": [[\"8:30\", \"12:00\"]]", "Tuesday", "window 0 starts at \"8:30\", which is not a time such as \"08:30\" (00:00 to 23:59)")]
    [InlineData("\"Tuesday\": [[\"24:00\", \"08:00\"]]", "Tuesday", "window 0 starts at \"24:00\", which is not a time such as \"08:30\" (00:00 to 23:59)")]
    [InlineData("\"Tuesday\": [[\"08:30:00\", \"12:00\"]]", "Tuesday", "window 0 starts at \"08:30:00\", which is not a time such as \"08:30\" (00:00 to 23:59)")]
    [InlineData("\"Tuesday\": [[\"08:30\", \"12:00\"], [\"13:30\", \"25:00\"]]", "Tuesday", "window 1 ends at \"25:00\", which is not a time such as \"17:30\" (00:00 to 23:59, or \"24:00\")")]
    [InlineData("\"Tuesday\": [[\"08:30\", \"12:00\"], [\"13:30\", \"5pm\"]]", "Tuesday", "window 1 ends at \"5pm\", which is not a time such as \"17:30\" (00:00 to 23:59, or \"24:00\")")]
    public void Invalid_days_of_the_week_are_refused_naming_the_day(string days, string day, string problem)
    {
        var error = LoadFails(Week(days));

        Assert.Equal(("week", Enum.Parse<IsoDayOfWeek>(day), (LocalDate?)null), (error.Field, error.DayOfWeek, error.Date));
        Assert.Equal($"Business calendar file, field \"week\", {day}: {problem}.", error.Message);
    }

    [Theory]
    [InlineData("\"holidays\": [\"1899-12-31\"]", "holidays", "1899-12-31", "is outside the supported years 1900–2199")]
    [InlineData("\"holidays\": [\"2200-01-01\"]", "holidays", "2200-01-01", "is outside the supported years 1900–2199")]
    [InlineData("\"holidays\": [\"2026-05-06\", \"2026-05-07\", \"2026-05-06\"]", "holidays", "2026-05-06", "appears more than once; each date may appear once")]
    [InlineData("\"makeUpWorkingDays\": { \"2026-05-09\": \"Fri\" }", "makeUpWorkingDays", "2026-05-09",
        "must name the day of the week whose schedule it follows (Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday), but was \"Fri\"")]
    [InlineData("\"makeUpWorkingDays\": { \"2026-05-09\": 5 }", "makeUpWorkingDays", "2026-05-09",
        "must name the day of the week whose schedule it follows (Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday), but was 5")]
    [InlineData("\"makeUpWorkingDays\": { \"2026-05-09\": \"None\" }", "makeUpWorkingDays", "2026-05-09",
        "must name the day of the week whose schedule it follows (Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday), but was \"None\"")]
    [InlineData("\"makeUpWorkingDays\": { \"2026-05-09\": \"Friday\", \"2026-05-09\": \"Monday\" }", "makeUpWorkingDays", "2026-05-09",
        "appears more than once; each date may appear once")]
    [InlineData("\"makeUpWorkingDays\": { \"2026-05-09\": \"Friday\" }, \"holidays\": [\"2026-05-09\"]", "makeUpWorkingDays", "2026-05-09",
        "is also in \"holidays\"; a date may have one rule")]
    [InlineData("\"dayExceptions\": { \"2026-12-31\": [[\"22:00\", \"06:00\"]] }", "dayExceptions", "2026-12-31",
        "window 0 (22:00–06:00) runs past midnight; a day exception's windows must end by midnight of its date")]
    [InlineData("\"dayExceptions\": { \"2026-12-31\": [[\"08:00\", \"12:00\"], [\"18:00\", \"18:00\"]] }", "dayExceptions", "2026-12-31",
        "window 1 (18:00–18:00) runs past midnight; a day exception's windows must end by midnight of its date")]
    [InlineData("\"dayExceptions\": { \"2026-12-31\": [[\"08:00\", \"1pm\"]] }", "dayExceptions", "2026-12-31",
        "window 0 ends at \"1pm\", which is not a time such as \"17:30\" (00:00 to 23:59, or \"24:00\")")]
    [InlineData("\"dayExceptions\": { \"2026-12-31\": \"Closed\" }", "dayExceptions", "2026-12-31",
        "must be \"FullDay\" or an array of windows such as [[\"08:30\", \"12:00\"], [\"13:30\", \"17:30\"]], but was \"Closed\"")]
    [InlineData("\"dayExceptions\": { \"2026-12-31\": [], \"2026-12-31\": \"FullDay\" }", "dayExceptions", "2026-12-31",
        "appears more than once; each date may appear once")]
    [InlineData("\"dayExceptions\": { \"2026-05-09\": [] }, \"makeUpWorkingDays\": { \"2026-05-09\": \"Friday\" }", "dayExceptions", "2026-05-09",
        "is also in \"makeUpWorkingDays\"; a date may have one rule")]
    [InlineData("\"dayExceptions\": { \"2026-05-06\": [] }, \"holidays\": [\"2026-05-06\"]", "dayExceptions", "2026-05-06",
        "is also in \"holidays\"; a date may have one rule")]
    public void Invalid_dates_are_refused_naming_the_field_and_date(string fields, string field, string date, string problem)
    {
        var error = LoadFails(With(fields));

        Assert.Equal((field, (IsoDayOfWeek?)null, LocalDatePattern.Iso.Parse(date).Value), (error.Field, error.DayOfWeek, error.Date!.Value));
        Assert.Equal($"Business calendar file, field \"{field}\", {date}: {problem}.", error.Message);
    }

    [Theory]
    [InlineData("""{ "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "is required (an IANA time zone id such as \"Asia/Shanghai\")")]
    [InlineData("""{ "timeZone": "Asia/Shangai", "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone",
        "\"Asia/Shangai\" is not an IANA time zone id known to tzdb (such as \"Asia/Shanghai\"; ids are case-sensitive)")]
    [InlineData("""{ "timeZone": null, "week": { "Monday": [["08:30", "17:30"]] } }""", "timeZone", "must be a string, but was null")]
    [InlineData("""{ "timeZone": "Asia/Shanghai" }""", "week", "is required (working windows per day of the week, such as { \"Monday\": [[\"08:30\", \"17:30\"]] })")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Sunday": [] } }""", "week",
        "has no working windows, so no deadline on the calendar could ever be reached; give at least one (a 24/7 calendar gives every day \"FullDay\")")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Funday": [] } }""", "week",
        "\"Funday\" is not a day of the week; days are Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "missingHolidayData": "Fail" }""", "missingHolidayData",
        "applies only when the calendar observes public holidays (\"publicHolidays\": \"China\" or \"Listed\")")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "publicHolidays": "Listed", "makeUpDaysFollow": "Friday" }""", "makeUpDaysFollow",
        "applies only with \"publicHolidays\": \"China\" (it says whose schedule the shipped make-up working days follow)")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "overnightWindows": "Midnight" }""", "overnightWindows",
        "must be one of StartDay, SplitByDate, but was \"Midnight\"")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "holidays": ["2026-02-30"] }""", "holidays",
        "\"2026-02-30\" is not a date such as \"2026-05-06\"")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "holidays": [null] }""", "holidays",
        "must hold dates such as \"2026-05-06\", but holds null")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "weekend": [] }""", "weekend",
        "is not a known field; known fields are timeZone, overnightWindows, week, publicHolidays, makeUpDaysFollow, holidayDataYears, missingHolidayData, holidays, makeUpWorkingDays, dayExceptions")]
    [InlineData("""{ "timeZone": "Asia/Shanghai", "week": { "Monday": "FullDay" }, "holidays": [], "holidays": [] }""", "holidays",
        "appears more than once; each field may appear once")]
    public void Calendar_problems_have_exact_messages(string json, string field, string problem)
    {
        var error = LoadFails(json);

        Assert.Equal(field, error.Field);
        Assert.Equal($"Business calendar file, field \"{field}\": {problem}.", error.Message);
    }

    [Theory]
    [InlineData("[]", "A business calendar file must be a JSON object, but the file holds an array.")]
    [InlineData("null", "A business calendar file must be a JSON object, but the file holds null.")]
    [InlineData("\"Asia/Shanghai\"", "A business calendar file must be a JSON object, but the file holds a string.")]
    public void A_file_that_is_not_an_object_is_refused(string json, string message)
    {
        var error = LoadFails(json);

        Assert.Equal(message, error.Message);
        Assert.Null(error.Field);
    }

    [Fact]
    public void Malformed_json_names_the_line_and_byte()
    {
        var error = LoadFails("{\n  \"timeZone\": \"UTC\",\n  \"week\": [ } ");

        Assert.StartsWith("The business calendar file is not well-formed JSON (line 3, byte 13): ", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        Assert.Equal(((string?)null, (IsoDayOfWeek?)null, (LocalDate?)null), (error.Field, error.DayOfWeek, error.Date));
    }

    [Fact]
    public void Malformed_json_from_a_stream_is_refused_the_same_way()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{ \"timeZone\": \"UTC\", "));
        Assert.StartsWith("The business calendar file is not well-formed JSON (line 1, byte ", Assert.Throws<BusinessCalendarFormatException>(() => BusinessCalendarJson.Load(stream)).Message);
    }

    [Fact]
    public void One_bad_date_at_the_end_refuses_the_whole_file()
    {
        var dates = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"\"{new LocalDate(2026, 1, 1).PlusDays(i):yyyy-MM-dd}\""));
        var error = LoadFails(With($$""" "publicHolidays": "China", "holidays": [{{dates}}], "makeUpWorkingDays": { "2030-06-01": "Monday", "2026-01-01": "Monday" } """));

        Assert.Equal(("makeUpWorkingDays", new LocalDate(2026, 1, 1)), (error.Field, error.Date!.Value));
    }
}
