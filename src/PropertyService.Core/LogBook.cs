namespace PropertyService;

/// <summary>Which book the person on duty writes a call or visit in (CS-13, CS-14): decided by who is on duty per the roster.</summary>
public enum LogBook
{
    /// <summary>The day contact register kept by the officer on duty (also used for app reports).</summary>
    ContactRegister = 0,

    /// <summary>The night duty log kept by the night technician (CS-14).</summary>
    NightDutyLog = 1,
}
