using PropertyService.Workflows;
using static PropertyService.Repairs.RepairGuards;
using static PropertyService.Repairs.RepairState;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <summary>
/// The repair workflow written once as data: the transition table, the role table and what each state waits for.
/// The kernel judges commands, replays histories, fires transitions and draws diagrams from it.
/// </summary>
internal static class RepairWorkflow
{
    internal static readonly Workflow<RepairState, RepairTrigger, RepairAction, RepairStep> Definition = Build();

    /// <summary>Builds the workflow from its tables; the library builds it once, into <see cref="Definition"/>.</summary>
    internal static Workflow<RepairState, RepairTrigger, RepairAction, RepairStep> Build() => new(
        new WorkflowCodes("ticket", RepairRejectionCodes.OtherSite, RepairRejectionCodes.TimeBeforeLastEvent, RepairRejectionCodes.RoleNotAllowed, RepairRejectionCodes.NotAllowedNow, "Repair"),
        Reported,
        Transitions(),
        ActionOf,
        Roles(),
        Pending());

    private static IEnumerable<WorkflowTransition<RepairState, RepairTrigger, RepairStep>> Transitions()
    {
        static WorkflowTransition<RepairState, RepairTrigger, RepairStep> Row(RepairState from, RepairTrigger trigger, RepairState to, params WorkflowGuard<RepairStep>[] guards) =>
            new(from, trigger, to, guards);

        return
        [
            // CS-13, RP-08, RP-09: a day (or app) report gets its work order; cancellable before work starts.
            Row(Reported, T.IssueWorkOrder, RepairState.WorkOrderIssued),
            Row(Reported, T.Cancel, Cancelled),

            // CS-14: the night technician fixes the repair at once or tells the resident it waits for the morning.
            Row(LoggedAtNight, T.FixAtNight, RepairState.WorkCompleted, NightTechnician),
            Row(LoggedAtNight, T.DeferToMorning, DeferredToMorning, NightTechnician),
            Row(LoggedAtNight, T.Cancel, Cancelled),

            // CS-15: the morning officer turns the night log entry into a work order.
            Row(DeferredToMorning, T.TakeOverInMorning, Reported),
            Row(DeferredToMorning, T.Cancel, Cancelled),

            // RP-09: engineering is notified after the work order is issued.
            Row(RepairState.WorkOrderIssued, T.NotifyEngineering, AwaitingCollection),
            Row(RepairState.WorkOrderIssued, T.Cancel, Cancelled),

            // RP-10: collection; the fee evaluator decides the RP-12/13 path or the RP-14 assessment.
            Row(AwaitingCollection, T.CollectScheduled, ReadyToAssign),
            Row(AwaitingCollection, T.CollectForAssessment, AwaitingAssessment),
            Row(AwaitingCollection, T.Cancel, Cancelled),

            // RP-14: feasible with a quote, or not feasible (the reported repair ends; extra work is left undone).
            Row(AwaitingAssessment, T.AssessFeasible, AwaitingResidentDecision),
            Row(AwaitingAssessment, T.AssessNotFeasible, ClosedWithoutWork, ForReportedRepair),
            Row(AwaitingAssessment, T.AssessNotFeasible, OnSite, ForExtraWork),
            Row(AwaitingAssessment, T.Cancel, Cancelled, WorkNotStarted),

            // RP-14: the owner's answer. Declining the reported repair ends the ticket without work; declining extra
            // work lets the quoted work go on; declining company materials keeps the work stopped (RP-15).
            Row(AwaitingResidentDecision, T.AcceptQuote, ReadyToAssign, OfficerOrTicketResident, ForReportedRepair),
            Row(AwaitingResidentDecision, T.AcceptQuote, OnSite, OfficerOrTicketResident, ForWorkUnderWay),
            Row(AwaitingResidentDecision, T.DeclineQuote, ClosedWithoutWork, OfficerOrTicketResident, ForReportedRepair),
            Row(AwaitingResidentDecision, T.DeclineQuote, OnSite, OfficerOrTicketResident, ForExtraWork),
            Row(AwaitingResidentDecision, T.DeclineQuote, AwaitingMaterials, OfficerOrTicketResident, ForCompanyMaterials),
            Row(AwaitingResidentDecision, T.Cancel, Cancelled, WorkNotStarted),

            // RP-11: the engineering supervisor assigns a technician.
            Row(ReadyToAssign, T.Assign, Assigned),
            Row(ReadyToAssign, T.Cancel, Cancelled),

            // RP-12/13: the assigned technician arrives; the supervisor may reassign before that.
            Row(Assigned, T.Arrive, OnSite, AssignedTechnician),
            Row(Assigned, T.Assign, Assigned),
            Row(Assigned, T.Cancel, Cancelled),

            // RP-15: resident materials are checked; unqualified ones stop the work. RP-14: extra work goes to assessment.
            // RP-16: the work completes only on qualified (or company) materials.
            Row(OnSite, T.MaterialsQualified, OnSite, AssignedTechnician, MaterialsAwaitingCheck),
            Row(OnSite, T.MaterialsUnqualified, AwaitingMaterials, AssignedTechnician, MaterialsAwaitingCheck),
            Row(OnSite, T.ReportExtraWork, AwaitingAssessment, AssignedTechnician),
            Row(OnSite, T.CompleteWork, RepairState.WorkCompleted, AssignedTechnician, MaterialsReady),

            // RP-15: new resident materials are checked again, or the supervisor quotes company materials.
            Row(AwaitingMaterials, T.MaterialsQualified, OnSite, AssignedTechnician),
            Row(AwaitingMaterials, T.MaterialsUnqualified, AwaitingMaterials, AssignedTechnician),
            Row(AwaitingMaterials, T.AssessFeasible, AwaitingResidentDecision),
            Row(AwaitingMaterials, T.Cancel, Cancelled),

            // RP-16: the resident inspects and signs, or refuses with a reason; a supervisor may override with a reason.
            Row(RepairState.WorkCompleted, T.SignOff, SignedOff, TicketResident),
            Row(RepairState.WorkCompleted, T.RejectWork, Rework, TicketResident),
            Row(RepairState.WorkCompleted, T.OverrideSignOff, SignedOff),

            // RP-16: rework by the assigned technician (the supervisor may reassign), then a new inspection.
            Row(Rework, T.CompleteWork, RepairState.WorkCompleted, AssignedTechnician),
            Row(Rework, T.Assign, Rework),

            // RP-03 (4): the follow-up closes the ticket, or reopens it when the resident is dissatisfied.
            Row(SignedOff, T.FollowUpAndClose, Closed),
            Row(SignedOff, T.FollowUpAndReopen, Rework),
        ];
    }

