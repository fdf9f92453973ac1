using Stateless;
using static PropertyService.HelpRequests.HelpGuards;
using static PropertyService.HelpRequests.HelpRequestState;

namespace PropertyService.HelpRequests;

/// <summary>
/// The help-request workflow, defined once as an immutable table (shared by all threads). Each request configures
/// its own Stateless machine from it, once, and the same table judges commands before the machine fires, so a
/// rejected command never reaches the machine.
/// </summary>
internal static class HelpRequestWorkflow
{
    private static readonly HelpRequestState[] Open =
        [ContactRecorded, InProgress, Escalated, Instructed, AwaitingWrittenReply, EmergencyAttended, Handled, Declined, FollowedUp];

    internal static readonly HelpTransition[] Transitions = Build();

    // Indexed [state, action]: the transitions for that pair (empty when the action is not possible there).
    private static readonly HelpTransition[][] ByStateAndAction = Index();

    private static readonly int ActionCount = Enum.GetValues<HelpAction>().Length;

    private static HelpTransition[] Build()
    {
        var list = new List<HelpTransition>
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

        return [.. list];
    }

    private static HelpTransition[][] Index()
    {
        var states = Enum.GetValues<HelpRequestState>().Length;
        var actions = Enum.GetValues<HelpAction>().Length;
        var index = new HelpTransition[states * actions][];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = Transitions.Where(t => ((int)t.From * actions) + (int)t.Action == i).ToArray();
        }

        return index;
    }

    /// <summary>The transitions for <paramref name="action"/> in <paramref name="state"/>; empty when it is not possible there.</summary>
    internal static HelpTransition[] For(HelpRequestState state, HelpAction action) =>
        ByStateAndAction[((int)state * ActionCount) + (int)action];

    /// <summary>
    /// Judges <paramref name="action"/> in <paramref name="state"/>: null when some transition's guards all hold,
    /// otherwise the failing guard of highest priority; <paramref name="possible"/> is false when no transition exists.
    /// </summary>
    internal static HelpGuard? Judge(HelpRequest request, HelpRequestState state, HelpAction action, in GuardInput input, out bool possible)
    {
        var transitions = For(state, action);
        possible = transitions.Length > 0;
        HelpGuard? failing = null;
        foreach (var transition in transitions)
        {
            var guard = transition.FirstFailing(request, input);
            if (guard is null)
            {
                return null;
            }

            if (failing is null || guard.Priority < failing.Priority)
            {
                failing = guard;
            }
        }

        return failing;
    }

    /// <summary>Configures <paramref name="machine"/> from the table; <paramref name="bind"/> turns a guard into a Stateless guard.</summary>
    internal static void Configure(StateMachine<HelpRequestState, HelpAction> machine, Func<HelpGuard, Func<bool>> bind)
    {
        foreach (var transition in Transitions)
        {
            var guards = Array.ConvertAll(transition.Guards, g => Tuple.Create(bind(g), g.Description));
            var configuration = machine.Configure(transition.From);
            if (transition.From == transition.To)
            {
                configuration.PermitReentryIf(transition.Action, guards);
            }
            else
            {
                configuration.PermitIf(transition.Action, transition.To, guards);
            }
        }

        machine.Configure(Closed);
    }
}
