namespace PropertyService.Shifts;

/// <summary>The steps people take in a shift handover, as <see cref="ShiftHandover.PermittedActions"/> lists them.</summary>
public enum HandoverAction
{
    /// <summary>The incoming person arrives, at least 15 minutes before the shift starts to be on time (CS-16).</summary>
    Arrive = 0,

    /// <summary>The outgoing person or a supervisor records that the incoming person is absent at the shift start (CS-20).</summary>
    ReportAbsence = 1,

    /// <summary>The outgoing person hands over every outstanding item, in writing where required (CS-17).</summary>
    HandOverItems = 2,

    /// <summary>The incoming officer turns a night-log entry into a record or carries it over with a reason (CS-15).</summary>
    ResolveNightEntry = 3,

    /// <summary>The outgoing or incoming person records the tool count (CS-10, CS-18).</summary>
    CountTools = 4,

    /// <summary>The incoming person inspects the post and accepts or rejects it (CS-19).</summary>
    InspectPost = 5,

    /// <summary>The outgoing person tidies the post again after a rejection (CS-19).</summary>
    TidyPost = 6,

    /// <summary>The outgoing or incoming person completes the handover; the outgoing person may leave (CS-19, CS-20).</summary>
    Complete = 7,
}
