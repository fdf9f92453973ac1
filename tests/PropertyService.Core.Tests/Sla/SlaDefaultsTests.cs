using NodaTime;
using NodaTime.Testing;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public class SlaDefaultsTests
{
    private const string Id = "R-1";
    // Built afresh for each test (xunit makes an instance per test), so the code that builds it runs under test.
    private readonly SlaPolicy _policy = SlaDefaults.Build();

    private SlaTracker Tracker => new([_policy]);

    private SlaTimer Timer(string target, IReadOnlyCollection<DomainEvent> events, Instant asOf) =>
        Assert.Single(Tracker.Project(events, asOf), t => t.Target.Name == target);

    private bool Has(string target, IReadOnlyCollection<DomainEvent> events) =>
        Tracker.Project(events, At(0)).Any(t => t.Target.Name == target);

    [Theory]
    [InlineData(SlaDefaults.WorkOrderTarget, "RP-09")]
    [InlineData(SlaDefaults.NotifyEngineeringTarget, "RP-09")]
    [InlineData(SlaDefaults.ArrivalTarget, "RP-12")]
    [InlineData(SlaDefaults.AppointmentArrivalTarget, "RP-13")]
    [InlineData(SlaDefaults.AssessmentTarget, "RP-14")]
    [InlineData(SlaDefaults.AnswerAfterEscalationTarget, "HR-04")]
    [InlineData(SlaDefaults.WrittenReplyTarget, "HR-09")]
    [InlineData(SlaDefaults.ArriveBeforeShiftTarget, "CS-16")]
    public void Every_default_target_cites_its_rule(string target, string ruleId)
    {
        Assert.Equal(ruleId, _policy.Target(target).RuleId);
        Assert.Equal(8, _policy.Targets.Count);
        Assert.Equal(0.75, _policy.WarningThreshold);
    }

    [Fact]
    public void The_shared_default_policy_is_the_one_the_builder_makes()
    {
        Assert.Same(SlaDefaults.Policy, SlaDefaults.Policy);
        Assert.Equal(
            _policy.Targets.Select(t => (t.Name, t.RuleId, t.Deadline.ToString())),
            SlaDefaults.Policy.Targets.Select(t => (t.Name, t.RuleId, t.Deadline.ToString())));
        Assert.Equal(_policy.Name, SlaDefaults.Policy.Name);
    }

    private static Instant When<TEvent>(RepairTicket ticket) where TEvent : DomainEvent => ticket.Events.OfType<TEvent>().Last().OccurredAt;

    [Fact]
    public void Work_order_is_due_3_minutes_after_report_RP09()
    {
        var f = new RepairFixture();
        var ticket = f.Report();
        var timer = Timer(SlaDefaults.WorkOrderTarget, [.. ticket.Events], When<RepairReported>(ticket));
        Assert.Equal(When<RepairReported>(ticket) + Duration.FromMinutes(3), timer.Deadline);
        Assert.Equal(When<RepairReported>(ticket) + Duration.FromSeconds(135), timer.WarningAt);
        Assert.Equal(SlaTimerState.Running, timer.State);

        RepairFixture.Ok(ticket.IssueWorkOrder(RepairFixture.Officer, f.Numbers, When<RepairReported>(ticket) + Duration.FromMinutes(2)));
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.WorkOrderTarget, [.. ticket.Events], f.Now).State);
    }

    [Fact]
    public void Engineering_is_notified_2_minutes_after_the_work_order_is_issued_RP09()
    {
        var f = new RepairFixture();
        var ticket = f.Report();
        RepairFixture.Ok(ticket.IssueWorkOrder(RepairFixture.Officer, f.Numbers, f.Now));
        var issued = When<WorkOrderIssued>(ticket);
        Assert.Equal(issued + Duration.FromMinutes(2), Timer(SlaDefaults.NotifyEngineeringTarget, [.. ticket.Events], issued).Deadline);
        Assert.Equal(SlaTimerState.Breached, Timer(SlaDefaults.NotifyEngineeringTarget, [.. ticket.Events], issued + Duration.FromMinutes(3)).State);
    }

    [Fact]
    public void A_night_report_starts_its_work_order_target_at_the_morning_take_over_RP09_CS15()
    {
        var f = new RepairFixture();
        var ticket = f.LoggedAtNight();
        RepairFixture.Ok(ticket.DeferToMorning(RepairFixture.Technician, "Told the resident: tomorrow morning", f.Now));
        Assert.False(Has(SlaDefaults.WorkOrderTarget, [.. ticket.Events]));

        RepairFixture.Ok(ticket.TakeOverInMorning(RepairFixture.Officer, f.Now + Duration.FromHours(7)));
        var takenOver = When<RepairTakenOverInMorning>(ticket);
        var timer = Timer(SlaDefaults.WorkOrderTarget, [.. ticket.Events], takenOver);
        Assert.Equal(takenOver, timer.StartedAt);
        Assert.Equal(takenOver + Duration.FromMinutes(3), timer.Deadline);
        Assert.True(When<RepairReported>(ticket) < takenOver); // the report keeps its original time
    }

    [Fact]
    public void Technician_must_arrive_10_minutes_after_collection_RP12()
    {
        var f = new RepairFixture();
        var ticket = f.ReadyToAssign();
        var collected = When<WorkOrderCollected>(ticket);
        Assert.Equal(collected + Duration.FromMinutes(10), Timer(SlaDefaults.ArrivalTarget, [.. ticket.Events], collected).Deadline);
        Assert.False(Has(SlaDefaults.AssessmentTarget, [.. ticket.Events]));

        RepairFixture.Ok(ticket.Assign(RepairFixture.EngineeringSupervisor, RepairFixture.Technician, collected + Duration.FromMinutes(1)));
        RepairFixture.Ok(ticket.Arrive(RepairFixture.Technician, collected + Duration.FromMinutes(9)));
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.ArrivalTarget, [.. ticket.Events], f.Now).State);
    }

    [Fact]
    public void Technician_must_arrive_10_minutes_after_the_resident_accepts_an_assessed_quote_RP12_RP14()
    {
        var f = new RepairFixture();
        var ticket = f.AwaitingDecision();
        Assert.False(Has(SlaDefaults.ArrivalTarget, [.. ticket.Events]));
        RepairFixture.Ok(ticket.AcceptQuote(RepairFixture.Officer, RepairFixture.Owner, QuoteAnswerChannel.Phone, f.Now));
        var accepted = When<QuoteAccepted>(ticket);
        Assert.Equal(accepted + Duration.FromMinutes(10), Timer(SlaDefaults.ArrivalTarget, [.. ticket.Events], accepted).Deadline);
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.AssessmentTarget, [.. ticket.Events], accepted).State);
    }

    [Fact]
    public void Supervisor_must_assess_within_15_minutes_of_collection_RP14()
    {
        var f = new RepairFixture();
        var ticket = f.AwaitingAssessment();
        var collected = When<WorkOrderCollected>(ticket);
        Assert.Equal(collected + Duration.FromMinutes(15), Timer(SlaDefaults.AssessmentTarget, [.. ticket.Events], collected).Deadline);
        Assert.False(Has(SlaDefaults.ArrivalTarget, [.. ticket.Events]));

        RepairFixture.Ok(ticket.Cancel(RepairFixture.Officer, "Resident withdrew the request", f.Now));
        Assert.Equal(SlaTimerState.Cancelled, Timer(SlaDefaults.AssessmentTarget, [.. ticket.Events], f.Now).State);
    }

    [Fact]
    public void Technician_must_arrive_5_minutes_before_the_appointment_RP13()
    {
        var f = new RepairFixture();
        var appointment = RepairFixture.Start + Duration.FromHours(4);
        var ticket = f.ReadyToAssign(RepairFixture.Request("S-01") with { Appointment = appointment });
        var timer = Timer(SlaDefaults.AppointmentArrivalTarget, [.. ticket.Events], f.Now);
        Assert.Equal(appointment - Duration.FromMinutes(5), timer.Deadline);
        Assert.False(Has(SlaDefaults.ArrivalTarget, [.. ticket.Events])); // RP-13 replaces RP-12 when an appointment was agreed

        RepairFixture.Ok(ticket.Assign(RepairFixture.EngineeringSupervisor, RepairFixture.Technician, f.Now));
        RepairFixture.Ok(ticket.Arrive(RepairFixture.Technician, appointment - Duration.FromMinutes(6)));
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.AppointmentArrivalTarget, [.. ticket.Events], appointment).State);
    }

    [Fact]
    public void Repair_tickets_produce_SLA_timers_from_their_events_and_the_monitor_raises_their_breaches()
    {
        var f = new RepairFixture();
        var ticket = f.OnSite();
        var timers = Tracker.Project(ticket.Events, f.Now);
        Assert.Equal(
            [(SlaDefaults.WorkOrderTarget, "RP-09"), (SlaDefaults.NotifyEngineeringTarget, "RP-09"), (SlaDefaults.ArrivalTarget, "RP-12")],
            timers.Select(t => (t.Target.Name, t.Target.RuleId)));
        Assert.All(timers, t => Assert.False(t.IsOpen));

        var late = f.Report();
        var reported = When<RepairReported>(late);
        var monitor = new SlaMonitor();
        foreach (var timer in Tracker.Project(late.Events, reported))
        {
            monitor.Track(timer);
        }

        var alerts = monitor.Poll(reported + Duration.FromMinutes(4));
        Assert.Equal(["SlaWarningRaised", "SlaBreached"], alerts.Select(a => a.GetType().Name));
        Assert.All(alerts, a => Assert.Equal("RP-09", a.RuleId));
        Assert.Equal(reported + Duration.FromMinutes(3), alerts[1].DueAt);
    }

    [Fact]
    public void Escalated_help_request_must_be_answered_within_15_minutes_HR04()
    {
        var clock = new FakeClock(At(0));
        var (request, events) = Received(HelpKind.GeneralHelp, clock);
        events.AddRange(Ok(request.RecordWishes(Officer, "Please keep a parcel overnight.", clock.GetCurrentInstant()), clock));
        var escalatedAt = clock.GetCurrentInstant();
        events.AddRange(Ok(request.Escalate(Officer, Role.ServiceSupervisor, "Can we keep it overnight?", clock.GetCurrentInstant()), clock));

        var timer = Timer(SlaDefaults.AnswerAfterEscalationTarget, events, clock.GetCurrentInstant());
        Assert.Equal(escalatedAt + Duration.FromMinutes(15), timer.Deadline);
        Assert.Equal(SlaTimerState.Running, timer.State);

        var supervisor = new Actor("S01", "张主管", Officer.Site, Role.ServiceSupervisor);
        events.AddRange(Ok(request.Instruct(supervisor, "Yes, keep it at the desk.", clock.GetCurrentInstant()), clock));
        events.AddRange(Ok(request.Answer(Officer, "Parcel kept at the front desk.", clock.GetCurrentInstant()), clock));
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.AnswerAfterEscalationTarget, events, clock.GetCurrentInstant()).State);
    }

    [Fact]
    public void Written_inquiry_must_be_answered_within_48_hours_or_by_the_end_of_the_second_business_day_HR09()
    {
        var friday = Instant.FromUtc(2026, 4, 3, 7, 0); // 15:00 in Shanghai, the Friday before Qingming
        var clock = new FakeClock(friday);
        var (request, events) = Received(HelpKind.WrittenInquiry, clock);
        var registeredAt = clock.GetCurrentInstant();
        events.AddRange(Ok(request.RecordWishes(Officer, "When will the lift be replaced?", clock.GetCurrentInstant()), clock));
        Assert.Contains(events, e => e is WrittenInquiryRegistered);

        Assert.Equal(registeredAt + Duration.FromHours(48), Timer(SlaDefaults.WrittenReplyTarget, events, registeredAt).Deadline);

        var site = new SlaTracker(
            [_policy.WithTarget(SlaDefaults.WrittenReplyByBusinessDays("office"))],
            new Dictionary<string, BusinessCalendar> { ["office"] = BusinessCalendarTests.Office2026() });
        var timer = Assert.Single(site.Project(events, registeredAt), t => t.Target.RuleId == "HR-09");
        Assert.Equal(Instant.FromUtc(2026, 4, 8, 9, 30), timer.Deadline); // Wednesday 8 April, 17:30

        events.AddRange(Ok(request.ReplyInWriting(new Actor("S01", "张主管", Officer.Site, Role.ServiceSupervisor), "In May.", clock.GetCurrentInstant()), clock));
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.WrittenReplyTarget, events, clock.GetCurrentInstant()).State);
    }

    [Fact]
    public void Person_on_duty_must_arrive_15_minutes_before_the_shift_CS16()
    {
        var f = new Shifts.HandoverFixture();
        var handover = f.Schedule();
        var due = Shifts.RosterFixture.At(3, 3, 8, 15);

        var timer = Timer(SlaDefaults.ArriveBeforeShiftTarget, handover.Events.ToList(), due + Duration.FromMinutes(1));
        Assert.Equal(due, timer.Deadline);
        Assert.Equal(SlaTimerState.Breached, timer.State);

        f.Record(handover.Arrive(f.Incoming, due - Duration.FromMinutes(5)));
        Assert.Equal(SlaTimerState.Met, Timer(SlaDefaults.ArriveBeforeShiftTarget, f.Events, due + Duration.FromMinutes(1)).State);

        // A site that wants its people 30 minutes early sets it once, on the handover options.
        var early = new Shifts.HandoverFixture().Schedule(new Shifts.ShiftHandoverOptions { ArriveBefore = Duration.FromMinutes(30) });
        Assert.Equal(due - Duration.FromMinutes(15), Timer(SlaDefaults.ArriveBeforeShiftTarget, early.Events.ToList(), due).Deadline);
    }

    [Fact]
    public void The_subject_is_derived_from_the_events()
    {
        var clock = new FakeClock(At(0));
        var (_, events) = Received(HelpKind.MedicalEmergency, clock);
        var subject = SlaSubject.FromEvents(events);
        Assert.Equal("H-1", subject.AggregateId);
        Assert.Equal("MedicalEmergency", subject.Category);
        Assert.True(subject.IsEmergency);
        Assert.Throws<ArgumentException>(() => SlaSubject.FromEvents([]));
    }

    private static (HelpRequest Request, List<DomainEvent> Events) Received(HelpKind kind, FakeClock clock)
    {
        var (request, received) = HelpRequest.Receive("H-1", Officer, kind, clock.GetCurrentInstant()).Value;
        var events = new List<DomainEvent>(received);
        clock.AdvanceMinutes(1);
        events.AddRange(Ok(request.RecordContact(Officer, Location.InUnit(new UnitAddress("3", "2", "1201")), ContactPhone.Parse("138 1234 5678"), clock.GetCurrentInstant()), clock));
        return (request, events);
    }

    private static IReadOnlyList<DomainEvent> Ok(Result<IReadOnlyList<DomainEvent>> result, FakeClock clock)
    {
        Assert.True(result.IsSuccess, result.ToString());
        clock.AdvanceMinutes(1);
        return result.Value;
    }
}
