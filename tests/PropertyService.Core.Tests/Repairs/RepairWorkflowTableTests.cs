using PropertyService.Workflows;

namespace PropertyService.Repairs;

/// <summary>
/// The repair workflow's tables, read from a freshly built definition and compared with tables written here: what
/// each state waits for, who may do each action, and the message of every guard. These are the words a refused
/// user reads, so they are behaviour.
/// </summary>
public class RepairWorkflowTableTests
{
    private static readonly Workflow<RepairState, RepairTrigger, RepairAction, RepairStep> Fresh = RepairWorkflow.Build();

    public static TheoryData<RepairState, string?, string> Pending => new()
    {
        { RepairState.Reported, "RP-09", "the work order must be issued first" },
        { RepairState.LoggedAtNight, "CS-14", "the night technician must first fix the repair or tell the resident it waits for the morning" },
        { RepairState.DeferredToMorning, "CS-15", "the officer on duty must first take it over from the night duty log at the morning handover" },
        { RepairState.WorkOrderIssued, "RP-09", "engineering must be notified first" },
        { RepairState.AwaitingCollection, "RP-10", "engineering must collect the work order first" },
        { RepairState.AwaitingAssessment, "RP-14", "the engineering supervisor must assess feasibility and cost first" },
        { RepairState.AwaitingResidentDecision, "RP-14", "the owner must accept or decline the quote first" },
        { RepairState.ReadyToAssign, "RP-11", "the engineering supervisor must assign a technician first" },
        { RepairState.Assigned, "RP-12", "the assigned technician must arrive on site first" },
        { RepairState.OnSite, "RP-16", "the technician must complete the work first" },
        { RepairState.AwaitingMaterials, "RP-15", "qualified materials must be supplied and checked, or company materials quoted, first" },
        { RepairState.WorkCompleted, "RP-16", "the resident must inspect the work and sign off first" },
        { RepairState.Rework, "RP-16", "the technician must redo the work first" },
        { RepairState.SignedOff, "RP-03", "the follow-up visit must be made first" },
        { RepairState.Closed, null, "the ticket is closed" },
        { RepairState.ClosedWithoutWork, null, "the ticket ended without work" },
        { RepairState.Cancelled, null, "the ticket was cancelled" },
    };

    [Theory]
    [MemberData(nameof(Pending))]
    public void Each_state_says_which_rule_is_pending_and_what_must_happen_first(RepairState state, string? rule, string whatFirst)
    {
        var pending = Fresh.PendingIn(state);
        Assert.Equal((rule, whatFirst), (pending.RuleId, pending.WhatFirst));
        var refusal = Fresh.NotNow(state, RepairAction.Cancel);
        Assert.Equal($"Cancel is not possible while the ticket is {state}: {whatFirst}.", refusal.Message);
        Assert.Equal(rule, refusal.RuleId);
    }

