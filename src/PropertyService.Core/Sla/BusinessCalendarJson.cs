using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PropertyService.Utility;
using F = PropertyService.Sla.BusinessCalendarJsonFields;

namespace PropertyService.Sla;

/// <summary>
/// Loads a <see cref="BusinessCalendar"/> from JSON, through <see cref="BusinessCalendarBuilder"/>, so a site keeps its
/// hours, holidays and make-up working days in a file.
/// </summary>
/// <remarks>
/// <para>The format (UTF-8, a byte order mark is ignored; property names are case-sensitive; unknown properties and
/// properties given twice are errors so that typos are caught):</para>
/// <code language="json">
/// {
///   "timeZone": "Asia/Shanghai",                 // required: an IANA (tzdb) time zone id
///   "week": {                                    // required: working windows per day of the week; a day left out has none
///     "Monday":   [["08:30", "12:00"], ["13:30", "17:30"]],
///     "Tuesday":  [["08:30", "12:00"], ["13:30", "17:30"]],
///     "Saturday": [["17:30", "08:30"]],          // crosses midnight: until 08:30 on Sunday
///     "Sunday":   "FullDay"                      // the whole day, the same as [["00:00", "00:00"]]
///   },
///   "overnightWindows": "StartDay",              // optional: StartDay (default) or SplitByDate
///   "publicHolidays": "China",                   // optional: None (default), China or Listed
///   "makeUpDaysFollow": "Monday",                // optional, with China: whose schedule the shipped make-up working days follow (default Monday)
///   "holidayDataYears": [2027],                  // optional, with China or Listed: years whose public holidays the file makes complete
///   "missingHolidayData": "Flag",                // optional, with China or Listed: Ignore, Flag (default) or Fail
///   "holidays": ["2026-05-06"],                  // optional: the site's own days off
///   "makeUpWorkingDays": { "2026-05-09": "Friday" },        // optional: a date and the day of the week whose schedule it follows
///   "dayExceptions": { "2026-12-31": [["08:30", "15:00"]] } // optional: a date's own windows ([] for none, "FullDay")
/// }
/// </code>
/// <para>(Comments are shown for explanation; the loader accepts comments and trailing commas.)</para>
/// <para><b>Windows</b> are wall-clock times <c>"HH:mm"</c> in the time zone, as <see cref="WorkingWindow"/> reads them:
/// an end at or before the start ends on the next date (<c>["17:30", "08:30"]</c> runs overnight, and a start equal to
/// its end is 24 hours); <c>"24:00"</c> may end a window at midnight. A day's value is an array of windows (empty for
/// none) or <c>"FullDay"</c>; windows that overlap merge. The windows of a day exception must end by midnight of its
/// date. Who owns a window that crosses midnight is <c>overnightWindows</c> (<see cref="OvernightWindows"/>). Day
/// names (Monday to Sunday) and the named values are matched ignoring case; dates are ISO dates in 1900–2199.</para>
/// <para><b>Public holidays.</b> <c>"China"</c> loads China's public holidays and make-up working days for 2019–2027
/// shipped with the package (<see cref="BusinessCalendarBuilder.AddChinaHolidays"/>; 2027 has no data until it is
/// published). <c>"Listed"</c> means the file's own <c>holidays</c> and <c>makeUpWorkingDays</c> are the public
/// holidays (<see cref="BusinessCalendarBuilder.ObservePublicHolidays"/>). Either way the calendar observes public
/// holidays: an answer that spans a year without holiday data is flagged, ignored or refused as
/// <c>missingHolidayData</c> says (<see cref="MissingHolidayDataPolicy"/>), and <c>holidayDataYears</c> declares
/// years the file completes (<see cref="BusinessCalendarBuilder.DeclareHolidayDataFor"/>). With <c>"None"</c> those
/// three fields are refused, as <c>makeUpDaysFollow</c> is without <c>"China"</c>: they would do nothing.</para>
/// <para><b>Dates.</b> The site's <c>holidays</c>, <c>makeUpWorkingDays</c> and <c>dayExceptions</c> replace what the
/// shipped data says about a date (they are applied after it); a date may appear in only one of them, once.</para>
/// <para><b>Checks.</b> Everything <see cref="BusinessCalendarBuilder"/> checks is checked (the calendar is built with
/// it), and a week without working windows is refused. Any problem throws <see cref="BusinessCalendarFormatException"/>
/// naming the field and the day or date (malformed JSON: the line and byte); nothing is loaded. Loading takes time
/// linear in the size of the file (and sorting its dates).</para>
/// <para>There is no saver: a <see cref="BusinessCalendar"/> keeps its working time in a form made for arithmetic, not
/// the windows and rules it was built from.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class BusinessCalendarJson
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly IsoDayOfWeek[] DaysOfWeek =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private static readonly string[] DayNames = [.. DaysOfWeek.Select(d => d.ToString())];
    private static readonly string[] OvernightNames = Enum.GetNames<OvernightWindows>();
    private static readonly OvernightWindows[] OvernightValues = Enum.GetValues<OvernightWindows>();
    private static readonly string[] MissingDataNames = Enum.GetNames<MissingHolidayDataPolicy>();
    private static readonly MissingHolidayDataPolicy[] MissingDataValues = Enum.GetValues<MissingHolidayDataPolicy>();

    /// <summary>The dates the builder takes: those of <see cref="HolidayCnReader"/>.</summary>
    private const int FirstYear = HolidayCnReader.FirstYear, LastYear = HolidayCnReader.LastYear;

    private const string NeedsPublicHolidays =
        $"applies only when the calendar observes public holidays (\"{F.PublicHolidays}\": \"{F.ChinaPublicHolidays}\" or \"{F.ListedPublicHolidays}\")";

    /// <summary>Loads a calendar from JSON text.</summary>
    /// <param name="json">The JSON text; a leading byte order mark (U+FEFF) is ignored.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BusinessCalendarFormatException">The JSON is malformed or the calendar is invalid; the message names the field and the day or date.</exception>
    public static BusinessCalendar Parse(string json)
    {
        var text = JsonFileText.WithoutByteOrderMark(Preconditions.CheckNotNull(json));
        return Read(() => JsonDocument.Parse(text, JsonFileText.DocumentOptions));
    }

    /// <summary>Loads a calendar from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed. A leading byte order mark is ignored.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BusinessCalendarFormatException">The JSON is malformed or the calendar is invalid; the message names the field and the day or date.</exception>
    public static BusinessCalendar Load(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        return Read(() => JsonDocument.Parse(utf8Json, JsonFileText.DocumentOptions));
    }

    /// <summary>Loads a calendar from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="BusinessCalendarFormatException">The JSON is malformed or the calendar is invalid; the message names the field and the day or date.</exception>
    public static BusinessCalendar LoadFile(string path)
    {
        using var stream = File.OpenRead(Preconditions.CheckNotNull(path));
        return Load(stream);
    }

    // Every loader: malformed JSON becomes a BusinessCalendarFormatException, like any other bad file.
    private static BusinessCalendar Read(Func<JsonDocument> parse)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw new BusinessCalendarFormatException($"The business calendar file is not well-formed JSON ({JsonFileText.Where(e)}): {e.Message}", innerException: e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static BusinessCalendar Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new BusinessCalendarFormatException($"A business calendar file must be a JSON object, but the file holds {JsonFileText.Describe(root.ValueKind)}.");
        }

        CheckFields(root);

        // Everything is read and checked before the builder is touched, so the builder's own checks have nothing left
        // to refuse; should they ever, their message still names the field.
        if (!root.TryGetProperty(F.TimeZone, out var zoneElement))
        {
            throw Invalid(F.TimeZone, "is required (an IANA time zone id such as \"Asia/Shanghai\")");
        }

        var zoneId = ReadString(zoneElement, F.TimeZone);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw Invalid(F.TimeZone, $"\"{JsonFileText.Shown(zoneId)}\" is not an IANA time zone id known to tzdb (such as \"Asia/Shanghai\"; ids are case-sensitive)");
        var overnight = root.TryGetProperty(F.OvernightWindows, out var overnightElement)
            ? ReadName(overnightElement, F.OvernightWindows, OvernightNames, OvernightValues)
            : OvernightWindows.StartDay;
        var week = ReadWeek(root);
        var publicHolidays = root.TryGetProperty(F.PublicHolidays, out var holidaysElement)
            ? ReadName(holidaysElement, F.PublicHolidays, F.PublicHolidaysValues, F.PublicHolidaysValues)
            : F.NoPublicHolidays;
        var observes = publicHolidays != F.NoPublicHolidays;
        IsoDayOfWeek? makeUpDaysFollow = null;
        if (root.TryGetProperty(F.MakeUpDaysFollow, out var followElement))
        {
            makeUpDaysFollow = publicHolidays == F.ChinaPublicHolidays
                ? ReadName(followElement, F.MakeUpDaysFollow, DayNames, DaysOfWeek)
                : throw Invalid(F.MakeUpDaysFollow,
                    $"applies only with \"{F.PublicHolidays}\": \"{F.ChinaPublicHolidays}\" (it says whose schedule the shipped make-up working days follow)");
        }

        var years = ReadYears(root, observes);
        MissingHolidayDataPolicy? missing = null;
        if (root.TryGetProperty(F.MissingHolidayData, out var missingElement))
        {
            missing = observes
                ? ReadName(missingElement, F.MissingHolidayData, MissingDataNames, MissingDataValues)
                : throw Invalid(F.MissingHolidayData, NeedsPublicHolidays);
        }

        var ruled = new Dictionary<LocalDate, string>();
        var holidays = ReadHolidays(root, ruled);
        var makeUpDays = ReadDateMap(root, F.MakeUpWorkingDays, ruled, (value, date) =>
            TryParseName(value, DayNames, DaysOfWeek, out var day)
                ? day
                : throw Invalid(F.MakeUpWorkingDays,
                    $"must name the day of the week whose schedule it follows ({string.Join(", ", DayNames)}), but was {value.GetRawText()}", date: date));
        var dayExceptions = ReadDateMap(root, F.DayExceptions, ruled, (value, date) => ReadWindows(value, F.DayExceptions, null, date));

        var field = F.Week;
        try
        {
            var builder = new BusinessCalendarBuilder().InTimeZone(zone).WithOvernightWindows(overnight);
            foreach (var (day, windows) in week)
            {
                foreach (var window in windows)
                {
                    builder.AddWindow(day, window);
                }
            }

            field = F.PublicHolidays;
            if (publicHolidays == F.ChinaPublicHolidays)
            {
                builder.WithMakeUpDaysFollowing(makeUpDaysFollow ?? IsoDayOfWeek.Monday).AddChinaHolidays();
            }
            else if (observes)
            {
                builder.ObservePublicHolidays();
            }

            field = F.HolidayDataYears;
            foreach (var year in years)
            {
                builder.DeclareHolidayDataFor(year);
            }

            field = F.MissingHolidayData;
            if (missing is { } policy)
            {
                builder.WithMissingHolidayData(policy);
            }

            field = F.Holidays;
            foreach (var date in holidays)
            {
                builder.AddHoliday(date);
            }

            field = F.MakeUpWorkingDays;
            foreach (var (date, day) in makeUpDays)
            {
                builder.AddMakeUpWorkingDay(date, day);
            }

            field = F.DayExceptions;
            foreach (var (date, windows) in dayExceptions)
            {
                builder.SetDayWindows(date, windows);
            }

            field = F.Week;
            return builder.Build();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new BusinessCalendarFormatException($"Business calendar file, field \"{field}\": {e.Message}", field, innerException: e);
        }
    }

    private static List<(IsoDayOfWeek Day, WorkingWindow[] Windows)> ReadWeek(JsonElement root)
    {
        if (!root.TryGetProperty(F.Week, out var week))
        {
            throw Invalid(F.Week, "is required (working windows per day of the week, such as { \"Monday\": [[\"08:30\", \"17:30\"]] })");
        }

        if (week.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(F.Week, $"must be an object whose properties are days of the week, but was {JsonFileText.Describe(week.ValueKind)}");
        }

        var days = new List<(IsoDayOfWeek, WorkingWindow[])>(7);
        var seen = 0;
        var any = false;
        foreach (var property in week.EnumerateObject())
        {
            var index = IndexOfName(property.Name, DayNames);
            if (index < 0)
            {
                throw Invalid(F.Week, $"\"{JsonFileText.Shown(property.Name)}\" is not a day of the week; days are {string.Join(", ", DayNames)}");
            }

            var day = DaysOfWeek[index];
            if ((seen & (1 << index)) != 0)
            {
                throw Invalid(F.Week, "appears more than once; each day may appear once", day);
            }

            seen |= 1 << index;
            var windows = ReadWindows(property.Value, F.Week, day, null);
            any |= windows.Length > 0;
            days.Add((day, windows));
        }

        return any
            ? days
            : throw Invalid(F.Week, $"has no working windows, so no deadline on the calendar could ever be reached; give at least one (a 24/7 calendar gives every day \"{F.FullDay}\")");
    }

    /// <summary>A day's windows: <c>"FullDay"</c> or an array of <c>["HH:mm", "HH:mm"]</c>.</summary>
    private static WorkingWindow[] ReadWindows(JsonElement value, string field, IsoDayOfWeek? day, LocalDate? date)
    {
        if (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), F.FullDay, StringComparison.OrdinalIgnoreCase))
        {
            return [WorkingWindow.FullDay];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(field, $"must be \"{F.FullDay}\" or an array of windows such as [[\"08:30\", \"12:00\"], [\"13:30\", \"17:30\"]], but was {value.GetRawText()}", day, date);
        }

        var windows = new WorkingWindow[value.GetArrayLength()];
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2
                || element[0].ValueKind != JsonValueKind.String || element[1].ValueKind != JsonValueKind.String)
            {
                throw Invalid(field, $"window {index} must be a start and an end such as [\"08:30\", \"12:00\"], but was {element.GetRawText()}", day, date);
            }

            var startText = element[0].GetString()!;
            var endText = element[1].GetString()!;
            var start = TimePattern.Parse(startText);
            if (!start.Success)
            {
                throw Invalid(field, $"window {index} starts at {element[0].GetRawText()}, which is not a time such as \"08:30\" (00:00 to 23:59)", day, date);
            }

            var end = endText == F.Midnight ? ParseResult<LocalTime>.ForValue(LocalTime.Midnight) : TimePattern.Parse(endText);
            if (!end.Success)
            {
                throw Invalid(field, $"window {index} ends at {element[1].GetRawText()}, which is not a time such as \"17:30\" (00:00 to 23:59, or \"{F.Midnight}\")", day, date);
            }

            var window = new WorkingWindow(start.Value, end.Value);
            if (date is not null && window.CrossesMidnight && window.End != LocalTime.Midnight)
            {
                throw Invalid(field, $"window {index} ({window}) runs past midnight; a day exception's windows must end by midnight of its date", day, date);
            }

            windows[index++] = window;
        }

        return windows;
    }

    private static List<int> ReadYears(JsonElement root, bool observes)
    {
        if (!root.TryGetProperty(F.HolidayDataYears, out var element))
        {
            return [];
        }

        if (!observes)
        {
            throw Invalid(F.HolidayDataYears, NeedsPublicHolidays);
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(F.HolidayDataYears, $"must be an array of years such as [2027], but was {JsonFileText.Describe(element.ValueKind)}");
        }

        var years = new List<int>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var year) || year is < FirstYear or > LastYear)
            {
                throw Invalid(F.HolidayDataYears, $"must hold whole years from {FirstYear} to {LastYear}, but holds {item.GetRawText()}");
            }

            if (years.Contains(year))
            {
                throw Invalid(F.HolidayDataYears, $"holds {year} more than once; each year may appear once");
            }

            years.Add(year);
        }

        return years;
    }

    private static List<LocalDate> ReadHolidays(JsonElement root, Dictionary<LocalDate, string> ruled)
    {
        if (!root.TryGetProperty(F.Holidays, out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(F.Holidays, $"must be an array of dates such as [\"2026-05-06\"], but was {JsonFileText.Describe(element.ValueKind)}");
        }

        var dates = new List<LocalDate>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Invalid(F.Holidays, $"must hold dates such as \"2026-05-06\", but holds {item.GetRawText()}");
            }

            dates.Add(Rule(ruled, F.Holidays, item.GetString()!));
        }

        return dates;
    }

    /// <summary>An object whose property names are dates, each with a value read by <paramref name="read"/>.</summary>
    private static List<(LocalDate Date, T Value)> ReadDateMap<T>(
        JsonElement root, string field, Dictionary<LocalDate, string> ruled, Func<JsonElement, LocalDate, T> read)
    {
        if (!root.TryGetProperty(field, out var element))
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, $"must be an object whose properties are dates such as \"2026-05-06\", but was {JsonFileText.Describe(element.ValueKind)}");
        }

        var list = new List<(LocalDate, T)>();
        foreach (var property in element.EnumerateObject())
        {
            var date = Rule(ruled, field, property.Name);
            list.Add((date, read(property.Value, date)));
        }

        return list;
    }

    /// <summary>Parses a date and records which field rules it: a date may have one rule.</summary>
    private static LocalDate Rule(Dictionary<LocalDate, string> ruled, string field, string text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            throw Invalid(field, $"\"{JsonFileText.Shown(text)}\" is not a date such as \"2026-05-06\"");
        }

        var date = parsed.Value;
        if (date.Year is < FirstYear or > LastYear)
        {
            throw Invalid(field, $"is outside the supported years {FirstYear}–{LastYear}", date: date);
        }

        if (ruled.TryGetValue(date, out var earlier))
        {
            throw Invalid(field, earlier == field
                ? "appears more than once; each date may appear once"
                : $"is also in \"{earlier}\"; a date may have one rule", date: date);
        }

        ruled.Add(date, field);
        return date;
    }

    private static string ReadString(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw Invalid(field, $"must be a string, but was {JsonFileText.Describe(element.ValueKind)}");
        }

        return element.GetString()!;
    }

    private static T ReadName<T>(JsonElement element, string field, string[] names, T[] values) =>
        TryParseName(element, names, values, out var value)
            ? value
            : throw Invalid(field, $"must be one of {string.Join(", ", names)}, but was {element.GetRawText()}");

    // Exactly one name, ignoring case: Enum.TryParse would also take "1" or "StartDay, SplitByDate".
    private static bool TryParseName<T>(JsonElement element, string[] names, T[] values, out T value)
    {
        var index = element.ValueKind == JsonValueKind.String ? IndexOfName(element.GetString()!, names) : -1;
        value = index < 0 ? default! : values[index];
        return index >= 0;
    }

    private static int IndexOfName(string text, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Unknown fields are refused so that typos are caught; a field given twice is refused because JSON leaves
    // open which value wins. The known list is short, so this stays linear in the size of the file.
    private static void CheckFields(JsonElement element)
    {
        var seen = 0;
        foreach (var property in element.EnumerateObject())
        {
            var position = Array.IndexOf(F.TopLevel, property.Name);
            var problem = position < 0
                ? $"is not a known field; known fields are {string.Join(", ", F.TopLevel)}"
                : (seen & (1 << position)) != 0 ? "appears more than once; each field may appear once" : null;
            if (problem is not null)
            {
                throw Invalid(property.Name, problem);
            }

            seen |= 1 << position;
        }
    }

    private static BusinessCalendarFormatException Invalid(string field, string problem, IsoDayOfWeek? day = null, LocalDate? date = null)
    {
        var on = day is { } d ? $", {d}" : date is { } t ? $", {LocalDatePattern.Iso.Format(t)}" : string.Empty;
        return new($"Business calendar file, field \"{JsonFileText.Shown(field)}\"{on}: {problem}.", field, day, date);
    }
}
