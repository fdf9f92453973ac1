namespace PropertyService.Escalation;

/// <summary>The codes of the <see cref="Rejection"/>s an acknowledgement can get.</summary>
public static class EscalationRejectionCodes
{
    /// <summary>No escalation has that cause at that site.</summary>
    public const string Unknown = "escalation.unknown";

    /// <summary>The actor belongs to another site.</summary>
    public const string OtherSite = "escalation.other-site";

    /// <summary>The escalation's current level was already acknowledged.</summary>
    public const string AlreadyAcknowledged = "escalation.already-acknowledged";

    /// <summary>The actor holds no role at or above the level notified.</summary>
    public const string RoleNotAllowed = "escalation.role-not-allowed";

    /// <summary>The acknowledgement is dated before the notice.</summary>
    public const string BeforeNotice = "escalation.before-notice";
}
