namespace PropertyService.Complaints;

/// <summary>The stable codes of the rejections a <see cref="Complaint"/> returns; hosts may switch on them.</summary>
public static class ComplaintRejectionCodes
{
    /// <summary>The actor belongs to another site.</summary>
    public const string WrongSite = "complaint.wrong-site";

    /// <summary>The command is dated before the complaint's last event. Field <c>At</c>.</summary>
    public const string TimeBeforeLastEvent = "complaint.time-before-last-event";

    /// <summary>Only a customer-service officer, supervisor or manager records, notifies or closes a complaint (CS-13).</summary>
    public const string RoleNotAllowed = "complaint.role-not-allowed";

    /// <summary>The step is not possible now: the department is notified once, before the complaint is closed (CS-13).</summary>
    public const string NotAllowedNow = "complaint.not-allowed-now";

    /// <summary>A required text is missing: who complained and about what, the department, or the outcome.</summary>
    public const string TextRequired = "complaint.text-required";

    /// <summary>The time the resident complained is after the time it is recorded.</summary>
    public const string ReceivedAfterRecorded = "complaint.received-after-recorded";
}
