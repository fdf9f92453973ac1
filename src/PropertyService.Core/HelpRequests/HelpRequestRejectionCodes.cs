namespace PropertyService.HelpRequests;

/// <summary>
/// The stable codes of the rejections a <see cref="HelpRequest"/> returns (<see cref="Rejection.Code"/>);
/// hosts may switch on them.
/// </summary>
public static class HelpRequestRejectionCodes
{
    /// <summary>The actor belongs to another site.</summary>
    public const string WrongSite = "help.wrong-site";

    /// <summary>
    /// The command is dated before the request's last event (<see cref="HelpRequest.LastEventAt"/>); the record is kept
    /// in time order. The rejection's field is <c>At</c>.
    /// </summary>
    public const string TimeBeforeLastEvent = "help.time-before-last-event";

    /// <summary>Only an officer receives a help request and becomes its first-contact owner (HR-06).</summary>
    public const string OfficerReceives = "help.officer-receives";

    /// <summary>Only a medical emergency can be major (HR-08).</summary>
    public const string MajorOnlyForEmergency = "help.major-only-for-emergency";

    /// <summary>A step other than recording contact was tried before address and phone were recorded (HR-07): the refusal of every
    /// step while the request awaits its contact.</summary>
    public const string ContactRequired = "help.contact-required";

    /// <summary>The address, the contact phone or both are missing (HR-07).</summary>
    public const string ContactIncomplete = "help.contact-incomplete";

    /// <summary>What the resident wants is missing (HR-07).</summary>
    public const string WishesRequired = "help.wishes-required";

    /// <summary>The actor is not the request's current first-contact owner (HR-06).</summary>
    public const string NotOwner = "help.not-owner";

    /// <summary>The actor is neither the owner nor a service-center supervisor or manager (HR-05, HR-06).</summary>
    public const string NotOwnerOrSupervisor = "help.not-owner-or-supervisor";

    /// <summary>The actor does not hold the level the request was escalated to, or a higher one (HR-04).</summary>
    public const string NotEscalationLevel = "help.not-escalation-level";

    /// <summary>Only the service-center supervisor or manager replies in writing (HR-09).</summary>
    public const string NotWrittenReplier = "help.not-written-replier";

    /// <summary>Only the service-center supervisor (or manager) refers an emergency to the site manager (HR-08).</summary>
    public const string NotReferrer = "help.not-referrer";

    /// <summary>The answer is missing (HR-04).</summary>
    public const string AnswerRequired = "help.answer-required";

    /// <summary>The officer is not sure of the answer: ask the supervisor first, never pretend to know (HR-09).</summary>
    public const string UncertainAnswer = "help.uncertain-answer";

    /// <summary>The escalation level is not the service-center supervisor or manager (HR-04).</summary>
    public const string EscalationLevel = "help.escalation-level";

    /// <summary>The person escalated to does not hold the escalation level (HR-04).</summary>
    public const string EscalationTarget = "help.escalation-target";

    /// <summary>The question put to the supervisor is missing (HR-04).</summary>
    public const string QuestionRequired = "help.question-required";

    /// <summary>The instruction is missing (HR-04, HR-08).</summary>
    public const string InstructionRequired = "help.instruction-required";

    /// <summary>A decline has no written reason for the resident (HR-05).</summary>
    public const string ReasonRequired = "help.reason-required";

    /// <summary>The step applies only to a medical emergency (HR-08).</summary>
    public const string NotAnEmergency = "help.not-an-emergency";

    /// <summary>A medical emergency records the option chosen, not wishes (HR-08).</summary>
    public const string EmergencyRecordsAction = "help.emergency-records-action";

    /// <summary>What was done in the emergency is missing (HR-08).</summary>
    public const string EmergencyActionRequired = "help.emergency-action-required";

    /// <summary>The report to the supervisor is missing (HR-08).</summary>
    public const string ReportRequired = "help.report-required";

    /// <summary>The emergency has not been reported to the supervisor yet (HR-08).</summary>
    public const string NotReported = "help.not-reported";

    /// <summary>The emergency was already referred to the site manager (HR-08).</summary>
    public const string AlreadyReferred = "help.already-referred";

    /// <summary>The step applies to a written inquiry, or not to one (HR-09).</summary>
    public const string WrittenInquiry = "help.written-inquiry";

    /// <summary>The written reply is missing (HR-09).</summary>
    public const string ReplyRequired = "help.reply-required";

    /// <summary>Ownership passes only to another officer of the same site (HR-06).</summary>
    public const string TransferTarget = "help.transfer-target";

    /// <summary>A transfer of ownership has no reason (HR-06).</summary>
    public const string TransferReasonRequired = "help.transfer-reason-required";

    /// <summary>The request is handled or declined and waits for the owner's follow-up (HR-06): the refusal of every other step
    /// then, closing included.</summary>
    public const string FollowUpRequired = "help.follow-up-required";

    /// <summary>
    /// The step is not possible in the request's current state; the rejection cites the rule whose step is pending and says
    /// what must happen first (no rule once the request is closed).
    /// </summary>
    public const string NotAllowedNow = "help.not-allowed-now";

    // The workflow's role table is open to every role of the site (the guards decide who acts), so no rejection carries
    // this code; the kernel still needs one.
    internal const string RoleNotAllowed = "help.role-not-allowed";
}
