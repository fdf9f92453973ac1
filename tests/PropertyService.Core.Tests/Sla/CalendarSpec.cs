using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// A plain description of a business calendar, from which the tests build both the library's
/// <see cref="BusinessCalendar"/> and the <see cref="MinuteSteppingCalendar"/> reference.
/// </summary>
public sealed class CalendarSpec
{
    public CalendarSpec(string zoneId) => Zone = DateTimeZoneProviders.Tzdb[zoneId];

    public DateTimeZone Zone { get; }

    /// <summary>Who owns a window that crosses midnight.</summary>
    public OvernightWindows Overnight { get; set; } = OvernightWindows.StartDay;

    public List<(IsoDayOfWeek Day, WorkingWindow Window)> Windows { get; } = [];

    public SortedDictionary<LocalDate, IsoDayOfWeek?> Holidays { get; } = [];

    public SortedDictionary<LocalDate, IsoDayOfWeek> MakeUpDays { get; } = [];

    /// <summary>One-off days with their own windows (ending by midnight), replacing the date's schedule.</summary>
    public SortedDictionary<LocalDate, WorkingWindow[]> DayWindows { get; } = [];

    public CalendarSpec With(IsoDayOfWeek day, int startMinute, int lengthMinutes)
    {
        var start = LocalTime.Midnight.PlusMinutes(startMinute);
        Windows.Add((day, new WorkingWindow(start, start.PlusMinutes(lengthMinutes))));
        return this;
    }

    public BusinessCalendar Build()
    {
        var builder = new BusinessCalendarBuilder().InTimeZone(Zone).WithOvernightWindows(Overnight);
        foreach (var (day, window) in Windows)
        {
            builder.AddWindow(day, window);
        }

        foreach (var date in Holidays.Keys)
        {
            builder.AddHoliday(date);
        }

        foreach (var (date, follows) in MakeUpDays)
        {
            builder.AddMakeUpWorkingDay(date, follows);
        }

        foreach (var (date, windows) in DayWindows)
        {
            builder.SetDayWindows(date, windows);
        }

        return builder.Build();
    }

    public CalendarSpec Clone()
    {
        var copy = new CalendarSpec(Zone.Id) { Overnight = Overnight };
        copy.Windows.AddRange(Windows);
        foreach (var (k, v) in Holidays)
        {
            copy.Holidays[k] = v;
        }

        foreach (var (k, v) in MakeUpDays)
        {
            copy.MakeUpDays[k] = v;
        }

        foreach (var (k, v) in DayWindows)
        {
            copy.DayWindows[k] = v;
        }

        return copy;
    }

    public override string ToString() =>
        $"{Zone.Id}; {Overnight}; windows: {string.Join(", ", Windows.Select(w => $"{w.Day} {w.Window}"))}; holidays: {string.Join(",", Holidays.Keys)}; make-up: {string.Join(",", MakeUpDays.Select(m => $"{m.Key}~{m.Value}"))}; days: {string.Join(",", DayWindows.Select(d => $"{d.Key}=[{string.Join(" ", d.Value)}]"))}";
}
