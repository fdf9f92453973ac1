namespace PropertyService.Repairs;

/// <summary>Where a <see cref="RepairTicket"/> is in the repair workflow (RP-08…RP-16, CS-13…CS-15).</summary>
public enum RepairState
{
    /// <summary>Recorded in the repair log during the day (or through the resident app); the work order is due (RP-08, RP-09).</summary>
    Reported = 0,

    /// <summary>Recorded in the night duty log by the night technician, who fixes it at once or defers it (CS-14).</summary>
    LoggedAtNight = 1,

    /// <summary>Could not be handled at night; the resident was told; waits for the morning handover (CS-14, CS-15).</summary>
    DeferredToMorning = 2,

    /// <summary>The work order is issued in triplicate; engineering is to be notified (RP-09).</summary>
    WorkOrderIssued = 3,

    /// <summary>Engineering was notified and is to collect the work order (RP-09, RP-10).</summary>
    AwaitingCollection = 4,

    /// <summary>The engineering supervisor is to assess feasibility and cost (RP-14).</summary>
    AwaitingAssessment = 5,

    /// <summary>The owner is to accept or decline an assessed quote (RP-14).</summary>
    AwaitingResidentDecision = 6,

    /// <summary>The engineering supervisor is to assign a technician (RP-11).</summary>
    ReadyToAssign = 7,

    /// <summary>A technician is assigned and on the way (RP-12, RP-13).</summary>
    Assigned = 8,

    /// <summary>The technician is on site and working.</summary>
    OnSite = 9,

    /// <summary>Resident-supplied materials were unqualified; work is stopped (RP-15).</summary>
    AwaitingMaterials = 10,

    /// <summary>The work is done and awaits the resident's inspection and signature (RP-16).</summary>
    WorkCompleted = 11,

    /// <summary>The resident was not satisfied (at inspection or follow-up); the technician redoes the work (RP-16).</summary>
    Rework = 12,

    /// <summary>Signed off (or overridden by a supervisor); the follow-up visit is due (RP-03 (4)).</summary>
    SignedOff = 13,

    /// <summary>Signed off and followed up. Final.</summary>
    Closed = 14,

    /// <summary>Ended without work: not feasible, or the owner declined the cost (RP-14). Final.</summary>
    ClosedWithoutWork = 15,

    /// <summary>Cancelled at the resident's request before work started. Final.</summary>
    Cancelled = 16,
}
