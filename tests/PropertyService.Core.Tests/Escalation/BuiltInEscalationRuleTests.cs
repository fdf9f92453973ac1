using System.Globalization;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Sla;

using static PropertyService.Escalation.EscalationFixture;

namespace PropertyService.Escalation;

public sealed class BuiltInEscalationRuleTests
{

    private static List<EscalationRequest> Alert(IEscalationRule rule, SlaAlert alert, EscalationLadder? ladder = null, params DomainEvent[] history)
    {
        var context = new EscalationContext();
        context.Reset(Site, ladder ?? EscalationLadder.Default, alert.DueAt, history);
        rule.OnAlert(alert, context);
        return [.. context.Raised];
    }


    [Fact]
    public void A_warning_goes_to_the_supervisor_and_a_breach_one_level_up_SLA()
    {
        var target = SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget);
        var warning = Assert.Single(Alert(new SlaEscalationRule(), new SlaWarningRaised("RT-1", target, T0, T0 + Duration.FromMinutes(1))));
        var breach = Assert.Single(Alert(new SlaEscalationRule(), new SlaBreached("RT-1", target, T0)));
        Assert.Equal((EscalationDepartment.Service, 1, EscalationUrgency.Urgent, "RP-09"), (warning.Department, warning.Level.Value, warning.Urgency, warning.RuleId));
        Assert.Equal((EscalationDepartment.Service, 2), (breach.Department, breach.Level.Value));
        Assert.Equal(warning.Cause, breach.Cause);
        Assert.Equal(EscalationReasonCodes.SlaWarning, warning.Reason.Code);
        Assert.Equal(EscalationReasonCodes.SlaBreached, breach.Reason.Code);
        Assert.Equal("RT-1 已超出时限“RP-09 开具派工单”。", breach.Reason.Describe(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Theory]
    [InlineData(SlaDefaults.ArrivalTarget, EscalationDepartment.Engineering)]
    [InlineData(SlaDefaults.AppointmentArrivalTarget, EscalationDepartment.Engineering)]
    [InlineData(SlaDefaults.AssessmentTarget, EscalationDepartment.Engineering)]
    [InlineData(SlaDefaults.NotifyEngineeringTarget, EscalationDepartment.Service)]
    [InlineData(SlaDefaults.WrittenReplyTarget, EscalationDepartment.Service)]
    [InlineData(SlaDefaults.AnswerAfterEscalationTarget, EscalationDepartment.Service)]
    public void The_technicians_targets_climb_engineerings_chain_RP12_RP13_RP14(string targetName, EscalationDepartment department) =>
        Assert.Equal(department, Assert.Single(Alert(new SlaEscalationRule(), new SlaBreached("X-1", SlaDefaults.Policy.Target(targetName), T0))).Department);

    [Fact]
    public void A_breach_on_a_chain_too_short_for_level_two_goes_to_its_top_SLA()
    {
        var ladder = EscalationLadder.Default.With(EscalationDepartment.Engineering, Role.Technician, Role.EngineeringSupervisor);
        var request = Assert.Single(Alert(new SlaEscalationRule(), new SlaBreached("RT-1", SlaDefaults.Policy.Target(SlaDefaults.ArrivalTarget), T0), ladder));
        Assert.Equal(1, request.Level.Value);
    }

    [Theory]
    [InlineData(false, EscalationDepartment.Service)]
    [InlineData(true, EscalationDepartment.Engineering)]
    public void A_late_arrival_for_a_shift_climbs_the_incoming_persons_chain_CS16(bool technicianIncoming, EscalationDepartment department)
    {
        var incoming = technicianIncoming ? new Actor("T2", "吴师傅", Site, Role.Technician) : Officer;
        var alert = new SlaWarningRaised("HO-1", SlaDefaults.Policy.Target(SlaDefaults.ArriveBeforeShiftTarget), T0, T0);
        Assert.Equal(department, Assert.Single(Alert(new SlaEscalationRule(), alert, null, Scheduled(incoming))).Department);
    }

    [Fact]
    public void A_major_emergency_goes_to_the_supervisor_at_once_HR08()
    {
        var e = new MajorEmergencyReported("HR-1", 3, T0, Officer, Role.ServiceSupervisor, Location.InUnit(new UnitAddress("3", "2", "1201")));
        var request = Assert.Single(Run(new MajorEmergencyEscalationRule(), e));
        Assert.Equal((EscalationDepartment.Service, 1, EscalationUrgency.Immediate, "HR-08", "HR-08/HR-1"), (request.Department, request.Level.Value, request.Urgency, request.RuleId, request.Cause));
        Assert.StartsWith("Major emergency HR-1 at ", request.Reason.Describe(CultureInfo.InvariantCulture));
        Assert.StartsWith("重大急救事件 HR-1", request.Reason.Describe(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void An_incoming_person_not_arrived_goes_to_the_supervisor_CS20()
    {
        var request = Assert.Single(Run(new IncomingAbsentEscalationRule(), new IncomingAbsent("HO-1", 2, T0, Technician), Scheduled(Officer)));
        Assert.Equal((EscalationDepartment.Service, 1, EscalationUrgency.Urgent, "CS-20"), (request.Department, request.Level.Value, request.Urgency, request.RuleId));
        Assert.Contains(Officer.DisplayName, request.Reason.Describe(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(Role.ServiceSupervisor, 1)]
    [InlineData(Role.ServiceManager, 2)]
    public void A_help_request_the_officer_cannot_resolve_goes_to_the_level_asked_HR04(Role level, int expected)
    {
        var request = Assert.Single(Run(new HelpRequestEscalationRule(), new HelpRequestEscalated("HR-1", 2, T0, Officer, level, "May the resident park here?", null)));
        Assert.Equal((expected, "HR-04", EscalationUrgency.Urgent), (request.Level.Value, request.RuleId, request.Urgency));
        Assert.Contains("May the resident park here?", request.Reason.Describe(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Work_rejected_once_is_not_escalated_twice_goes_to_the_engineering_supervisor_and_a_third_time_higher_RP16()
    {
        var first = new WorkRejected("RT-1", 8, T0, OwnerActor, Owner, "Still drips");
        var second = new WorkRejected("RT-1", 10, T0, OwnerActor, Owner, "Still drips");
        var third = new WorkRejected("RT-1", 12, T0, OwnerActor, Owner, "Still drips");
        Assert.Empty(Run(new WorkRejectedEscalationRule(), first));
        var request = Assert.Single(Run(new WorkRejectedEscalationRule(), second, first));
        Assert.Equal((EscalationDepartment.Engineering, 1, "RP-16"), (request.Department, request.Level.Value, request.RuleId));
        Assert.Equal("维修单 RT-1 的维修已被业主拒绝验收 2 次。", request.Reason.Describe(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal(2, Assert.Single(Run(new WorkRejectedEscalationRule(), third, first, second)).Level.Value);
        Assert.Empty(Run(new WorkRejectedEscalationRule(), new WorkCompleted("RT-1", 9, T0, Technician, "Fixed"), first, second));
    }

    [Fact]
    public void Unqualified_materials_go_to_the_engineering_supervisor_and_qualified_ones_do_not_RP15()
    {
        var request = Assert.Single(Run(new UnqualifiedMaterialsEscalationRule(), new MaterialsChecked("RT-1", 6, T0, Technician, MaterialCheckResult.Unqualified, "Pipe too thin")));
        Assert.Equal((EscalationDepartment.Engineering, 1, EscalationUrgency.Normal, "RP-15"), (request.Department, request.Level.Value, request.Urgency, request.RuleId));
        Assert.Contains("Pipe too thin", request.Reason.Describe(CultureInfo.InvariantCulture));
        Assert.Empty(Run(new UnqualifiedMaterialsEscalationRule(), new MaterialsChecked("RT-1", 6, T0, Technician, MaterialCheckResult.Qualified, null)));
    }

    [Fact]
    public void Rules_ignore_events_and_alerts_they_do_not_serve()
    {
        var other = new IncomingArrived("HO-1", 2, T0, Officer, false);
        foreach (var rule in EscalationRules.CreateBuiltIn())
        {
            Assert.Empty(Run(rule, other, Scheduled(Officer)));
        }

        var alert = new SlaBreached("RT-1", SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget), T0);
        Assert.All(EscalationRules.CreateBuiltIn().Where(r => r is not SlaEscalationRule), r => Assert.Empty(Alert(r, alert)));
    }

    [Fact]
    public void The_built_in_list_and_the_instances_agree() =>
        Assert.Equal(EscalationRules.BuiltIn, EscalationRules.CreateBuiltIn().Select(r => r.GetType()));
}
