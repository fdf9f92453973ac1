using NodaTime;

namespace PropertyService.Utility;

public class EventOrderTests
{
    private static readonly Instant Last = Instant.FromUtc(2026, 11, 30, 9, 0);

    [Fact]
    public void A_command_at_or_after_the_last_event_is_in_order()
    {
        Assert.Null(EventOrder.Check(Last, Last, "repair.out-of-order", "ticket"));
        Assert.Null(EventOrder.Check(Last + Duration.FromTicks(1), Last, "repair.out-of-order", "ticket"));
    }

    [Fact]
    public void A_command_dated_before_the_last_event_is_refused_naming_both_times()
    {
        var rejection = EventOrder.Check(Last - Duration.FromMinutes(1), Last, "help.out-of-order", "request");

        Assert.NotNull(rejection);
        Assert.Equal("help.out-of-order", rejection.Code);
        Assert.Equal("At", rejection.Field);
        Assert.Null(rejection.RuleId);
        Assert.Equal(
            "The time 2026-11-30T08:59:00Z is before the request's last recorded event at 2026-11-30T09:00:00Z; the record is kept in time order.",
            rejection.Message);
    }
}
