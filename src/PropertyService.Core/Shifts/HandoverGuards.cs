using PropertyService.Workflows;
using static PropertyService.Shifts.ShiftHandoverRejectionCodes;

namespace PropertyService.Shifts;

/// <summary>
/// The conditions of the handover workflow, each citing the rule it enforces. Built afresh each time the workflow is
/// built (<see cref="ShiftHandoverWorkflow.Build"/>), so a test can rebuild the tables and read them.
/// </summary>
internal static class HandoverGuards
{
    // CS-16: the incoming person arrives in person.
    internal static WorkflowGuard<HandoverStep> IncomingArrives => new(
        0, NotIncoming, "CS-16", "Actor", "only the incoming person records their own arrival", "Guard.Handover.IncomingArrives", static s => s.IsIncoming);

    // CS-17: the outgoing person hands over what is outstanding.
    internal static WorkflowGuard<HandoverStep> OutgoingHandsOver => new(
        0, NotOutgoing, "CS-17", "Actor", "only the outgoing person hands over the outstanding items", "Guard.Handover.OutgoingHandsOver", static s => s.IsOutgoing);

    // CS-18: the two people on the post count the tools together; either records the count.
    internal static WorkflowGuard<HandoverStep> PartyCounts => new(
        0, NotAParty, "CS-18", "Actor", "only the outgoing or incoming person records the tool count", "Guard.Handover.PartyCounts", static s => s.IsOutgoing || s.IsIncoming);

    // CS-19: the incoming person inspects and accepts the post.
    internal static WorkflowGuard<HandoverStep> IncomingInspects => new(
        0, NotIncoming, "CS-19", "Actor", "only the incoming person inspects the post", "Guard.Handover.IncomingInspects", static s => s.IsIncoming);

    // CS-19: the outgoing person tidies the post.
    internal static WorkflowGuard<HandoverStep> OutgoingTidies => new(
        0, NotOutgoing, "CS-19", "Actor", "only the outgoing person tidies the post", "Guard.Handover.OutgoingTidies", static s => s.IsOutgoing);

    // CS-15: the officer on duty in the morning turns the night log's entries into records.
    internal static WorkflowGuard<HandoverStep> IncomingResolves => new(
        0, NotIncoming, "CS-15", "Actor", "only the incoming person resolves the night log's entries", "Guard.Handover.IncomingResolves", static s => s.IsIncoming);

    // CS-20: either person completes the handover once everything is done.
    internal static WorkflowGuard<HandoverStep> PartyCompletes => new(
        0, NotAParty, "CS-20", "Actor", "only the outgoing or incoming person completes the handover", "Guard.Handover.PartyCompletes", static s => s.IsOutgoing || s.IsIncoming);

    // CS-20: the person on duty (or their supervisor) reports that the incoming person has not come.
    internal static WorkflowGuard<HandoverStep> OutgoingOrSupervisorReports => new(
        0, NotOutgoingOrSupervisor, "CS-20", "Actor", "only the outgoing person or a service-center supervisor or manager reports an absence", "Guard.Handover.OutgoingOrSupervisorReports",
        static s => s.IsOutgoing || s.Actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager));

    // CS-20: absent means not there when the shift starts.
    internal static WorkflowGuard<HandoverStep> ShiftHasStarted => new(
        1, ShiftNotStarted, "CS-20", "At", "the incoming shift has started", "Guard.Handover.ShiftHasStarted", static s => s.At is not { } at || at >= s.Handover.ShiftStartsAt);

    // CS-20: one report per absence.
    internal static WorkflowGuard<HandoverStep> AbsenceNotYetReported => new(
        2, AbsenceAlreadyReported, "CS-20", null, "the absence has not been reported yet", "Guard.Handover.AbsenceNotYetReported", static s => !s.Handover.AbsenceReported);

    // CS-15: the morning handover completes only when every night entry is converted or carried over.
    internal static WorkflowGuard<HandoverStep> NightEntriesResolved => new(
        1, ShiftHandoverRejectionCodes.NightEntriesUnresolved, "CS-15", null,
        "every night-log entry handed over is turned into a record or carried over", "Guard.Handover.NightEntriesResolved", static s => s.Handover.UnresolvedNightEntries.Count == 0);
}
