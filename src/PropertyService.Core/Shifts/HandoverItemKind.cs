namespace PropertyService.Shifts;

/// <summary>What an outstanding item handed over at a change of shift is (CS-17).</summary>
public enum HandoverItemKind
{
    /// <summary>An open repair ticket; handed over in writing (CS-17).</summary>
    RepairTicket = 0,

    /// <summary>An open complaint; handed over in writing (CS-17).</summary>
    Complaint = 1,

    /// <summary>An open help request; its ownership may pass to the incoming officer (HR-06).</summary>
    HelpRequest = 2,

    /// <summary>An errand a resident entrusted to the center (委托).</summary>
    Commission = 3,

    /// <summary>Anything else the incoming person should watch (注意事项).</summary>
    PointOfAttention = 4,

    /// <summary>An entry of the night duty log not handled at night (CS-15): at the morning handover it must be turned into
    /// a work order, a complaint record or a help request, or carried over with a reason, before the handover completes.</summary>
    NightLogEntry = 5,
}
