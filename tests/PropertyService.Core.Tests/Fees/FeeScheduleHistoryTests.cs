using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class FeeScheduleHistoryTests
{
    [Fact]
    public void The_schedule_in_force_is_the_latest_one_starting_on_or_before_the_date()
    {
        var y2025 = Schedule(new LocalDate(2025, 1, 1));
        var y2026 = Schedule(new LocalDate(2026, 1, 1));
        var history = new FeeScheduleHistory(y2026, y2025);

        Assert.Equal([y2025, y2026], history.Schedules);
        Assert.Null(history.InForceOn(new LocalDate(2024, 12, 31)));
        Assert.Same(y2025, history.InForceOn(new LocalDate(2025, 1, 1)));
        Assert.Same(y2025, history.InForceOn(new LocalDate(2025, 12, 31)));
        Assert.Same(y2026, history.InForceOn(new LocalDate(2026, 1, 1)));
        Assert.Same(y2026, history.InForceOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void A_history_needs_schedules_none_null_and_one_per_start_date()
    {
        Assert.Equal("A fee schedule history needs at least one schedule. (Parameter 'schedules')",
            Assert.Throws<ArgumentException>(() => new FeeScheduleHistory()).Message);
        Assert.Equal("A fee schedule history cannot hold a null schedule. (Parameter 'schedules')",
            Assert.Throws<ArgumentNullException>(() => new FeeScheduleHistory(Schedule(), null!)).Message);
        Assert.Equal("Two fee schedules are in force from 2026-01-01; each date may start one schedule. (Parameter 'schedules')",
            Assert.Throws<ArgumentException>(() => new FeeScheduleHistory(Schedule(), Schedule(new LocalDate(2025, 1, 1)), Schedule())).Message);
    }
}
