namespace PropertyService.Shifts;

/// <summary>The stable codes of the rejections a <see cref="SignInSheet"/> returns; hosts may switch on them.</summary>
public static class SignInSheetRejectionCodes
{
    /// <summary>The actor belongs to another site.</summary>
    public const string WrongSite = "sign-in.wrong-site";

    /// <summary>The sign-in or sign-back is dated before the sheet's last event. Field <c>At</c>.</summary>
    public const string TimeBeforeLastEvent = "sign-in.time-before-last-event";

    /// <summary>The person is already out at work: they sign back before signing in again (CS-05).</summary>
    public const string AlreadyOut = "sign-in.already-out";

    /// <summary>The person is not out at work, so there is nothing to sign back from (CS-05).</summary>
    public const string NotOut = "sign-in.not-out";

    /// <summary>A sign-in says where the person is going and what for (CS-05).</summary>
    public const string TaskRequired = "sign-in.task-required";
}
