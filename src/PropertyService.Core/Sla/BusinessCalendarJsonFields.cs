namespace PropertyService.Sla;

/// <summary>
/// The property names and the named values of the business calendar file format (see <see cref="BusinessCalendarJson"/>),
/// in one place: the loader and its error messages (<see cref="BusinessCalendarFormatException.Field"/>) use them.
/// </summary>
internal static class BusinessCalendarJsonFields
{
    // Top level.
    internal const string TimeZone = "timeZone";
    internal const string OvernightWindows = "overnightWindows";
    internal const string Week = "week";
    internal const string PublicHolidays = "publicHolidays";
    internal const string MakeUpDaysFollow = "makeUpDaysFollow";
    internal const string HolidayDataYears = "holidayDataYears";
    internal const string MissingHolidayData = "missingHolidayData";
    internal const string Holidays = "holidays";
    internal const string MakeUpWorkingDays = "makeUpWorkingDays";
    internal const string DayExceptions = "dayExceptions";

    /// <summary>The fields of the file's object, in the documented order.</summary>
    internal static readonly string[] TopLevel =
        [TimeZone, OvernightWindows, Week, PublicHolidays, MakeUpDaysFollow, HolidayDataYears, MissingHolidayData, Holidays, MakeUpWorkingDays, DayExceptions];

    // Values.

    /// <summary>A day's windows: the whole day, the same as <c>[["00:00", "00:00"]]</c>.</summary>
    internal const string FullDay = "FullDay";

    /// <summary>The end of a window at midnight, the same as <c>"00:00"</c>.</summary>
    internal const string Midnight = "24:00";

    /// <summary><c>publicHolidays</c>: the calendar does not follow public holidays (the default).</summary>
    internal const string NoPublicHolidays = "None";

    /// <summary><c>publicHolidays</c>: China's holidays and make-up working days shipped with the package.</summary>
    internal const string ChinaPublicHolidays = "China";

    /// <summary><c>publicHolidays</c>: the public holidays are the ones the file lists.</summary>
    internal const string ListedPublicHolidays = "Listed";

    /// <summary>The values of <c>publicHolidays</c>, in the documented order.</summary>
    internal static readonly string[] PublicHolidaysValues = [NoPublicHolidays, ChinaPublicHolidays, ListedPublicHolidays];
}