    private static RepairAction ActionOf(RepairTrigger trigger) => trigger switch
    {
        T.IssueWorkOrder => RepairAction.IssueWorkOrder,
        T.NotifyEngineering => RepairAction.NotifyEngineering,
        T.CollectScheduled or T.CollectForAssessment => RepairAction.Collect,
        T.AssessFeasible or T.AssessNotFeasible => RepairAction.Assess,
        T.AcceptQuote => RepairAction.AcceptQuote,
        T.DeclineQuote => RepairAction.DeclineQuote,
        T.Assign => RepairAction.Assign,
        T.Arrive => RepairAction.Arrive,
        T.MaterialsQualified or T.MaterialsUnqualified => RepairAction.CheckMaterials,
        T.ReportExtraWork => RepairAction.ReportExtraWork,
        T.CompleteWork => RepairAction.CompleteWork,
        T.SignOff => RepairAction.SignOff,
        T.RejectWork => RepairAction.RejectWork,
        T.OverrideSignOff => RepairAction.OverrideSignOff,
        T.FollowUpAndClose or T.FollowUpAndReopen => RepairAction.FollowUp,
        T.Cancel => RepairAction.Cancel,
        T.FixAtNight => RepairAction.FixAtNight,
        T.DeferToMorning => RepairAction.DeferToMorning,
        T.TakeOverInMorning => RepairAction.TakeOverInMorning,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    private static Dictionary<RepairAction, ActionRule> Roles() => new()
    {
        [RepairAction.IssueWorkOrder] = new([Role.Officer], "RP-09"),         // RP-09, CS-13: service-center staff
        [RepairAction.NotifyEngineering] = new([Role.Officer], "RP-09"),
        [RepairAction.Collect] = new([Role.EngineeringSupervisor, Role.Technician], "RP-10"), // RP-10: the engineering collector
        [RepairAction.Assess] = new([Role.EngineeringSupervisor], "RP-14"),   // RP-03 (2), RP-14
        [RepairAction.AcceptQuote] = new([Role.Resident, Role.Officer], "RP-14"),
        [RepairAction.DeclineQuote] = new([Role.Resident, Role.Officer], "RP-14"),
        [RepairAction.Assign] = new([Role.EngineeringSupervisor], "RP-11"),   // RP-11
        [RepairAction.Arrive] = new([Role.Technician], "RP-12"),              // RP-12, RP-13
        [RepairAction.CheckMaterials] = new([Role.Technician], "RP-15"),      // RP-15
        [RepairAction.ReportExtraWork] = new([Role.Technician], "RP-14"),
        [RepairAction.CompleteWork] = new([Role.Technician], "RP-16"),
        [RepairAction.SignOff] = new([Role.Resident], "RP-16"),               // RP-16: the resident signs
        [RepairAction.RejectWork] = new([Role.Resident], "RP-16"),
        [RepairAction.OverrideSignOff] = new([Role.ServiceSupervisor], "RP-16"), // and the service manager above them
        [RepairAction.FollowUp] = new([Role.Officer], "RP-03"),               // RP-03 (4): the service center follows up
        [RepairAction.Cancel] = new([Role.Officer], null),
        [RepairAction.FixAtNight] = new([Role.Technician], "CS-14"),          // CS-14
        [RepairAction.DeferToMorning] = new([Role.Technician], "CS-14"),
        [RepairAction.TakeOverInMorning] = new([Role.Officer], "CS-15"),      // CS-15: the officer on duty
    };

    // What each state waits for: a refusal because of the state cites this step's rule.
    private static Dictionary<RepairState, PendingStep> Pending() => new()
    {
        [Reported] = new("RP-09", "the work order must be issued first"),
        [LoggedAtNight] = new("CS-14", "the night technician must first fix the repair or tell the resident it waits for the morning"),
        [DeferredToMorning] = new("CS-15", "the officer on duty must first take it over from the night duty log at the morning handover"),
        [RepairState.WorkOrderIssued] = new("RP-09", "engineering must be notified first"),
        [AwaitingCollection] = new("RP-10", "engineering must collect the work order first"),
        [AwaitingAssessment] = new("RP-14", "the engineering supervisor must assess feasibility and cost first"),
        [AwaitingResidentDecision] = new("RP-14", "the owner must accept or decline the quote first"),
        [ReadyToAssign] = new("RP-11", "the engineering supervisor must assign a technician first"),
        [Assigned] = new("RP-12", "the assigned technician must arrive on site first"),
        [OnSite] = new("RP-16", "the technician must complete the work first"),
        [AwaitingMaterials] = new("RP-15", "qualified materials must be supplied and checked, or company materials quoted, first"),
        [RepairState.WorkCompleted] = new("RP-16", "the resident must inspect the work and sign off first"),
        [Rework] = new("RP-16", "the technician must redo the work first"),
        [SignedOff] = new("RP-03", "the follow-up visit must be made first"),
        [Closed] = new(null, "the ticket is closed"),
        [ClosedWithoutWork] = new(null, "the ticket ended without work"),
        [Cancelled] = new(null, "the ticket was cancelled"),
    };
}
