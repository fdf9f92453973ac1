using PropertyService.Workflows;
using static PropertyService.HelpRequests.HelpGuards;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;
using static PropertyService.HelpRequests.HelpRequestState;

namespace PropertyService.HelpRequests;

/// <summary>
/// The help-request workflow, defined once: the transition table (one trigger per action; guards tell written inquiry
/// from other requests and a major emergency from a normal one), the role table and what each state waits for.
/// Immutable and shared by all threads; it judges commands, replays histories and draws the diagrams.
/// </summary>
internal static class HelpRequestWorkflow
{
    private static readonly HelpRequestState[] Open =
        [ContactRecorded, InProgress, Escalated, Instructed, AwaitingWrittenReply, EmergencyAttended, Handled, Declined, FollowedUp];

    /// <summary>The workflow every help request runs on.</summary>
    internal static readonly Workflow<HelpRequestState, HelpAction, HelpAction, HelpStep> Table = Build();

    /// <summary>Builds the workflow from its tables, guards included; the library builds it once, into <see cref="Table"/>.</summary>
    internal static Workflow<HelpRequestState, HelpAction, HelpAction, HelpStep> Build() => new(
        new WorkflowCodes("request", WrongSite, TimeBeforeLastEvent, RoleNotAllowed, NotAllowedNow, "Help"),
        AwaitingContact,
        Transitions(),
        static action => action,
        Roles(),
        Pending());

    private static List<WorkflowTransition<HelpRequestState, HelpAction, HelpStep>> Transitions()
    {
        var list = new List<WorkflowTransition<HelpRequestState, HelpAction, HelpStep>>
        {
            // HR-07: address and phone first, by the owner.
            new(AwaitingContact, HelpAction.RecordContact, ContactRecorded, IsOwner),

            // HR-07 then the wishes; a written inquiry is registered (HR-09); an emergency records the option instead (HR-08).
            new(ContactRecorded, HelpAction.RecordWishes, InProgress, IsOwner, IsNotEmergency, IsNotWrittenInquiry),
            new(ContactRecorded, HelpAction.RecordWishes, AwaitingWrittenReply, IsOwner, IsWrittenInquiry),

            // HR-08: the option chosen and what was done; a major emergency was reported at once, a normal one is reported after.
            new(ContactRecorded, HelpAction.RecordEmergencyAction, Handled, IsOwner, IsEmergency, IsMajor),
            new(ContactRecorded, HelpAction.RecordEmergencyAction, EmergencyAttended, IsOwner, IsEmergency, IsNormal),
            new(EmergencyAttended, HelpAction.ReportEmergency, Handled, IsOwner),

            // HR-04: answer at once, or ask the supervisor or manager and answer on their instruction.
            // HR-09: an answer the officer is not sure of must go through the supervisor.
            new(InProgress, HelpAction.Answer, Handled, IsOwner, AnswerIsCertain),
            new(InProgress, HelpAction.Escalate, Escalated, IsOwner),
            new(Escalated, HelpAction.Instruct, Instructed, HoldsEscalationLevel),
            new(Instructed, HelpAction.Answer, Handled, IsOwner),

            // HR-09: the supervisor or manager replies to a written inquiry in writing.
            new(AwaitingWrittenReply, HelpAction.ReplyInWriting, Handled, IsWrittenReplier),

            // HR-05: the owner or the supervisor declines, with a reason for the resident (checked as input).
            new(InProgress, HelpAction.Decline, Declined, IsOwnerOrSupervisor),
            new(Escalated, HelpAction.Decline, Declined, IsOwnerOrSupervisor),
            new(Instructed, HelpAction.Decline, Declined, IsOwnerOrSupervisor),
            new(AwaitingWrittenReply, HelpAction.Decline, Declined, IsOwnerOrSupervisor),

            // HR-06: the owner follows up after the request is handled (or declined), then closes it.
            new(Handled, HelpAction.FollowUp, FollowedUp, IsOwner),
            new(Declined, HelpAction.FollowUp, FollowedUp, IsOwner),
            new(FollowedUp, HelpAction.Close, Closed, IsOwner),
        };

        // HR-08: once told of an emergency, the supervisor may refer it to the site manager (state unchanged).
        foreach (var state in (ReadOnlySpan<HelpRequestState>)[ContactRecorded, EmergencyAttended, Handled])
        {
            list.Add(new(state, HelpAction.ReferToSiteManager, state, IsReferrer, IsEmergency, IsReportedToSupervisor, IsNotYetReferred));
        }

        // HR-06: explicit transfer of ownership while the request is open (state unchanged).
        foreach (var state in Open)
        {
            list.Add(new(state, HelpAction.TransferOwnership, state, IsOwnerOrSupervisor));
        }

        return list;
    }

    // Who may act on a help request depends on the request (its owner, the level the owner asked), not on a role
    // alone, so every row is open to any role of the site and the guards above decide; the rows name each action's rule.
    private static Dictionary<HelpAction, ActionRule> Roles() => new()
    {
        [HelpAction.RecordContact] = new([], "HR-07"),
        [HelpAction.RecordWishes] = new([], "HR-07"),
        [HelpAction.Answer] = new([], "HR-04"),
        [HelpAction.Escalate] = new([], "HR-04"),
        [HelpAction.Instruct] = new([], "HR-04"),
        [HelpAction.Decline] = new([], "HR-05"),
        [HelpAction.RecordEmergencyAction] = new([], "HR-08"),
        [HelpAction.ReportEmergency] = new([], "HR-08"),
        [HelpAction.ReferToSiteManager] = new([], "HR-08"),
        [HelpAction.ReplyInWriting] = new([], "HR-09"),
        [HelpAction.TransferOwnership] = new([], "HR-06"),
        [HelpAction.FollowUp] = new([], "HR-06"),
        [HelpAction.Close] = new([], "HR-06"),
    };

    // What each state waits for: an action refused because of the state cites this rule and says what comes first.
    private static Dictionary<HelpRequestState, PendingStep> Pending() => new()
    {
        [AwaitingContact] = new("HR-07", "the resident's address and contact phone must be recorded first", ContactRequired),
        [ContactRecorded] = new("HR-07", "what the resident wants (in a medical emergency, the option chosen and what was done) must be recorded first"),
        [InProgress] = new("HR-04", "the owner must first answer the resident, ask the supervisor or manager, or decline"),
        [Escalated] = new("HR-04", "the supervisor or manager asked must instruct the owner first"),
        [Instructed] = new("HR-04", "the owner must first answer the resident on the instruction"),
        [AwaitingWrittenReply] = new("HR-09", "the supervisor or manager must reply to the written inquiry first"),
        [EmergencyAttended] = new("HR-08", "the owner must report the emergency to the supervisor first"),
        [Handled] = new("HR-06", "the owner must follow up with the resident first", FollowUpRequired),
        [Declined] = new("HR-06", "the owner must follow up with the resident first", FollowUpRequired),
        [FollowedUp] = new("HR-06", "the request is followed up and only its owner's close remains"),
        [Closed] = new(null, "the request is closed"),
    };
}
