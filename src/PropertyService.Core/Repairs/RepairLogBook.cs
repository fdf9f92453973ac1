namespace PropertyService.Repairs;

/// <summary>Which book a repair report was written in (CS-13, CS-14).</summary>
public enum RepairLogBook
{
    /// <summary>The day contact register kept by the officer on duty (also used for app reports).</summary>
    ContactRegister = 0,

    /// <summary>The night duty log kept by the night technician (CS-14).</summary>
    NightDutyLog = 1,
}
