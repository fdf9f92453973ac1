using PropertyService.Workflows;
using static PropertyService.Shifts.ShiftHandoverRejectionCodes;

namespace PropertyService.Shifts;

/// <summary>
/// The handover workflow's tables, read from a freshly built definition and compared with tables written here: what
/// each state waits for, the rule of each action, and the code, rule, field and message of every guard.
/// </summary>
public class ShiftHandoverWorkflowTableTests
{
    private static readonly Workflow<HandoverState, HandoverTrigger, HandoverAction, HandoverStep> Fresh = ShiftHandoverWorkflow.Build();

    public static TheoryData<HandoverState, string?, string, string> Pending => new()
    {
        { HandoverState.AwaitingIncoming, "CS-20", "the incoming person must arrive first; until then the outgoing person stays at the post", IncomingRequired },
        { HandoverState.HandingOverItems, "CS-17", "the outgoing person must hand over the outstanding items first", NotAllowedNow },
        { HandoverState.CountingTools, "CS-18", "the tools must be counted first", NotAllowedNow },
        { HandoverState.AwaitingInspection, "CS-19", "the incoming person must inspect the post first", NotAllowedNow },
        { HandoverState.Tidying, "CS-19", "the outgoing person must tidy the post first", NotAllowedNow },
        { HandoverState.PostAccepted, "CS-20", "the post is accepted and only completing the handover remains", NotAllowedNow },
        { HandoverState.Completed, null, "the handover is complete", NotAllowedNow },
    };

    [Theory]
    [MemberData(nameof(Pending))]
    public void Each_state_says_which_rule_is_pending_and_what_must_happen_first_CS15_to_CS20(HandoverState state, string? rule, string whatFirst, string code)
    {
        var refusal = Fresh.NotNow(state, HandoverAction.Arrive);
        Assert.Equal((code, rule, $"Arrive is not possible while the handover is {state}: {whatFirst}."), (refusal.Code, refusal.RuleId, refusal.Message));
    }

    public static TheoryData<HandoverAction, string> Rules => new()
    {
        { HandoverAction.Arrive, "CS-16" },
        { HandoverAction.ReportAbsence, "CS-20" },
        { HandoverAction.HandOverItems, "CS-17" },
        { HandoverAction.ResolveNightEntry, "CS-15" },
        { HandoverAction.CountTools, "CS-18" },
        { HandoverAction.InspectPost, "CS-19" },
        { HandoverAction.TidyPost, "CS-19" },
        { HandoverAction.Complete, "CS-20" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_action_names_its_rule_and_is_open_to_every_role_of_the_site(HandoverAction action, string rule)
    {
        Assert.Equal(rule, Fresh.RoleOf(action).RuleId);
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Null(Fresh.CheckRole(new Actor("A", "某人", new SiteId("SZ-01"), role), action));
        }
    }

    public static TheoryData<string, string, string, string?, string, int> Guards => new()
    {
        { nameof(HandoverGuards.IncomingArrives), NotIncoming, "CS-16", "Actor", "Only the incoming person records their own arrival.", 0 },
        { nameof(HandoverGuards.OutgoingHandsOver), NotOutgoing, "CS-17", "Actor", "Only the outgoing person hands over the outstanding items.", 0 },
        { nameof(HandoverGuards.PartyCounts), NotAParty, "CS-18", "Actor", "Only the outgoing or incoming person records the tool count.", 0 },
        { nameof(HandoverGuards.IncomingInspects), NotIncoming, "CS-19", "Actor", "Only the incoming person inspects the post.", 0 },
        { nameof(HandoverGuards.OutgoingTidies), NotOutgoing, "CS-19", "Actor", "Only the outgoing person tidies the post.", 0 },
        { nameof(HandoverGuards.IncomingResolves), NotIncoming, "CS-15", "Actor", "Only the incoming person resolves the night log's entries.", 0 },
        { nameof(HandoverGuards.PartyCompletes), NotAParty, "CS-20", "Actor", "Only the outgoing or incoming person completes the handover.", 0 },
        { nameof(HandoverGuards.OutgoingOrSupervisorReports), NotOutgoingOrSupervisor, "CS-20", "Actor", "Only the outgoing person or a service-center supervisor or manager reports an absence.", 0 },
        { nameof(HandoverGuards.ShiftHasStarted), ShiftNotStarted, "CS-20", "At", "The incoming shift has started.", 1 },
        { nameof(HandoverGuards.AbsenceNotYetReported), AbsenceAlreadyReported, "CS-20", null, "The absence has not been reported yet.", 2 },
        { nameof(HandoverGuards.NightEntriesResolved), NightEntriesUnresolved, "CS-15", null, "Every night-log entry handed over is turned into a record or carried over.", 1 },
    };

    private static WorkflowGuard<HandoverStep> Guard(string name) =>
        (WorkflowGuard<HandoverStep>)typeof(HandoverGuards).GetProperty(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Guards))]
    public void Each_guard_refuses_with_its_code_rule_field_and_message(string guard, string code, string rule, string? field, string message, int priority)
    {
        var g = Guard(guard);
        Assert.Equal((code, rule, field, message, priority), (g.Rejection.Code, g.Rejection.RuleId, g.Rejection.Field, g.Rejection.Message, g.Priority));
        Assert.Contains(Fresh.Transitions, t => t.Guards.Any(x => x.Description == g.Description));
        Assert.True(g.OnReplay);
    }

    [Fact]
    public void Inspection_has_two_outcomes_of_one_action_and_night_entries_are_resolved_in_every_state_after_the_items_CS15_CS19()
    {
        Assert.Equal(HandoverAction.InspectPost, ShiftHandoverWorkflow.ActionOf(HandoverTrigger.AcceptPost));
        Assert.Equal(HandoverAction.InspectPost, ShiftHandoverWorkflow.ActionOf(HandoverTrigger.RejectPost));
        Assert.All(Enum.GetValues<HandoverTrigger>().Except([HandoverTrigger.AcceptPost, HandoverTrigger.RejectPost]),
            t => Assert.Equal(t.ToString(), ShiftHandoverWorkflow.ActionOf(t).ToString()));
        var resolve = Fresh.Transitions.Where(t => t.Trigger == HandoverTrigger.ResolveNightEntry).ToArray();
        Assert.Equal([HandoverState.CountingTools, HandoverState.AwaitingInspection, HandoverState.Tidying, HandoverState.PostAccepted], resolve.Select(t => t.From));
        Assert.All(resolve, t => Assert.Equal(t.From, t.To));
    }
}
