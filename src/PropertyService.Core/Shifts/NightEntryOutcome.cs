namespace PropertyService.Shifts;

/// <summary>What became of a night-log entry at the morning handover (CS-15).</summary>
public enum NightEntryOutcome
{
    /// <summary>Turned into a repair work order.</summary>
    WorkOrder = 0,

    /// <summary>Turned into a complaint record.</summary>
    ComplaintRecord = 1,

    /// <summary>Turned into a help request.</summary>
    HelpRequest = 2,

    /// <summary>Carried over to a later shift, with a reason.</summary>
    CarriedOver = 3,
}
