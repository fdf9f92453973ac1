namespace PropertyService.Sla;

/// <summary>What kind of day a local date is on a <see cref="BusinessCalendar"/> (see <see cref="BusinessCalendar.DayKind"/>).</summary>
public enum BusinessDayKind
{
    /// <summary>An ordinary business day: its day of the week has working windows and no date rule changes that.</summary>
    Workday = 0,

    /// <summary>An ordinary day off: its day of the week has no working windows (a weekend on a Monday–Friday calendar).</summary>
    RestDay = 1,

    /// <summary>A date declared a holiday (<see cref="BusinessCalendarBuilder.AddHoliday"/> or loaded holiday data), whatever day of the week it falls on.</summary>
    Holiday = 2,

    /// <summary>A date declared a make-up working day (调休, <see cref="BusinessCalendarBuilder.AddMakeUpWorkingDay"/> or loaded holiday data).</summary>
    MakeUpWorkday = 3,
}
