namespace PropertyService.Sla;

/// <summary>
/// What a <see cref="BusinessCalendar"/> that loaded holiday data does when asked about a year it has no
/// holiday data for (for example 2027 before the State Council publishes its notice).
/// </summary>
public enum MissingHolidayDataPolicy
{
    /// <summary>Treat the year as ordinary weeks, silently.</summary>
    Ignore = 0,

    /// <summary>Treat the year as ordinary weeks, and flag the answer: <see cref="CalendarResult{T}.HasWarning"/> is true. The default.</summary>
    Flag = 1,

    /// <summary>Throw <see cref="HolidayDataMissingException"/>.</summary>
    Fail = 2,
}
