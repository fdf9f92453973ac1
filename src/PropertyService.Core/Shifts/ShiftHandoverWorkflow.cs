using PropertyService.Workflows;
using static PropertyService.Shifts.HandoverGuards;
using static PropertyService.Shifts.HandoverState;
using static PropertyService.Shifts.ShiftHandoverRejectionCodes;
using T = PropertyService.Shifts.HandoverTrigger;

namespace PropertyService.Shifts;

/// <summary>
/// The shift-handover workflow, defined once: arrival (CS-16), outstanding items in writing (CS-17), the tool count
/// (CS-18), the inspection of the post (CS-19) and completion, before which the outgoing person stays (CS-20); night-log
/// entries resolved on the way (CS-15). Immutable and shared by all threads.
/// </summary>
internal static class ShiftHandoverWorkflow
{
    private static readonly HandoverState[] AfterItems = [CountingTools, AwaitingInspection, Tidying, PostAccepted];

    /// <summary>The workflow every handover runs on.</summary>
    internal static readonly Workflow<HandoverState, HandoverTrigger, HandoverAction, HandoverStep> Table = Build();

    /// <summary>Builds the workflow from its tables; the library builds it once, into <see cref="Table"/>.</summary>
    internal static Workflow<HandoverState, HandoverTrigger, HandoverAction, HandoverStep> Build() => new(
        new WorkflowCodes("handover", WrongSite, TimeBeforeLastEvent, RoleNotAllowed, NotAllowedNow, "Handover"),
        AwaitingIncoming,
        Transitions(),
        ActionOf,
        Roles(),
        Pending());

    internal static HandoverAction ActionOf(HandoverTrigger trigger) => trigger switch
    {
        T.Arrive => HandoverAction.Arrive,
        T.ReportAbsence => HandoverAction.ReportAbsence,
        T.HandOverItems => HandoverAction.HandOverItems,
        T.ResolveNightEntry => HandoverAction.ResolveNightEntry,
        T.CountTools => HandoverAction.CountTools,
        T.AcceptPost or T.RejectPost => HandoverAction.InspectPost,
        T.TidyPost => HandoverAction.TidyPost,
        _ => HandoverAction.Complete,
    };

    private static List<WorkflowTransition<HandoverState, HandoverTrigger, HandoverStep>> Transitions()
    {
        var list = new List<WorkflowTransition<HandoverState, HandoverTrigger, HandoverStep>>
        {
            // CS-16: the incoming person arrives; CS-20: until then the outgoing person stays, and an absence at the shift start is reported.
            new(AwaitingIncoming, T.Arrive, HandingOverItems, IncomingArrives),
            new(AwaitingIncoming, T.ReportAbsence, AwaitingIncoming, OutgoingOrSupervisorReports, ShiftHasStarted, AbsenceNotYetReported),

            // CS-17, CS-18: outstanding items in writing, then the tools counted.
            new(HandingOverItems, T.HandOverItems, CountingTools, OutgoingHandsOver),
            new(CountingTools, T.CountTools, AwaitingInspection, PartyCounts),

            // CS-19: the incoming person inspects; a rejected post is tidied and inspected again.
            new(AwaitingInspection, T.AcceptPost, PostAccepted, IncomingInspects),
            new(AwaitingInspection, T.RejectPost, Tidying, IncomingInspects),
            new(Tidying, T.TidyPost, AwaitingInspection, OutgoingTidies),

            // CS-20 (and CS-15 at the morning handover): complete when everything is done.
            new(PostAccepted, T.Complete, Completed, PartyCompletes, NightEntriesResolved),
        };

        // CS-15: once the items are handed over, the night log's entries are resolved one by one (state unchanged).
        foreach (var state in AfterItems)
        {
            list.Add(new(state, T.ResolveNightEntry, state, IncomingResolves));
        }

        return list;
    }

    // Who acts depends on the handover (its outgoing and incoming person), not on a role alone: the guards decide.
    private static Dictionary<HandoverAction, ActionRule> Roles() => new()
    {
        [HandoverAction.Arrive] = new([], "CS-16"),
        [HandoverAction.ReportAbsence] = new([], "CS-20"),
        [HandoverAction.HandOverItems] = new([], "CS-17"),
        [HandoverAction.ResolveNightEntry] = new([], "CS-15"),
        [HandoverAction.CountTools] = new([], "CS-18"),
        [HandoverAction.InspectPost] = new([], "CS-19"),
        [HandoverAction.TidyPost] = new([], "CS-19"),
        [HandoverAction.Complete] = new([], "CS-20"),
    };

    private static Dictionary<HandoverState, PendingStep> Pending() => new()
    {
        [AwaitingIncoming] = new("CS-20", "the incoming person must arrive first; until then the outgoing person stays at the post", IncomingRequired),
        [HandingOverItems] = new("CS-17", "the outgoing person must hand over the outstanding items first"),
        [CountingTools] = new("CS-18", "the tools must be counted first"),
        [AwaitingInspection] = new("CS-19", "the incoming person must inspect the post first"),
        [Tidying] = new("CS-19", "the outgoing person must tidy the post first"),
        [PostAccepted] = new("CS-20", "the post is accepted and only completing the handover remains"),
        [Completed] = new(null, "the handover is complete"),
    };
}
