using NodaTime;

namespace PropertyService.Sla;

public class WorkingWindowTests
{
    private static readonly WorkingWindow Office = new(new LocalTime(8, 30), new LocalTime(17, 30));
    private static readonly WorkingWindow Night = new(new LocalTime(17, 30), new LocalTime(8, 30));

    [Fact]
    public void A_window_within_a_day_does_not_cross_midnight()
    {
        Assert.Equal(new LocalTime(8, 30), Office.Start);
        Assert.Equal(new LocalTime(17, 30), Office.End);
        Assert.False(Office.CrossesMidnight);
        Assert.False(Office.IsFullDay);
        Assert.Equal(Duration.FromHours(9), Office.Length);
        Assert.Equal("08:30–17:30", Office.ToString());
    }

    [Fact]
    public void A_night_window_crosses_midnight_CS12()
    {
        Assert.True(Night.CrossesMidnight);
        Assert.False(Night.IsFullDay);
        Assert.Equal(Duration.FromHours(15), Night.Length);
        Assert.Equal("17:30–08:30", Night.ToString());

        var toMidnight = new WorkingWindow(new LocalTime(17, 30), LocalTime.Midnight);
        Assert.True(toMidnight.CrossesMidnight);
        Assert.Equal(Duration.FromHours(6.5), toMidnight.Length);
    }

    [Fact]
    public void A_window_whose_start_equals_its_end_is_a_full_day()
    {
        Assert.True(WorkingWindow.FullDay.IsFullDay);
        Assert.True(WorkingWindow.FullDay.CrossesMidnight);
        Assert.Equal(Duration.FromDays(1), WorkingWindow.FullDay.Length);
        Assert.Equal("00:00–00:00", WorkingWindow.FullDay.ToString());
        Assert.Equal(Duration.FromDays(1), new WorkingWindow(new LocalTime(9, 0), new LocalTime(9, 0)).Length);
        Assert.Equal(WorkingWindow.FullDay, default);
    }

    [Fact]
    public void Windows_are_equal_when_start_and_end_are()
    {
        var same = new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 30));
        Assert.True(Office == same);
        Assert.False(Office != same);
        Assert.True(Office.Equals(same));
        Assert.True(Office.Equals((object)same));
        Assert.False(Office.Equals("08:30–17:30"));
        Assert.Equal(Office.GetHashCode(), same.GetHashCode());
        Assert.True(Office != Night);
        Assert.False(Office == Night);
        Assert.NotEqual(Office, new WorkingWindow(new LocalTime(8, 30), new LocalTime(17, 0)));
        Assert.NotEqual(Office, new WorkingWindow(new LocalTime(9, 0), new LocalTime(17, 30)));
    }
}
