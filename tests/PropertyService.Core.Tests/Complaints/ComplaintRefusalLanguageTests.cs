using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;
using static PropertyService.Utility.UiCulture;

namespace PropertyService.Complaints;

/// <summary>A complaint's refusals speak the reader's UI culture, with roles, actions and states in the same language.</summary>
public class ComplaintRefusalLanguageTests
{
    private static readonly Instant T = At(3, 3, 9, 0);

    [Fact]
    public void A_technician_recording_a_complaint_is_refused_naming_the_role_in_the_reader_s_language_CS13()
    {
        Result<Created<Complaint>> Record() => Complaint.Record("CP-1", Chen, "王先生", "Noise", T, T);

        Assert.Equal(
            (ComplaintRejectionCodes.RoleNotAllowed, "CS-13", "Actor", "投诉由客户服务中心的客服管理员、主管或经理登记和处理；陈师傅的角色为维修人员。"),
            Refusal(Chinese, Record));
        Assert.Equal(
            (ComplaintRejectionCodes.RoleNotAllowed, "CS-13", "Actor", "A complaint is recorded and handled by the service center's officers, supervisor or manager; 陈师傅 holds Technician."),
            Refusal(English, Record));
    }

    [Fact]
    public void Closing_before_the_department_is_notified_is_refused_naming_action_and_state_in_the_reader_s_language_CS13()
    {
        var complaint = Ok(Complaint.Record("CP-1", Li, "王先生", "Noise", T, T)).Aggregate;

        Assert.Equal(
            (ComplaintRejectionCodes.NotAllowedNow, "CS-13", null, "投诉当前为“已登记”，不能“关闭投诉”：须先通知相关部门。"),
            Refusal(Chinese, () => complaint.Close(Li, "Done", T)));
        Assert.Equal(
            (ComplaintRejectionCodes.NotAllowedNow, "CS-13", null, "Close is not possible while the complaint is Recorded: the department concerned must be notified first."),
            Refusal(English, () => complaint.Close(Li, "Done", T)));
        Assert.Equal(
            (ComplaintRejectionCodes.TextRequired, "CS-13", "Department", "须填写已通知的部门。"),
            Refusal(Chinese, () => complaint.NotifyDepartment(Li, " ", T)));
    }
}
