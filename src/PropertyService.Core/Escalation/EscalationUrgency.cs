namespace PropertyService.Escalation;

/// <summary>How urgently the person notified must act; a notifier chooses its channel by it (for example SMS for <see cref="Immediate"/>).</summary>
public enum EscalationUrgency
{
    /// <summary>Within working routine (for example materials found unqualified).</summary>
    Normal = 0,

    /// <summary>Soon: a timing target is about to be missed or was missed, a shift is uncovered.</summary>
    Urgent = 1,

    /// <summary>At once: a major emergency (HR-08).</summary>
    Immediate = 2,
}
