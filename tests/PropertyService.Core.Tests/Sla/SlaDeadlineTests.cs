using NodaTime;

namespace PropertyService.Sla;

public class SlaDeadlineTests
{
    [Fact]
    public void After_keeps_the_working_time_and_calendar()
    {
        var deadline = SlaDeadline.After(Duration.FromMinutes(90), "office");
        Assert.Equal(SlaDeadlineKind.After, deadline.Kind);
        Assert.Equal(Duration.FromMinutes(90), deadline.Amount);
        Assert.Equal(0, deadline.BusinessDays);
        Assert.Equal("office", deadline.CalendarName);
        Assert.Equal("90 min working time (office)", deadline.ToString());
        Assert.Null(SlaDeadline.After(Duration.FromSeconds(150)).CalendarName);
        Assert.Equal("2.5 min working time (24/7)", SlaDeadline.After(Duration.FromSeconds(150)).ToString());
        Assert.Equal(Duration.FromNanoseconds(1), SlaDeadline.After(Duration.FromNanoseconds(1)).Amount);
    }

    [Fact]
    public void After_refuses_no_time_and_blank_calendars()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => SlaDeadline.After(Duration.Zero));
        Assert.Equal("workingTime", zero.ParamName);
        Assert.StartsWith("workingTime must be positive.", zero.Message);
        Assert.Equal("workingTime", Assert.Throws<ArgumentOutOfRangeException>(() => SlaDeadline.After(Duration.FromMinutes(-1))).ParamName);
        Assert.Equal("calendarName", Assert.Throws<ArgumentException>(() => SlaDeadline.After(Duration.FromMinutes(1), " ")).ParamName);
    }

    [Fact]
    public void AtCarriedInstant_keeps_the_offset_either_side()
    {
        var before = SlaDeadline.AtCarriedInstant(Duration.FromMinutes(-5));
        Assert.Equal(SlaDeadlineKind.AtCarriedInstant, before.Kind);
        Assert.Equal(Duration.FromMinutes(-5), before.Amount);
        Assert.Equal(0, before.BusinessDays);
        Assert.Null(before.CalendarName);
        Assert.Equal("carried instant − 5 min", before.ToString());
        Assert.Equal("carried instant + 10 min", SlaDeadline.AtCarriedInstant(Duration.FromMinutes(10)).ToString());
        Assert.Equal("carried instant + 0 min", SlaDeadline.AtCarriedInstant(Duration.Zero).ToString());
    }

    [Fact]
    public void EndOfBusinessDay_keeps_the_days_and_needs_a_calendar_HR09()
    {
        var deadline = SlaDeadline.EndOfBusinessDay(2, "office");
        Assert.Equal(SlaDeadlineKind.EndOfBusinessDay, deadline.Kind);
        Assert.Equal(2, deadline.BusinessDays);
        Assert.Equal(Duration.Zero, deadline.Amount);
        Assert.Equal("office", deadline.CalendarName);
        Assert.Equal("end of business day 2 (office)", deadline.ToString());
        Assert.Equal(1, SlaDeadline.EndOfBusinessDay(1, "office").BusinessDays);

        var none = Assert.Throws<ArgumentOutOfRangeException>(() => SlaDeadline.EndOfBusinessDay(0, "office"));
        Assert.Equal("days", none.ParamName);
        Assert.StartsWith("days must be positive, but was 0.", none.Message);
        Assert.Equal("calendarName", Assert.Throws<ArgumentNullException>(() => SlaDeadline.EndOfBusinessDay(1, null!)).ParamName);
        Assert.Equal("calendarName", Assert.Throws<ArgumentException>(() => SlaDeadline.EndOfBusinessDay(1, "")).ParamName);
    }
}
