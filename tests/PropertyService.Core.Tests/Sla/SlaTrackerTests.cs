using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public partial class SlaTrackerTests
{
    private const string Id = "R-1";
    private static readonly SlaSubject Subject = new(Id, new SiteId("SZ-01"), "Water");

    private static SlaTarget Answer(int minutes) =>
        new("answer", "TEST-1", SlaTrigger.On<TicketOpened>(), SlaTrigger.On<TicketAnswered>(), SlaDeadline.After(Duration.FromMinutes(minutes)))
        {
            Pause = SlaTrigger.On<TicketPaused>(),
            Resume = SlaTrigger.On<TicketResumed>(),
            Cancel = SlaTrigger.On<TicketCancelled>(),
        };

    private static SlaTracker Tracker(params SlaTarget[] targets) => new([new SlaPolicy("test", targets)]);

    [Fact]
    public void A_duration_target_runs_warns_at_75_percent_and_is_met()
    {
        var tracker = Tracker(Answer(10));
        var running = Assert.Single(tracker.Project(Subject, [new TicketOpened(Id, 1, At(0), Officer)], At(1)));
        Assert.Equal(SlaTimerState.Running, running.State);
        Assert.Equal(At(10), running.Deadline);
        Assert.Equal(At(0) + Duration.FromSeconds(450), running.WarningAt);

        var met = Assert.Single(tracker.Project(Subject, [new TicketOpened(Id, 1, At(0), Officer), new TicketAnswered(Id, 2, At(4), Officer)], At(30)));
        Assert.Equal(SlaTimerState.Met, met.State);
        Assert.Equal(At(4), met.MetAt);
        Assert.Equal(Duration.FromMinutes(6), met.Margin);
        Assert.False(met.IsOpen);
    }

    [Fact]
    public void Open_past_the_deadline_is_breached_and_met_late_stays_breached_by_how_much()
    {
        var tracker = Tracker(Answer(10));
        var open = Assert.Single(tracker.Project(Subject, [new TicketOpened(Id, 1, At(0), Officer)], At(12)));
        Assert.Equal(SlaTimerState.Breached, open.State);
        Assert.Equal(At(10), open.BreachedAt);
        Assert.Equal(Duration.FromMinutes(-2), open.Margin);

        var late = Assert.Single(tracker.Project(Subject, [new TicketOpened(Id, 1, At(0), Officer), new TicketAnswered(Id, 2, At(15), Officer)], At(30)));
        Assert.Equal(SlaTimerState.Breached, late.State);
        Assert.Equal(At(15), late.MetAt);
        Assert.Equal(Duration.FromMinutes(-5), late.Margin);
    }

    [Fact]
    public void A_policy_change_moves_the_deadline_and_keeps_the_paused_time()
    {
        DomainEvent[] events =
        [
            new TicketOpened(Id, 1, At(0), Officer),
            new TicketPaused(Id, 2, At(4), Officer),
            new TicketResumed(Id, 3, At(7), Officer),
        ];

        var before = Assert.Single(Tracker(Answer(10)).Project(Subject, events, At(8)));
        Assert.Equal(At(13), before.Deadline);
        Assert.Equal(Duration.FromMinutes(3), before.PausedTotal);

        var after = Assert.Single(Tracker(Answer(20)).Project(Subject, events, At(8)));
        Assert.Equal(At(23), after.Deadline);
        Assert.Equal(Duration.FromMinutes(3), after.PausedTotal);
        Assert.Equal(SlaTimerState.Running, after.State);

        var paused = Assert.Single(Tracker(Answer(10)).Project(Subject, events.Take(2), At(60)));
        Assert.Equal(SlaTimerState.Paused, paused.State);
    }

    [Fact]
    public void Cancelled_targets_are_neither_met_nor_missed()
    {
        var timer = Assert.Single(Tracker(Answer(10)).Project(Subject, [new TicketOpened(Id, 1, At(0), Officer), new TicketCancelled(Id, 2, At(20), Officer)], At(30)));
        Assert.Equal(SlaTimerState.Cancelled, timer.State);
        Assert.Null(timer.MetAt);
    }

    [Fact]
    public void A_carried_instant_sets_the_deadline_and_a_new_one_reschedules_it()
    {
        var target = new SlaTarget("arrive", "TEST-2", SlaTrigger.On<AppointmentBooked>(instant: e => e.Appointment), SlaTrigger.On<TicketAnswered>(), SlaDeadline.AtCarriedInstant(Duration.FromMinutes(-5)));
        var tracker = Tracker(target);
        var booked = new AppointmentBooked(Id, 1, At(0), Officer, At(120));
        Assert.Equal(At(115), Assert.Single(tracker.Project(Subject, [booked], At(1))).Deadline);

        var moved = Assert.Single(tracker.Project(Subject, [booked, new AppointmentBooked(Id, 2, At(10), Officer, At(240))], At(11)));
        Assert.Equal(At(235), moved.Deadline);
    }

    [Fact]
    public void Triggers_declared_by_event_type_name_read_the_carried_instant_by_property_name()
    {
        var target = new SlaTarget(
            "arrive before shift",
            "TEST-3",
            SlaTrigger.OnEventNamed("ShiftAssigned", instantProperty: "ShiftStartsAt"),
            SlaTrigger.OnEventNamed("ShiftArrivalRecorded"),
            SlaDeadline.AtCarriedInstant(Duration.FromMinutes(-15)));
        var timers = Tracker(target).Project(Subject, [new ShiftAssigned(Id, 1, At(0), Officer, At(60)), new ShiftArrivalRecorded(Id, 2, At(44), Officer)], At(50));
        var timer = Assert.Single(timers);
        Assert.Equal(At(45), timer.Deadline);
        Assert.Equal(SlaTimerState.Met, timer.State);
    }

    [Fact]
    public void End_of_business_day_targets_use_the_named_calendar()
    {
        var target = new SlaTarget("reply", "TEST-4", SlaTrigger.On<TicketOpened>(), SlaTrigger.On<TicketAnswered>(), SlaDeadline.EndOfBusinessDay(2, "office"));
        var tracker = new SlaTracker([new SlaPolicy("p", [target])], new Dictionary<string, BusinessCalendar> { ["office"] = BusinessCalendarTests.Office2026() });
        var friday = Instant.FromUtc(2026, 4, 3, 7, 0); // 15:00 in Shanghai, before Qingming
        var timer = Assert.Single(tracker.Project(Subject, [new TicketOpened(Id, 1, friday, Officer)], friday));
        Assert.Equal(Instant.FromUtc(2026, 4, 8, 9, 30), timer.Deadline);
        Assert.Null(timer.CalendarWarning);
    }

    [Fact]
    public void The_first_matching_policy_applies_and_unless_keeps_a_target_from_starting()
    {
        var emergency = new SlaPolicy("emergency", [Answer(5)]) { Emergency = true };
        var water = new SlaPolicy("water", [Answer(8)]) { Categories = ["Water"], Sites = [new SiteId("SZ-01")] };
        var fallback = new SlaPolicy("fallback", [Answer(30) with { Unless = SlaTrigger.On<TicketOpened>(e => e.Kind == "complaint") }]);
        var tracker = new SlaTracker([emergency, water, fallback]);
        DomainEvent[] events = [new TicketOpened(Id, 1, At(0), Officer)];

        Assert.Equal(At(5), tracker.Project(Subject with { IsEmergency = true }, events, At(0))[0].Deadline);
        Assert.Equal(At(8), tracker.Project(Subject, events, At(0))[0].Deadline);
        Assert.Equal(At(30), tracker.Project(Subject with { Category = "Gas" }, events, At(0))[0].Deadline);
        Assert.Equal(At(30), tracker.Project(Subject with { Site = new SiteId("SZ-02") }, events, At(0))[0].Deadline);
        Assert.Empty(tracker.Project(Subject with { Category = "Gas" }, [new TicketOpened(Id, 1, At(0), Officer, "complaint")], At(0)));
        Assert.Empty(new SlaTracker([water]).Project(Subject with { Category = "Gas" }, events, At(0)));
    }

    [Fact]
    public void Bad_policies_get_specific_errors()
    {
        var noResume = Answer(10) with { Resume = null };
        Assert.Contains("Pause without a Resume", Assert.Throws<ArgumentException>(() => new SlaPolicy("p", [noResume])).Message);
        Assert.Contains("named 'answer'", Assert.Throws<ArgumentException>(() => new SlaPolicy("p", [Answer(1), Answer(2)])).Message);
        var onMissingCalendar = Answer(10) with { Deadline = SlaDeadline.After(Duration.FromHours(1), "office") };
        var error = Assert.Throws<ArgumentException>(() => new SlaTracker([new SlaPolicy("p", [onMissingCalendar])]));
        Assert.Equal("calendars", error.ParamName);
        Assert.Contains("'office'", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaDeadline.After(Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaPolicy("p", []) { WarningThreshold = 1.5 });
        Assert.Contains("carries no instant", Assert.Throws<ArgumentException>(() =>
            new SlaPolicy("p", [Answer(1) with { Deadline = SlaDeadline.AtCarriedInstant(Duration.Zero) }])).Message);
    }
}
