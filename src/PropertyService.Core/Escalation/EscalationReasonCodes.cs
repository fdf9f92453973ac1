namespace PropertyService.Escalation;

/// <summary>The stable codes of the built-in rules' <see cref="EscalationReason"/>s; hosts may switch on them.</summary>
public static class EscalationReasonCodes
{
    /// <summary>A timing target is about to be missed.</summary>
    public const string SlaWarning = "escalation.sla-warning";

    /// <summary>A timing target was missed.</summary>
    public const string SlaBreached = "escalation.sla-breached";

    /// <summary>HR-08: a major emergency.</summary>
    public const string MajorEmergency = "escalation.major-emergency";

    /// <summary>CS-20: the incoming shift person has not arrived.</summary>
    public const string IncomingAbsent = "escalation.incoming-absent";

    /// <summary>HR-04: the officer cannot resolve a help request.</summary>
    public const string HelpRequestEscalated = "escalation.help-request-escalated";

    /// <summary>RP-16: the resident rejected the work repeatedly.</summary>
    public const string WorkRejectedRepeatedly = "escalation.work-rejected-repeatedly";

    /// <summary>RP-15: resident-supplied materials are unqualified.</summary>
    public const string UnqualifiedMaterials = "escalation.unqualified-materials";

    /// <summary>Nobody acknowledged the escalation in time, so it climbed one level.</summary>
    public const string NotAcknowledged = "escalation.not-acknowledged";
}
