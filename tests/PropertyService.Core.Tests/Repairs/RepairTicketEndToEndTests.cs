using NodaTime;
using NodaTime.Testing;
using PropertyService.Fees;

namespace PropertyService.Repairs;

/// <summary>
/// Drives tickets from report to close through the public API only, the way a host would: asking
/// <see cref="RepairTicket.PermittedActions"/> before each step, as a user interface does.
/// </summary>
public class RepairTicketEndToEndTests
{
    private static readonly SiteId Site = new("SZ-01");
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Actor Officer = new("O1", "王客服", Site, Role.Officer);
    private static readonly Actor Supervisor = new("SS1", "张主管", Site, Role.ServiceSupervisor);
    private static readonly Actor Engineering = new("ES1", "孙工", Site, Role.EngineeringSupervisor);
    private static readonly Actor Technician = new("T1", "周师傅", Site, Role.Technician);
    private static readonly Actor NightTechnician = new("T9", "夜班师傅", Site, Role.Technician);
    private static readonly Actor Resident = new("R1", "陈女士", Site, Role.Resident);
    private static readonly Resident Owner = new("陈女士", ContactPhone.Parse("138 1234 5678"), isOwner: true) { Id = "R1" };

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 27, 1, 0), Duration.FromMinutes(2));
    private readonly IWorkOrderNumberSource _numbers = new InMemoryWorkOrderNumberSource();
    private readonly IFeeEvaluator _fees = new FakeFeeEvaluator();

    private static RepairRequest Request(params string[] codes) =>
        new(RepairChannel.Call, Owner, Owner.Phone, Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen"), RepairCategory.Unit, "水龙头漏水")
        {
            FeeItemCodes = codes,
        };

    private static void Do(RepairTicket ticket, Actor actor, RepairAction action, Func<Result<IReadOnlyList<DomainEvent>>> command)
    {
        var row = ticket.PermittedActions(actor).Single(a => a.Action == action);
        Assert.True(row.IsPermitted, $"{action} by {actor}: {row.Reason}");
        var result = command();
        Assert.True(result.IsSuccess, result.ToString());
    }

    private RepairTicket ReportAndDispatch(RepairRequest request)
    {
        var t = RepairTicket.Report("RT-" + Guid.NewGuid().ToString("N"), request, Officer, _clock.GetCurrentInstant()).Value.Aggregate;
        Do(t, Officer, RepairAction.IssueWorkOrder, () => t.IssueWorkOrder(Officer, _numbers, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.NotifyEngineering, () => t.NotifyEngineering(Officer, _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.Collect, () => t.Collect(Technician, t.CreateQuoteRequest(Shanghai), _fees, _clock.GetCurrentInstant()));
        return t;
    }

    private void WorkAndClose(RepairTicket t, bool assign = true)
    {
        if (assign)
        {
            Do(t, Engineering, RepairAction.Assign, () => t.Assign(Engineering, Technician, _clock.GetCurrentInstant()));
            Do(t, Technician, RepairAction.Arrive, () => t.Arrive(Technician, _clock.GetCurrentInstant()));
        }

        Do(t, Technician, RepairAction.CompleteWork, () => t.CompleteWork(Technician, "done", _clock.GetCurrentInstant()));
        Do(t, Resident, RepairAction.SignOff, () => t.SignOff(Resident, Owner, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.FollowUp, () => t.FollowUp(Officer, Satisfaction.Satisfied, "很好", _clock.GetCurrentInstant()));
        Assert.Equal(RepairState.Closed, t.State);
    }

    [Fact]
    public void Scheduled_repair_from_report_to_close_RP08_to_RP13_RP16_RP03()
    {
        var t = ReportAndDispatch(Request("S-01"));
        Assert.Equal(RepairState.ReadyToAssign, t.State);
        WorkAndClose(t);
        Assert.Equal(Money.Yuan(30), t.ResidentOwes);
        Assert.Equal(t.State, RepairTicket.FromEvents(t.Events).State);
    }

    [Fact]
    public void Assessed_repair_from_report_to_close_RP14()
    {
        var t = ReportAndDispatch(Request());
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
        Do(t, Engineering, RepairAction.Assess, () => t.Assess(Engineering, [new AssessedLine("Re-seal the sink", Money.Yuan(120), Money.Yuan(35))], _fees, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.AcceptQuote, () => t.AcceptQuote(Officer, Owner, QuoteAnswerChannel.Phone, _clock.GetCurrentInstant()));
        WorkAndClose(t);
        Assert.Equal(Money.Yuan(155), t.ResidentOwes);
        Assert.NotNull(t.AcceptedQuote);
    }

    [Fact]
    public void Night_fix_from_report_to_close_CS14()
    {
        var t = RepairTicket.Report("RT-N1", Request(), NightTechnician, _clock.GetCurrentInstant()).Value.Aggregate;
        Do(t, NightTechnician, RepairAction.FixAtNight, () => t.FixAtNight(NightTechnician, "Reset the breaker", _clock.GetCurrentInstant()));
        Do(t, Resident, RepairAction.SignOff, () => t.SignOff(Resident, Owner, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.FollowUp, () => t.FollowUp(Officer, Satisfaction.Satisfied, null, _clock.GetCurrentInstant()));
        Assert.Equal(RepairState.Closed, t.State);
        Assert.Equal(Money.Zero(), t.ResidentOwes);
    }

    [Fact]
    public void Night_deferral_is_taken_over_and_closed_with_a_supervisor_override_CS14_CS15_RP16()
    {
        var t = RepairTicket.Report("RT-N2", Request("S-01"), NightTechnician, _clock.GetCurrentInstant()).Value.Aggregate;
        var reportedAt = t.ReportedAt;
        Do(t, NightTechnician, RepairAction.DeferToMorning, () => t.DeferToMorning(NightTechnician, "Told the resident: tomorrow morning", _clock.GetCurrentInstant()));
        var morning = _clock.GetCurrentInstant() + Duration.FromHours(6);
        _clock.Reset(morning);
        Do(t, Officer, RepairAction.TakeOverInMorning, () => t.TakeOverInMorning(Officer, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.IssueWorkOrder, () => t.IssueWorkOrder(Officer, _numbers, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.NotifyEngineering, () => t.NotifyEngineering(Officer, _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.Collect, () => t.Collect(Technician, t.CreateQuoteRequest(Shanghai), _fees, _clock.GetCurrentInstant()));
        Do(t, Engineering, RepairAction.Assign, () => t.Assign(Engineering, Technician, _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.Arrive, () => t.Arrive(Technician, _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.CompleteWork, () => t.CompleteWork(Technician, null, _clock.GetCurrentInstant()));
        Do(t, Supervisor, RepairAction.OverrideSignOff, () => t.OverrideSignOff(Supervisor, SignOffOverrideReason.ResidentUnreachable, "Three calls, no answer", _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.FollowUp, () => t.FollowUp(Officer, Satisfaction.Neutral, null, _clock.GetCurrentInstant()));
        Assert.Equal(RepairState.Closed, t.State);
        Assert.Equal(reportedAt, t.ReportedAt);
        Assert.True(t.TakenOverAt >= morning);
    }

    [Fact]
    public void Rework_and_reopening_end_in_a_close_RP16_RP03()
    {
        var t = ReportAndDispatch(Request("S-01"));
        Do(t, Engineering, RepairAction.Assign, () => t.Assign(Engineering, Technician, _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.Arrive, () => t.Arrive(Technician, _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.CompleteWork, () => t.CompleteWork(Technician, null, _clock.GetCurrentInstant()));
        Do(t, Resident, RepairAction.RejectWork, () => t.RejectWork(Resident, Owner, "Still drips", _clock.GetCurrentInstant()));
        Do(t, Technician, RepairAction.CompleteWork, () => t.CompleteWork(Technician, "New cartridge", _clock.GetCurrentInstant()));
        Do(t, Resident, RepairAction.SignOff, () => t.SignOff(Resident, Owner, _clock.GetCurrentInstant()));
        Do(t, Officer, RepairAction.FollowUp, () => t.FollowUp(Officer, Satisfaction.Dissatisfied, "Drips again at night", _clock.GetCurrentInstant()));
        Assert.Equal(RepairState.Rework, t.State);
        Assert.IsType<RepairReopened>(t.Events[^1]);
        WorkAndClose(t, assign: false);
    }

    [Fact]
    public void Cancellation_before_work_starts()
    {
        var t = ReportAndDispatch(Request("S-01"));
        Do(t, Officer, RepairAction.Cancel, () => t.Cancel(Officer, "The resident fixed it", _clock.GetCurrentInstant()));
        Assert.Equal(RepairState.Cancelled, t.State);
        Assert.DoesNotContain(t.PermittedActions(Officer), a => a.IsPermitted);
    }
}
