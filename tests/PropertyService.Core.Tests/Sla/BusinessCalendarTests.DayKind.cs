using NodaTime;

namespace PropertyService.Sla;

public partial class BusinessCalendarTests
{
    [Fact]
    public void Day_kinds_of_Spring_Festival_2026_tell_holidays_and_make_up_days_from_ordinary_days()
    {
        var calendar = Office2026();

        Assert.Equal(BusinessDayKind.Workday, calendar.DayKind(new LocalDate(2026, 2, 13)).Value);
        Assert.Equal(BusinessDayKind.MakeUpWorkday, calendar.DayKind(new LocalDate(2026, 2, 14)).Value); // a Saturday worked
        Assert.Equal(BusinessDayKind.Holiday, calendar.DayKind(new LocalDate(2026, 2, 15)).Value); // a Sunday in the holiday
        Assert.Equal(BusinessDayKind.Holiday, calendar.DayKind(new LocalDate(2026, 2, 16)).Value); // a Monday in the holiday
        Assert.Equal(BusinessDayKind.Workday, calendar.DayKind(new LocalDate(2026, 2, 24)).Value);
        Assert.Equal(BusinessDayKind.RestDay, calendar.DayKind(new LocalDate(2026, 3, 1)).Value);
        Assert.False(calendar.DayKind(new LocalDate(2026, 3, 1)).HasWarning);
    }

    [Fact]
    public void Day_kind_of_a_date_with_its_own_windows_follows_its_working_time()
    {
        var calendar = new BusinessCalendarBuilder()
            .AddWindows(Weekdays, new WorkingWindow(new LocalTime(9, 0), new LocalTime(17, 0)))
            .SetDayWindows(new LocalDate(2026, 3, 7), new WorkingWindow(new LocalTime(9, 0), new LocalTime(12, 0)))
            .SetDayWindows(new LocalDate(2026, 3, 9))
            .Build();

        Assert.Equal(BusinessDayKind.Workday, calendar.DayKind(new LocalDate(2026, 3, 7)).Value); // a Saturday with hours
        Assert.Equal(BusinessDayKind.RestDay, calendar.DayKind(new LocalDate(2026, 3, 9)).Value); // a Monday without
        Assert.Equal(BusinessDayKind.RestDay, calendar.DayKind(new LocalDate(2026, 3, 8)).Value);
    }

    [Fact]
    public void Day_kind_is_flagged_or_refused_without_holiday_data()
    {
        Assert.True(Office2026().DayKind(new LocalDate(2028, 1, 3)).HasWarning);
        Assert.Equal(2028, Office2026().DayKind(new LocalDate(2028, 1, 3)).FirstYearWithoutHolidayData);
        Assert.Equal(2028, Assert.Throws<HolidayDataMissingException>(() => Office2026(MissingHolidayDataPolicy.Fail).DayKind(new LocalDate(2028, 1, 3))).Year);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => Office2026().DayKind(new LocalDate(1899, 12, 31)));
        Assert.Equal("date", early.ParamName);
        Assert.StartsWith("date 1899-12-31 is outside the supported years 1900–2199.", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Office2026().DayKind(new LocalDate(2200, 1, 1)));
        Assert.Equal(BusinessDayKind.Workday, BusinessCalendar.AlwaysOpen.DayKind(new LocalDate(2199, 12, 31)).Value);
        Assert.Equal(BusinessDayKind.Workday, BusinessCalendar.AlwaysOpen.DayKind(new LocalDate(1900, 1, 1)).Value);
    }
}
