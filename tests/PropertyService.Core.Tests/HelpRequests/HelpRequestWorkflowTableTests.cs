using PropertyService.Workflows;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>
/// The help-request workflow's tables, read from a freshly built definition and compared with tables written here:
/// what each state waits for, the rule of each action, and the code, rule, field and message of every guard.
/// </summary>
public class HelpRequestWorkflowTableTests
{
    private static readonly Workflow<HelpRequestState, HelpAction, HelpAction, HelpStep> Fresh = HelpRequestWorkflow.Build();

    public static TheoryData<HelpRequestState, string?, string, string> Pending => new()
    {
        { HelpRequestState.AwaitingContact, "HR-07", "the resident's address and contact phone must be recorded first", ContactRequired },
        { HelpRequestState.ContactRecorded, "HR-07", "what the resident wants (in a medical emergency, the option chosen and what was done) must be recorded first", NotAllowedNow },
        { HelpRequestState.InProgress, "HR-04", "the owner must first answer the resident, ask the supervisor or manager, or decline", NotAllowedNow },
        { HelpRequestState.Escalated, "HR-04", "the supervisor or manager asked must instruct the owner first", NotAllowedNow },
        { HelpRequestState.Instructed, "HR-04", "the owner must first answer the resident on the instruction", NotAllowedNow },
        { HelpRequestState.AwaitingWrittenReply, "HR-09", "the supervisor or manager must reply to the written inquiry first", NotAllowedNow },
        { HelpRequestState.EmergencyAttended, "HR-08", "the owner must report the emergency to the supervisor first", NotAllowedNow },
        { HelpRequestState.Handled, "HR-06", "the owner must follow up with the resident first", FollowUpRequired },
        { HelpRequestState.Declined, "HR-06", "the owner must follow up with the resident first", FollowUpRequired },
        { HelpRequestState.FollowedUp, "HR-06", "the request is followed up and only its owner's close remains", NotAllowedNow },
        { HelpRequestState.Closed, null, "the request is closed", NotAllowedNow },
    };

    [Theory]
    [MemberData(nameof(Pending))]
    public void Each_state_says_which_rule_is_pending_and_what_must_happen_first(HelpRequestState state, string? rule, string whatFirst, string code)
    {
        var refusal = Fresh.NotNow(state, HelpAction.Escalate);
        Assert.Equal((code, rule, $"Escalate is not possible while the request is {state}: {whatFirst}."), (refusal.Code, refusal.RuleId, refusal.Message));
    }

