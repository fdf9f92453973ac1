namespace PropertyService.Shifts;

/// <summary>
/// The stable codes of the rejections a <see cref="ShiftHandover"/> returns (<see cref="Rejection.Code"/>); hosts may
/// switch on them.
/// </summary>
public static class ShiftHandoverRejectionCodes
{
    /// <summary>The actor belongs to another site.</summary>
    public const string WrongSite = "shift.wrong-site";

    /// <summary>The command is dated before the handover's last event; the record is kept in time order. Field <c>At</c>.</summary>
    public const string TimeBeforeLastEvent = "shift.time-before-last-event";

    /// <summary>The actor holds none of the action's roles.</summary>
    public const string RoleNotAllowed = "shift.role-not-allowed";

    /// <summary>The action is not possible in the handover's current state.</summary>
    public const string NotAllowedNow = "shift.not-allowed-now";

    /// <summary>A handover is scheduled only between a shift and the one that starts when it ends (CS-16).</summary>
    public const string NotConsecutive = "shift.not-consecutive";

    /// <summary>The outgoing or incoming person is not on their shift per the roster, or is the same person on both.</summary>
    public const string NotOnShift = "shift.not-on-shift";

    /// <summary>Nothing but the incoming person's arrival (or a report of their absence) can happen before they arrive (CS-20).</summary>
    public const string IncomingRequired = "shift.incoming-required";

    /// <summary>Only the incoming person takes this step: arriving (CS-16), inspecting the post (CS-19), resolving night entries (CS-15).</summary>
    public const string NotIncoming = "shift.not-incoming";

    /// <summary>Only the outgoing person takes this step: handing over items (CS-17), tidying the post (CS-19).</summary>
    public const string NotOutgoing = "shift.not-outgoing";

    /// <summary>Only the outgoing or incoming person takes this step: counting tools (CS-18), completing (CS-20).</summary>
    public const string NotAParty = "shift.not-a-party";

    /// <summary>Only the outgoing person or a service-center supervisor or manager reports an absence (CS-20).</summary>
    public const string NotOutgoingOrSupervisor = "shift.not-outgoing-or-supervisor";

    /// <summary>The incoming person is absent only once the shift has started (CS-20).</summary>
    public const string ShiftNotStarted = "shift.shift-not-started";

    /// <summary>The absence was already reported (CS-20).</summary>
    public const string AbsenceAlreadyReported = "shift.absence-already-reported";

    /// <summary>A repair, complaint or other major matter is handed over without a written note (CS-17).</summary>
    public const string WrittenNoteRequired = "shift.written-note-required";

    /// <summary>A record is listed twice among the items (CS-17).</summary>
    public const string ItemListedTwice = "shift.item-listed-twice";

    /// <summary>A night-log entry is handed over without naming it, so it could not be resolved (CS-15).</summary>
    public const string ReferenceRequired = "shift.reference-required";

    /// <summary>The night-log entry is not among the items handed over, or was already resolved (CS-15).</summary>
    public const string NightEntryUnknown = "shift.night-entry-unknown";

    /// <summary>A converted night-log entry names no record, or a carried-over one gives no reason (CS-15).</summary>
    public const string ResolutionIncomplete = "shift.resolution-incomplete";

    /// <summary>The handover cannot complete while a night-log entry is neither converted nor carried over (CS-15).</summary>
    public const string NightEntriesUnresolved = "shift.night-entries-unresolved";

    /// <summary>The count lists a tool twice (CS-18).</summary>
    public const string ToolCountedTwice = "shift.tool-counted-twice";

    /// <summary>The count lists a tool the inventory does not have, or the inventory is another site's (CS-18).</summary>
    public const string ToolUnknown = "shift.tool-unknown";

    /// <summary>A rejected post needs a reason (CS-19).</summary>
    public const string ReasonRequired = "shift.reason-required";
}