    public static TheoryData<RepairAction, string?, Role[]> Roles => new()
    {
        { RepairAction.IssueWorkOrder, "RP-09", [Role.Officer] },
        { RepairAction.NotifyEngineering, "RP-09", [Role.Officer] },
        { RepairAction.Collect, "RP-10", [Role.EngineeringSupervisor, Role.Technician] },
        { RepairAction.Assess, "RP-14", [Role.EngineeringSupervisor] },
        { RepairAction.AcceptQuote, "RP-14", [Role.Resident, Role.Officer] },
        { RepairAction.DeclineQuote, "RP-14", [Role.Resident, Role.Officer] },
        { RepairAction.Assign, "RP-11", [Role.EngineeringSupervisor] },
        { RepairAction.Arrive, "RP-12", [Role.Technician] },
        { RepairAction.CheckMaterials, "RP-15", [Role.Technician] },
        { RepairAction.ReportExtraWork, "RP-14", [Role.Technician] },
        { RepairAction.CompleteWork, "RP-16", [Role.Technician] },
        { RepairAction.SignOff, "RP-16", [Role.Resident] },
        { RepairAction.RejectWork, "RP-16", [Role.Resident] },
        { RepairAction.OverrideSignOff, "RP-16", [Role.ServiceSupervisor, Role.ServiceManager] },
        { RepairAction.FollowUp, "RP-03", [Role.Officer] },
        { RepairAction.Cancel, null, [Role.Officer] },
        { RepairAction.FixAtNight, "CS-14", [Role.Technician] },
        { RepairAction.DeferToMorning, "CS-14", [Role.Technician] },
        { RepairAction.TakeOverInMorning, "CS-15", [Role.Officer] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_action_names_its_roles_and_the_rule_that_gives_them(RepairAction action, string? rule, Role[] roles)
    {
        Assert.Equal(rule, Fresh.RoleOf(action).RuleId);
        foreach (var role in Enum.GetValues<Role>())
        {
            var actor = new Actor("A", "某人", RepairFixture.Site, role);
            var refusal = Fresh.CheckRole(actor, action);
            if (roles.Contains(role))
            {
                Assert.Null(refusal);
                continue;
            }

            Assert.NotNull(refusal);
            Assert.Equal((RepairRejectionCodes.RoleNotAllowed, rule, "Actor"), (refusal.Code, refusal.RuleId, refusal.Field));
        }
    }

    public static TheoryData<string, string, string?, string?, string> Guards => new()
    {
        { nameof(RepairGuards.AssignedTechnician), RepairRejectionCodes.NotAssignedTechnician, "RP-11", "Actor", "The actor is the technician assigned to the ticket." },
        { nameof(RepairGuards.NightTechnician), RepairRejectionCodes.NotNightTechnician, "CS-14", "Actor", "The actor is the night technician who logged the repair." },
        { nameof(RepairGuards.TicketResident), RepairRejectionCodes.NotTicketResident, "RP-16", "Actor", "The actor is the ticket's resident or a recorded owner of the unit, acting for themselves." },
        { nameof(RepairGuards.OfficerOrTicketResident), RepairRejectionCodes.NotTicketResident, "RP-14", "Actor", "The actor is an officer recording the answer, or the ticket's resident or a recorded owner acting for themselves." },
        { nameof(RepairGuards.MaterialsAwaitingCheck), RepairRejectionCodes.NoMaterialsToCheck, "RP-15", null, "The resident supplies materials that are waiting to be checked." },
        { nameof(RepairGuards.MaterialsReady), RepairRejectionCodes.MaterialsNotQualified, "RP-15", null, "Any resident-supplied materials were checked and found qualified." },
        { nameof(RepairGuards.WorkNotStarted), RepairRejectionCodes.WorkStarted, null, null, "Work has not started." },
        { nameof(RepairGuards.ForReportedRepair), RepairRejectionCodes.AssessmentPurpose, "RP-14", null, "The assessment is of the reported repair." },
        { nameof(RepairGuards.ForExtraWork), RepairRejectionCodes.AssessmentPurpose, "RP-14", null, "The assessment is of extra work found on site." },
        { nameof(RepairGuards.ForWorkUnderWay), RepairRejectionCodes.AssessmentPurpose, "RP-14", null, "The quote is for extra work or company materials on a repair under way." },
        { nameof(RepairGuards.ForCompanyMaterials), RepairRejectionCodes.AssessmentPurpose, "RP-15", null, "The quote is for company materials replacing unqualified ones." },
    };

    [Theory]
    [MemberData(nameof(Guards))]
    public void Each_guard_refuses_with_its_code_rule_field_and_message(string guard, string code, string? rule, string? field, string message)
    {
        var g = (WorkflowGuard<RepairStep>)typeof(RepairGuards).GetProperty(guard, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        Assert.Equal((code, rule, field, message), (g.Rejection.Code, g.Rejection.RuleId, g.Rejection.Field, g.Rejection.Message));
        Assert.Contains(Fresh.Transitions, t => t.Guards.Any(x => x.Description == g.Description));
    }

    [Fact]
    public void Guards_are_judged_in_priority_order()
    {
        var priorities = Guards.Select(row => (string)row[0])
            .Select(name => ((WorkflowGuard<RepairStep>)typeof(RepairGuards).GetProperty(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!).Priority)
            .ToArray();
        Assert.Equal(Enumerable.Range(0, priorities.Length), priorities);
    }
}
