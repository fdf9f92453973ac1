using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Sla;

using static PropertyService.Escalation.EscalationFixture;

namespace PropertyService.Escalation;

/// <summary>Boundaries and arguments of the escalation types: the cases the main tests do not reach.</summary>
public sealed class EscalationEdgeTests
{

    private static EscalationRequest Request(int level, string cause = "c1", EscalationUrgency urgency = EscalationUrgency.Urgent) =>
        new(cause, "RT-1", EscalationDepartment.Service, new EscalationLevel(level), urgency, "RP-09", new EscalationReason("test", "late"));

    [Fact]
    public void Board_arguments_are_checked()
    {
        var board = new EscalationBoard();
        Assert.Throws<ArgumentNullException>(() => board.Submit(Site, null!, Request(1), T0));
        Assert.Throws<ArgumentNullException>(() => board.Submit(Site, EscalationLadder.Default, null!, T0));
        Assert.Throws<ArgumentNullException>(() => board.Acknowledge(Site, null!, Supervisor, T0));
        Assert.Throws<ArgumentNullException>(() => board.Acknowledge(Site, "c1", null!, T0));
        Assert.Throws<ArgumentNullException>(() => board.Find(Site, null!));
        Assert.Null(board.Find(Site, "c1"));
    }

    [Fact]
    public void A_later_more_urgent_request_raises_the_urgency()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1, urgency: EscalationUrgency.Normal), T0);
        board.Submit(Site, EscalationLadder.Default, Request(2, urgency: EscalationUrgency.Immediate), T0);
        Assert.Equal(EscalationUrgency.Immediate, board.Find(Site, "c1")!.Urgency);
    }

    [Fact]
    public void Refusals_name_their_field()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1), T0);
        Assert.Equal("Cause", board.Acknowledge(Site, "nope", Supervisor, T0).Rejection!.Field);
        Assert.Equal("Actor", board.Acknowledge(Site, "c1", new Actor("X", "外站", new SiteId("GZ"), Role.ServiceSupervisor), T0).Rejection!.Field);
        var role = board.Acknowledge(Site, "c1", Officer, T0).Rejection!;
        Assert.Equal(("Actor", "RP-09"), (role.Field, role.RuleId));
        Assert.Contains("service-center supervisor", role.Describe(CultureInfo.InvariantCulture));
        Assert.Contains("site manager", role.Describe(CultureInfo.InvariantCulture));
        Assert.Contains("管理处经理", role.Describe(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("At", board.Acknowledge(Site, "c1", Supervisor, T0 - Duration.FromSeconds(1)).Rejection!.Field);
        Assert.True(board.Acknowledge(Site, "c1", Supervisor, T0).IsSuccess); // at the notice's own instant
    }

    [Fact]
    public void Acknowledging_drops_the_queued_climb()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1), T0);
        board.Acknowledge(Site, "c1", Supervisor, T0);
        Assert.Null(board.NextClimbAt);
    }

    [Fact]
    public void A_cause_at_the_top_never_climbs()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(3), T0);
        Assert.Null(board.NextClimbAt);
        Assert.Null(board.Find(Site, "c1")!.NextClimbAt);
        Assert.Empty(board.Climb(T0 + Duration.FromDays(1)));
    }

    [Fact]
    public void Climbs_due_at_the_same_instant_come_in_the_order_they_were_raised()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1, "b"), T0);
        board.Submit(Site, EscalationLadder.Default, Request(1, "a"), T0);
        board.Submit(Site, EscalationLadder.Default, Request(1, "c"), T0);
        Assert.Equal(["b", "a", "c"], board.Climb(T0 + Duration.FromMinutes(10)).Select(n => n.Cause));
    }

    [Fact]
    public void Cases_raised_at_the_same_instant_are_listed_by_cause()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1, "b"), T0);
        board.Submit(Site, EscalationLadder.Default, Request(1, "a"), T0);
        Assert.Equal(["a", "b"], board.Cases(Site).Select(c => c.Cause));
    }

    [Fact]
    public void A_climbed_notice_says_so_in_both_languages()
    {
        var board = new EscalationBoard();
        board.Submit(Site, EscalationLadder.Default, Request(1), T0);
        var notice = Assert.Single(board.Climb(T0 + Duration.FromMinutes(10)));
        Assert.Equal("[RP-09] Urgent, to the service-center manager (not acknowledged below in time): late", notice.Describe(CultureInfo.InvariantCulture));
        Assert.Equal("[RP-09] 紧急，上报客户服务中心经理（下一级未及时确认）：late", notice.Describe(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(notice.Describe(), notice.ToString());
    }

    [Fact]
    public void Resetting_the_context_forgets_what_was_raised()
    {
        var context = new EscalationContext();
        context.Raise(Request(1));
        context.Reset(Site, EscalationLadder.Default, T0, []);
        Assert.Empty(context.Raised);
        Assert.Equal((Site, T0), (context.Site, context.At));
        Assert.Throws<ArgumentNullException>(() => context.Raise(null!));
    }

    [Fact]
    public void Ladder_and_level_boundaries()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationLadder.Default.With((EscalationDepartment)7, Role.Officer, Role.ServiceSupervisor));
        Assert.False(new EscalationLevel(2) < new EscalationLevel(2));
        Assert.False(new EscalationLevel(2) > new EscalationLevel(2));
        Assert.True(new EscalationLevel(1) != new EscalationLevel(2));
        Assert.False(new EscalationLevel(2) != new EscalationLevel(2));
        Assert.True(new EscalationLevel(2) == new EscalationLevel(2));
        Assert.True(new EscalationLevel(2).Equals((object)new EscalationLevel(2)));
        Assert.Equal(2, new EscalationLevel(2).GetHashCode());
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(72 * 60, true)]
    [InlineData(72 * 60 + 1, false)]
    [InlineData(0, false)]
    public void The_time_to_acknowledge_is_from_one_minute_to_72_hours(int minutes, bool valid) =>
        Assert.Equal(valid, new EscalationOptions { AcknowledgeWithin = Duration.FromMinutes(minutes) }.Validate().Count == 0);

    [Fact]
    public void A_request_at_level_zero_says_why() =>
        Assert.Contains("level must be 1 or higher", Assert.Throws<ArgumentException>(() => new EscalationRequest("c", "a", EscalationDepartment.Service, default, EscalationUrgency.Normal, "R", new EscalationReason("c", "t"))).Message);

    [Fact]
    public void Built_in_rules_check_their_arguments()
    {
        var e = new IncomingAbsent("HO-1", 2, T0, Technician);
        foreach (var rule in EscalationRules.CreateBuiltIn().Where(r => r is not SlaEscalationRule))
        {
            Assert.Throws<ArgumentNullException>(() => rule.OnEvent(e, null!));
        }

        var alert = new SlaBreached("RT-1", SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget), T0);
        Assert.Throws<ArgumentNullException>(() => new SlaEscalationRule().OnAlert(null!, new EscalationContext()));
        Assert.Throws<ArgumentNullException>(() => new SlaEscalationRule().OnAlert(alert, null!));
    }

    [Theory]
    [InlineData("RP-10", EscalationDepartment.Engineering)]
    [InlineData("RP-11", EscalationDepartment.Engineering)]
    [InlineData("RP-15", EscalationDepartment.Engineering)]
    [InlineData("RP-16", EscalationDepartment.Engineering)]
    [InlineData("RP-09", EscalationDepartment.Service)]
    [InlineData("XX-01", EscalationDepartment.Service)]
    public void The_department_of_a_target_follows_its_rule(string ruleId, EscalationDepartment department) =>
        Assert.Equal(department, SlaEscalationRule.DepartmentOf(SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget) with { RuleId = ruleId }, []));

    [Fact]
    public void A_CS20_target_follows_the_incoming_person_and_an_officer_who_is_also_a_technician_stays_in_the_service_center()
    {
        var both = new Actor("OT", "多面手", Site, Role.Officer, Role.Technician);
        var target = SlaDefaults.Policy.Target(SlaDefaults.ArriveBeforeShiftTarget) with { RuleId = "CS-20" };
        Assert.Equal(EscalationDepartment.Engineering, SlaEscalationRule.DepartmentOf(target, [Scheduled(Technician)]));
        Assert.Equal(EscalationDepartment.Service, SlaEscalationRule.DepartmentOf(target, [Scheduled(both)]));
        Assert.Equal(EscalationDepartment.Service, SlaEscalationRule.DepartmentOf(target, []));
    }

    [Fact]
    public void An_absence_without_a_scheduled_handover_in_the_history_still_escalates_CS20()
    {
        var request = Assert.Single(Run(new IncomingAbsentEscalationRule(), new IncomingAbsent("HO-1", 2, T0, Technician)));
        Assert.Equal("Handover HO-1: the incoming person  has not arrived at shift start; the outgoing person stays at the post.", request.Reason.Describe(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unqualified_materials_without_remarks_read_cleanly_RP15()
    {
        var request = Assert.Single(Run(new UnqualifiedMaterialsEscalationRule(), new MaterialsChecked("RT-1", 6, T0, Technician, MaterialCheckResult.Unqualified, null)));
        Assert.Equal("The resident's materials for ticket RT-1 are unqualified; the work is stopped. ", request.Reason.Describe(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Only_rejections_up_to_this_one_are_counted_RP16()
    {
        var first = new WorkRejected("RT-1", 8, T0, OwnerActor, Owner, "Still drips");
        var completed = new WorkCompleted("RT-1", 7, T0, Technician, "Fixed");
        Assert.Empty(Run(new WorkRejectedEscalationRule(), first, completed));
        var second = new WorkRejected("RT-1", 10, T0, OwnerActor, Owner, "Still drips");
        Assert.Empty(Run(new WorkRejectedEscalationRule(), new WorkCompleted("RT-1", 11, T0, Technician, "Fixed"), first, second));
    }

    [Fact]
    public async Task The_in_memory_notifier_keeps_and_forgets_notices()
    {
        var notifier = new InMemoryEscalationNotifier();
        var board = new EscalationBoard();
        await notifier.NotifyAsync(board.Submit(Site, EscalationLadder.Default, Request(1), T0)!, CancellationToken.None);
        Assert.Single(notifier.Notices);
        notifier.Clear();
        Assert.Empty(notifier.Notices);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await notifier.NotifyAsync(null!, CancellationToken.None));
    }

    [Fact]
    public async Task The_logging_notifier_writes_each_notice_in_its_language()
    {
        var notice = new EscalationBoard().Submit(Site, EscalationLadder.Default, Request(1), T0)!;
        var english = new FakeLogger<LoggingEscalationNotifier>();
        await new LoggingEscalationNotifier(english).NotifyAsync(notice, CancellationToken.None);
        var chinese = new FakeLogger<LoggingEscalationNotifier>();
        await new LoggingEscalationNotifier(chinese, CultureInfo.GetCultureInfo("zh-CN")).NotifyAsync(notice, CancellationToken.None);

        Assert.Equal(LogLevel.Warning, english.LatestRecord.Level);
        Assert.Equal("Escalation notice for site SZ-01: [RP-09] Urgent, to the service-center supervisor: late", english.LatestRecord.Message);
        Assert.Equal("Escalation notice for site SZ-01: [RP-09] 紧急，上报客户服务中心主管：late", chinese.LatestRecord.Message);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await new LoggingEscalationNotifier(english).NotifyAsync(null!, CancellationToken.None));
        Assert.Throws<ArgumentNullException>(() => new LoggingEscalationNotifier(null!));
    }

}
