using NodaTime;

namespace PropertyService.Sla;

/// <summary>Answers near and beyond the supported range: right or <see cref="ArgumentOutOfRangeException"/>, never wrapped.</summary>
public partial class BusinessCalendarTests
{
    private static readonly BusinessCalendar UtcAlwaysOpen =
        new BusinessCalendarBuilder().InTimeZone(DateTimeZone.Utc).AddWindowEveryDay(WorkingWindow.FullDay).Build();

    [Fact]
    public void Adding_100_years_of_working_time_from_2026_throws_instead_of_wrapping_into_the_past()
    {
        var start = Local(2026, 6, 1, 9, 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Office2026().Add(start, Duration.FromDays(36525)));
        Assert.Equal("businessTime", error.ParamName);
        Assert.StartsWith("businessTime: 36525:00:00:00 of working time from 2026-06-01T01:00:00Z runs past the calendar's supported range (until 2200-01-01T00:00:00Z).", error.Message);
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => Office2026().Add(start, Duration.MaxValue)).ParamName);
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => UtcAlwaysOpen.Add(BusinessCalendar.MinSupported, Duration.FromDays(301 * 365))).ParamName);
    }

    [Fact]
    public void Adding_up_to_the_end_of_the_range_is_exact_even_beyond_292_years_of_nanoseconds()
    {
        // 295 years do not fit in a 64-bit count of nanoseconds, yet lie inside 1900–2200.
        var years295 = Duration.FromDays(295 * 365);
        Assert.Equal(BusinessCalendar.MinSupported + years295, UtcAlwaysOpen.Add(BusinessCalendar.MinSupported, years295).Value);
        var last = BusinessCalendar.MaxSupported - Duration.FromNanoseconds(1);
        var all = last - BusinessCalendar.MinSupported;
        Assert.Equal(last, UtcAlwaysOpen.Add(BusinessCalendar.MinSupported, all).Value);
        Assert.Equal(all, UtcAlwaysOpen.Elapsed(BusinessCalendar.MinSupported, last).Value);
        Assert.Equal(-all, UtcAlwaysOpen.Elapsed(last, BusinessCalendar.MinSupported).Value);
        Assert.Equal("businessTime", Assert.Throws<ArgumentOutOfRangeException>(() => UtcAlwaysOpen.Add(BusinessCalendar.MinSupported, all + Duration.FromNanoseconds(1))).ParamName);
    }

    [Fact]
    public void EndOfBusinessDay_with_int_MaxValue_days_throws_instead_of_returning_the_next_day()
    {
        var start = Local(2026, 6, 1, 9, 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Office2026().EndOfBusinessDay(start, int.MaxValue));
        Assert.Equal("days", error.ParamName);
        Assert.StartsWith("days: 2147483647 business days from 2026-06-01T01:00:00Z run past the calendar's supported range (until 2200-01-01T00:00:00Z).", error.Message);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => UtcAlwaysOpen.EndOfBusinessDay(start, 70_000)).ParamName);

        // The last business day inside the range is still answered: 2199-12-31 ends at 2200-01-01T00:00Z, which is outside.
        Assert.Equal(Instant.FromUtc(2199, 12, 31, 0, 0), UtcAlwaysOpen.EndOfBusinessDay(Instant.FromUtc(2199, 12, 29, 12, 0), 1).Value);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => UtcAlwaysOpen.EndOfBusinessDay(Instant.FromUtc(2199, 12, 29, 12, 0), 2)).ParamName);
    }

    [Fact]
    public void NextWorkingInstant_with_no_working_time_left_in_the_range_throws()
    {
        var calendar = new BusinessCalendarBuilder().InTimeZone(DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, new WorkingWindow(new LocalTime(9, 0), new LocalTime(10, 0)))
            .Build();

        // 2199-12-30 is a Monday; nothing after its window.
        Assert.Equal(Instant.FromUtc(2199, 12, 30, 9, 0), calendar.NextWorkingInstant(Instant.FromUtc(2199, 12, 29, 0, 0)).Value);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.NextWorkingInstant(Instant.FromUtc(2199, 12, 30, 10, 0)));
        Assert.Equal("instant", error.ParamName);
        Assert.StartsWith("instant 2199-12-30T10:00:00Z has no working time after it within the calendar's supported range (until 2200-01-01T00:00:00Z).", error.Message);
    }

    [Fact]
    public void Instants_outside_1900_to_2200_are_refused_by_name()
    {
        var calendar = UtcAlwaysOpen;
        var min = BusinessCalendar.MinSupported;
        var max = BusinessCalendar.MaxSupported;
        Assert.Equal(Instant.FromUtc(1900, 1, 1, 0, 0), min);
        Assert.Equal(Instant.FromUtc(2200, 1, 1, 0, 0), max);
        Assert.True(calendar.IsWorking(min).Value);
        Assert.True(calendar.IsWorking(max - Duration.FromNanoseconds(1)).Value);
        Assert.Equal(Duration.FromHours(1), calendar.Elapsed(min, min + Duration.FromHours(1)).Value);

        var late = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorking(max));
        Assert.Equal("instant", late.ParamName);
        Assert.StartsWith("instant must be between 1900-01-01T00:00:00Z and 2200-01-01T00:00:00Z.", late.Message);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorking(min - Duration.FromNanoseconds(1))).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Elapsed(max, min)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Elapsed(min, max)).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.NextWorkingInstant(max)).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.EndOfBusinessDay(max, 1)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(max, Duration.Zero)).ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(min, Duration.FromNanoseconds(-1)));
        Assert.StartsWith("businessTime must not be negative.", negative.Message);
    }

    [Fact]
    public void Answers_at_the_edges_of_the_range_are_flagged_by_year()
    {
        var calendar = new BusinessCalendarBuilder().InTimeZone(DateTimeZone.Utc).AddWindowEveryDay(WorkingWindow.FullDay).DeclareHolidayDataFor(1900).Build();
        Assert.False(calendar.IsWorking(BusinessCalendar.MinSupported).HasWarning);
        Assert.Equal(2199, calendar.IsWorking(BusinessCalendar.MaxSupported - Duration.FromNanoseconds(1)).FirstYearWithoutHolidayData);
        var whole = calendar.Elapsed(BusinessCalendar.MinSupported, BusinessCalendar.MaxSupported - Duration.FromNanoseconds(1));
        Assert.Equal(1901, whole.FirstYearWithoutHolidayData);
        Assert.Equal(2199, whole.LastYearWithoutHolidayData);

        // Shanghai is 8 hours ahead: the last instant of the range falls on local 2200-01-01.
        var shanghai = new BusinessCalendarBuilder().AddWindowEveryDay(WorkingWindow.FullDay).DeclareHolidayDataFor(2200).Build();
        Assert.Equal(2199, shanghai.IsWorking(BusinessCalendar.MaxSupported - Duration.FromHours(9)).FirstYearWithoutHolidayData);
        Assert.False(shanghai.IsWorking(BusinessCalendar.MaxSupported - Duration.FromNanoseconds(1)).HasWarning);
    }
}
