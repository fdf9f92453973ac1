using PropertyService.Workflows;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>
/// The conditions of the help-request workflow, each citing the rule it enforces. Each is built afresh when the
/// workflow is built (<see cref="HelpRequestWorkflow.Build"/>), so the tables are data that a test can rebuild and read.
/// </summary>
internal static class HelpGuards
{
    private static readonly Role[] EscalationChain = [Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager];

    // HR-06: only the current first-contact owner acts on the request.
    internal static WorkflowGuard<HelpStep> IsOwner => new(
        0, NotOwner, "HR-06", "Actor",
        "only the request's first-contact owner takes this step", "Guard.Help.IsOwner",
        static s => s.Request.FirstContactOwner.Equals(s.Actor));

    // HR-05 (decline) and HR-06 (transfer): the owner, or the supervisor or manager who organises help (HR-03).
    internal static WorkflowGuard<HelpStep> IsOwnerOrSupervisor => new(
        1, NotOwnerOrSupervisor, "HR-06", "Actor",
        "only the first-contact owner or a service-center supervisor or manager takes this step", "Guard.Help.IsOwnerOrSupervisor",
        static s => s.Request.FirstContactOwner.Equals(s.Actor) || s.Actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager));

    // HR-04: the supervisor or manager asked (or someone above them in the chain) instructs the owner.
    internal static WorkflowGuard<HelpStep> HoldsEscalationLevel => new(
        2, NotEscalationLevel, "HR-04", "Actor",
        "only the supervisor or manager the owner asked, or someone above them, instructs", "Guard.Help.HoldsEscalationLevel",
        static s => HoldsLevelOrAbove(s.Actor, s.Request.EscalatedTo ?? Role.ServiceSupervisor));

    // HR-09: the supervisor (or the service-center manager) answers a written inquiry in writing.
    internal static WorkflowGuard<HelpStep> IsWrittenReplier => new(
        3, NotWrittenReplier, "HR-09", "Actor",
        "only the service-center supervisor or manager replies in writing", "Guard.Help.IsWrittenReplier",
        static s => s.Actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager));

    // HR-08: the supervisor may refer an emergency to the site manager.
    internal static WorkflowGuard<HelpStep> IsReferrer => new(
        4, NotReferrer, "HR-08", "Actor",
        "only the service-center supervisor or manager refers an emergency to the site manager", "Guard.Help.IsReferrer",
        static s => s.Actor.HasAnyRole(Role.ServiceSupervisor, Role.ServiceManager));

    // HR-08: emergency steps apply to medical emergencies only.
    internal static WorkflowGuard<HelpStep> IsEmergency => new(
        5, NotAnEmergency, "HR-08", "Kind",
        "the request is a medical emergency", "Guard.Help.IsEmergency",
        static s => s.Request.Kind == HelpKind.MedicalEmergency);

    // HR-08: in an emergency the officer records the option chosen, not wishes.
    internal static WorkflowGuard<HelpStep> IsNotEmergency => new(
        6, EmergencyRecordsAction, "HR-08", "Kind",
        "the request is not a medical emergency (an emergency records the option chosen and what was done)", "Guard.Help.IsNotEmergency",
        static s => s.Request.Kind != HelpKind.MedicalEmergency);

    // HR-09: a written inquiry is registered and answered in writing.
    internal static WorkflowGuard<HelpStep> IsWrittenInquiry => new(
        7, WrittenInquiry, "HR-09", "Kind",
        "the request is a written inquiry", "Guard.Help.IsWrittenInquiry",
        static s => s.Request.Kind == HelpKind.WrittenInquiry);

    internal static WorkflowGuard<HelpStep> IsNotWrittenInquiry => new(
        8, WrittenInquiry, "HR-09", "Kind",
        "the request is not a written inquiry", "Guard.Help.IsNotWrittenInquiry",
        static s => s.Request.Kind != HelpKind.WrittenInquiry);

    // HR-08: the supervisor refers only an emergency they have been told of.
    internal static WorkflowGuard<HelpStep> IsReportedToSupervisor => new(
        9, NotReported, "HR-08", null,
        "the emergency has been reported to the supervisor", "Guard.Help.IsReportedToSupervisor",
        static s => s.Request.ReportedToSupervisor);

    internal static WorkflowGuard<HelpStep> IsNotYetReferred => new(
        10, AlreadyReferred, "HR-08", null,
        "the emergency has not been referred to the site manager already", "Guard.Help.IsNotYetReferred",
        static s => !s.Request.ReferredToSiteManager);

    // HR-09 "never pretend to know" (and HR-04 for any request): an uncertain answer goes through the supervisor.
    // The event does not keep whether the officer was sure, so a replayed history cannot judge it again.
    internal static WorkflowGuard<HelpStep> AnswerIsCertain => new(
        11, UncertainAnswer, "HR-09", "AnswerIsCertain",
        "the officer is sure of the answer (otherwise ask the supervisor first: never pretend to know)", "Guard.Help.AnswerIsCertain",
        static s => s.AnswerIsCertain,
        onReplay: false);

    // HR-08: a major emergency was reported at once; a normal one is reported after the event.
    internal static WorkflowGuard<HelpStep> IsMajor => new(
        12, NotAnEmergency, "HR-08", "IsMajor",
        "the emergency is major (already reported to the supervisor at once)", "Guard.Help.IsMajor",
        static s => s.Request.IsMajor);

    internal static WorkflowGuard<HelpStep> IsNormal => new(
        13, NotAnEmergency, "HR-08", "IsMajor",
        "the emergency is not major (the supervisor is told after the event)", "Guard.Help.IsNormal",
        static s => !s.Request.IsMajor);

    /// <summary>Whether <paramref name="actor"/> holds <paramref name="level"/> or a role above it in the escalation chain.</summary>
    internal static bool HoldsLevelOrAbove(Actor actor, Role level)
    {
        var start = Array.IndexOf(EscalationChain, level);
        if (start < 0)
        {
            return false;
        }

        for (var i = start; i < EscalationChain.Length; i++)
        {
            if (actor.HasRole(EscalationChain[i]))
            {
                return true;
            }
        }

        return false;
    }
}