    public static TheoryData<HelpAction, string> Rules => new()
    {
        { HelpAction.RecordContact, "HR-07" },
        { HelpAction.RecordWishes, "HR-07" },
        { HelpAction.Answer, "HR-04" },
        { HelpAction.Escalate, "HR-04" },
        { HelpAction.Instruct, "HR-04" },
        { HelpAction.Decline, "HR-05" },
        { HelpAction.RecordEmergencyAction, "HR-08" },
        { HelpAction.ReportEmergency, "HR-08" },
        { HelpAction.ReferToSiteManager, "HR-08" },
        { HelpAction.ReplyInWriting, "HR-09" },
        { HelpAction.TransferOwnership, "HR-06" },
        { HelpAction.FollowUp, "HR-06" },
        { HelpAction.Close, "HR-06" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_action_names_its_rule_and_is_open_to_every_role_of_the_site(HelpAction action, string rule)
    {
        Assert.Equal(rule, Fresh.RoleOf(action).RuleId);
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Null(Fresh.CheckRole(new Actor("A", "某人", new SiteId("SZ-01"), role), action));
        }
    }

    public static TheoryData<string, string, string, string?, string> Guards => new()
    {
        { nameof(HelpGuards.IsOwner), NotOwner, "HR-06", "Actor", "Only the request's first-contact owner takes this step." },
        { nameof(HelpGuards.IsOwnerOrSupervisor), NotOwnerOrSupervisor, "HR-06", "Actor", "Only the first-contact owner or a service-center supervisor or manager takes this step." },
        { nameof(HelpGuards.HoldsEscalationLevel), NotEscalationLevel, "HR-04", "Actor", "Only the supervisor or manager the owner asked, or someone above them, instructs." },
        { nameof(HelpGuards.IsWrittenReplier), NotWrittenReplier, "HR-09", "Actor", "Only the service-center supervisor or manager replies in writing." },
        { nameof(HelpGuards.IsReferrer), NotReferrer, "HR-08", "Actor", "Only the service-center supervisor or manager refers an emergency to the site manager." },
        { nameof(HelpGuards.IsEmergency), NotAnEmergency, "HR-08", "Kind", "The request is a medical emergency." },
        { nameof(HelpGuards.IsNotEmergency), EmergencyRecordsAction, "HR-08", "Kind", "The request is not a medical emergency (an emergency records the option chosen and what was done)." },
        { nameof(HelpGuards.IsWrittenInquiry), WrittenInquiry, "HR-09", "Kind", "The request is a written inquiry." },
        { nameof(HelpGuards.IsNotWrittenInquiry), WrittenInquiry, "HR-09", "Kind", "The request is not a written inquiry." },
        { nameof(HelpGuards.IsReportedToSupervisor), NotReported, "HR-08", null, "The emergency has been reported to the supervisor." },
        { nameof(HelpGuards.IsNotYetReferred), AlreadyReferred, "HR-08", null, "The emergency has not been referred to the site manager already." },
        { nameof(HelpGuards.AnswerIsCertain), UncertainAnswer, "HR-09", "AnswerIsCertain", "The officer is sure of the answer (otherwise ask the supervisor first: never pretend to know)." },
        { nameof(HelpGuards.IsMajor), NotAnEmergency, "HR-08", "IsMajor", "The emergency is major (already reported to the supervisor at once)." },
        { nameof(HelpGuards.IsNormal), NotAnEmergency, "HR-08", "IsMajor", "The emergency is not major (the supervisor is told after the event)." },
    };

    private static WorkflowGuard<HelpStep> Guard(string name) =>
        (WorkflowGuard<HelpStep>)typeof(HelpGuards).GetProperty(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Guards))]
    public void Each_guard_refuses_with_its_code_rule_field_and_message(string guard, string code, string rule, string? field, string message)
    {
        var g = Guard(guard);
        Assert.Equal((code, rule, field, message), (g.Rejection.Code, g.Rejection.RuleId, g.Rejection.Field, g.Rejection.Message));
        Assert.Contains(Fresh.Transitions, t => t.Guards.Any(x => x.Description == g.Description));
        Assert.Equal(guard != nameof(HelpGuards.AnswerIsCertain), g.OnReplay);
    }

    [Fact]
    public void Guards_are_judged_in_priority_order()
    {
        Assert.Equal(Enumerable.Range(0, Guards.Count), Guards.Select(row => Guard((string)row[0]).Priority));
    }

    [Fact]
    public void Referral_and_transfer_leave_the_state_as_it_was_in_every_state_they_apply_to_HR06_HR08()
    {
        var referral = Fresh.Transitions.Where(t => t.Trigger == HelpAction.ReferToSiteManager).ToArray();
        Assert.Equal([HelpRequestState.ContactRecorded, HelpRequestState.EmergencyAttended, HelpRequestState.Handled], referral.Select(t => t.From));
        Assert.All(referral, t => Assert.Equal(t.From, t.To));
        var transfer = Fresh.Transitions.Where(t => t.Trigger == HelpAction.TransferOwnership).ToArray();
        Assert.Equal(Enum.GetValues<HelpRequestState>().Except([HelpRequestState.AwaitingContact, HelpRequestState.Closed]).Order(), transfer.Select(t => t.From).Order());
        Assert.All(transfer, t => Assert.Equal(t.From, t.To));
    }
}
