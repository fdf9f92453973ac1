namespace PropertyService.Shifts;

/// <summary>The stable codes of the rejections a <see cref="DutyLog"/> returns; hosts may switch on them.</summary>
public static class DutyLogRejectionCodes
{
    /// <summary>The actor belongs to another site.</summary>
    public const string WrongSite = "duty-log.wrong-site";

    /// <summary>The entry is dated before the log's last event; the books are kept in time order. Field <c>At</c>.</summary>
    public const string TimeBeforeLastEvent = "duty-log.time-before-last-event";

    /// <summary>An entry has no identifier, or one already in the log (CS-13).</summary>
    public const string EntryIdTaken = "duty-log.entry-id-taken";

    /// <summary>There is no such entry, or it was already handled (CS-13).</summary>
    public const string EntryNotOpen = "duty-log.entry-not-open";

    /// <summary>The entry lacks who called or visited, what they said, or how it was handled (CS-13).</summary>
    public const string EntryIncomplete = "duty-log.entry-incomplete";
}
