using NodaTime;
using PropertyService.Repairs;
using PropertyService.Shifts;
using static PropertyService.Repairs.RepairFixture;
using static PropertyService.Utility.UiCulture;

namespace PropertyService.Workflows;

/// <summary>
/// The kernel's own refusals (site, time, role, not now) speak the reader's UI culture, and so do the words they
/// fill in: the action, the state, what must happen first, the roles and the aggregate's noun.
/// </summary>
public class WorkflowRefusalLanguageTests
{
    [Fact]
    public void A_refusal_because_of_the_state_names_action_state_and_pending_step_in_the_reader_s_language_RP09()
    {
        var f = new RepairFixture();
        var t = f.Report();
        Result<IReadOnlyList<DomainEvent>> Collect() => t.Collect(EngineeringSupervisor, t.CreateQuoteRequest(Zone), f.Fees, f.Now);

        Assert.Equal((RepairRejectionCodes.NotAllowedNow, "RP-09", null, "报修单当前为“已报修”，不能“领单”：须先开具维修派工单。"), Refusal(Chinese, Collect));
        Assert.Equal(
            (RepairRejectionCodes.NotAllowedNow, "RP-09", null, "Collect is not possible while the ticket is Reported: the work order must be issued first."),
            Refusal(English, Collect));
    }

    [Fact]
    public void A_role_refusal_names_the_action_and_the_roles_in_the_reader_s_language_RP11_RP16()
    {
        var f = new RepairFixture();
        var t = f.ReadyToAssign();

        Assert.Equal(
            (RepairRejectionCodes.RoleNotAllowed, "RP-11", "Actor", "“安排维修人员”须由工程管理部主管办理；王客服的角色为客服管理员。"),
            Refusal(Chinese, () => t.Assign(Officer, Technician, f.Now)));
        Assert.Equal(
            (RepairRejectionCodes.RoleNotAllowed, "RP-11", "Actor", "Assign is for EngineeringSupervisor; 王客服 holds Officer."),
            Refusal(English, () => t.Assign(Officer, Technician, f.Now)));

        // A supervisor's action is also the service manager's: both roles are named, joined the way each language joins them.
        var both = new Actor("X9", "周师傅", Site, Role.Technician, Role.Resident);
        Assert.Equal(
            (RepairRejectionCodes.RoleNotAllowed, "RP-16", "Actor", "“免业主签名确认”须由客户服务中心主管或客户服务中心经理办理；周师傅的角色为维修人员、业主/住户。"),
            Refusal(Chinese, () => t.OverrideSignOff(both, SignOffOverrideReason.ResidentUnreachable, "No answer for three days", f.Now)));
        Assert.Equal(
            (RepairRejectionCodes.RoleNotAllowed, "RP-16", "Actor", "OverrideSignOff is for ServiceSupervisor or ServiceManager; 周师傅 holds Technician, Resident."),
            Refusal(English, () => t.OverrideSignOff(both, SignOffOverrideReason.ResidentUnreachable, "No answer for three days", f.Now)));
    }

    [Fact]
    public void An_actor_of_another_site_is_refused_naming_both_sites_in_the_reader_s_language()
    {
        var f = new RepairFixture();
        var t = f.Report();

        Assert.Equal(
            (RepairRejectionCodes.OtherSite, null, "Actor", "外站属于辖区GZ-02，而该报修单属于辖区SZ-01。"),
            Refusal(Chinese, () => t.IssueWorkOrder(OtherSiteOfficer, f.Numbers, f.Now)));
        Assert.Equal(
            (RepairRejectionCodes.OtherSite, null, "Actor", "外站 belongs to site GZ-02, but the ticket is at site SZ-01."),
            Refusal(English, () => t.IssueWorkOrder(OtherSiteOfficer, f.Numbers, f.Now)));
    }

    [Fact]
    public void A_command_dated_before_the_last_event_is_refused_in_the_reader_s_language()
    {
        var f = new RepairFixture();
        var t = f.Report();
        var early = t.LastEventAt - Duration.FromMinutes(1);

        Assert.Equal(
            (RepairRejectionCodes.TimeBeforeLastEvent, null, "At", $"时间{early}早于该报修单最近一条记录的时间{t.LastEventAt}；记录须按时间先后登记。"),
            Refusal(Chinese, () => t.IssueWorkOrder(Officer, f.Numbers, early)));
        Assert.Equal(
            (RepairRejectionCodes.TimeBeforeLastEvent, null, "At", $"The time {early} is before the ticket's last recorded event at {t.LastEventAt}; the record is kept in time order."),
            Refusal(English, () => t.IssueWorkOrder(Officer, f.Numbers, early)));
    }

    [Fact]
    public void A_record_outside_a_workflow_refuses_another_site_and_an_earlier_time_in_the_reader_s_language()
    {
        var sheet = new SignInSheet("SS-1", RosterFixture.Site, RosterFixture.Shanghai);
        var nine = RosterFixture.At(3, 3, 9, 0);
        Assert.True(sheet.SignIn(RosterFixture.Chen, "修5栋水泵", nine).IsSuccess);

        Assert.Equal(
            (SignInSheetRejectionCodes.WrongSite, null, "Actor", "外站属于辖区GZ-02，而该签到表属于辖区SZ-01。"),
            Refusal(Chinese, () => sheet.SignIn(HandoverFixture.Stranger, "x", nine)));
        Assert.Equal(
            (SignInSheetRejectionCodes.TimeBeforeLastEvent, null, "At", "时间2026-03-03T00:59:00Z早于该签到表最近一条记录的时间2026-03-03T01:00:00Z；记录须按时间先后登记。"),
            Refusal(Chinese, () => sheet.SignBack(RosterFixture.Chen, null, nine - Duration.FromMinutes(1))));
        Assert.Equal(
            (SignInSheetRejectionCodes.TimeBeforeLastEvent, null, "At", "The time 2026-03-03T00:59:00Z is before the sign-in sheet's last recorded event at 2026-03-03T01:00:00Z; the record is kept in time order."),
            Refusal(English, () => sheet.SignBack(RosterFixture.Chen, null, nine - Duration.FromMinutes(1))));
    }
}
