namespace PropertyService.Repairs;

/// <summary>The things a person can do to an existing <see cref="RepairTicket"/>; see <see cref="RepairTicket.PermittedActions"/>.</summary>
public enum RepairAction
{
    /// <summary>Issue the work order in triplicate (RP-09, CS-13). Officer.</summary>
    IssueWorkOrder = 0,

    /// <summary>Notify engineering to collect the work order (RP-09). Officer.</summary>
    NotifyEngineering = 1,

    /// <summary>Sign for the work order on the repair log (RP-10). Engineering supervisor or technician.</summary>
    Collect = 2,

    /// <summary>Assess feasibility and cost, feasible or not (RP-14). Engineering supervisor.</summary>
    Assess = 3,

    /// <summary>Accept the assessed quote (RP-14). The owner, or an officer recording the owner's answer.</summary>
    AcceptQuote = 4,

    /// <summary>Decline the assessed quote (RP-14). The owner, or an officer recording the owner's answer.</summary>
    DeclineQuote = 5,

    /// <summary>Assign a technician (RP-11). Engineering supervisor.</summary>
    Assign = 6,

    /// <summary>Arrive on site (RP-12, RP-13). The assigned technician.</summary>
    Arrive = 7,

    /// <summary>Check resident-supplied materials (RP-15). The assigned technician.</summary>
    CheckMaterials = 8,

    /// <summary>Report work found on site beyond the quote (RP-14). The assigned technician.</summary>
    ReportExtraWork = 9,

    /// <summary>Finish the work and ask the resident to inspect it (RP-16). The assigned technician.</summary>
    CompleteWork = 10,

    /// <summary>Sign the work order (RP-16). The owner.</summary>
    SignOff = 11,

    /// <summary>Refuse the work with a reason, sending it back for rework (RP-16). The resident.</summary>
    RejectWork = 12,

    /// <summary>Close the inspection without the resident's signature, with a recorded reason (RP-16). Service supervisor.</summary>
    OverrideSignOff = 13,

    /// <summary>Make the follow-up visit and record satisfaction (RP-03 (4)). Officer.</summary>
    FollowUp = 14,

    /// <summary>Cancel at the resident's request before work starts. Officer.</summary>
    Cancel = 15,

    /// <summary>Fix the repair during night duty (CS-14). The night technician who logged it.</summary>
    FixAtNight = 16,

    /// <summary>Tell the resident the repair is scheduled for the next day (CS-14). The night technician who logged it.</summary>
    DeferToMorning = 17,

    /// <summary>Take a deferred night repair over at the morning handover (CS-15). Officer.</summary>
    TakeOverInMorning = 18,
}
