namespace PropertyService.Complaints;

/// <summary>Where a complaint record is.</summary>
public enum ComplaintState
{
    /// <summary>Recorded; the department concerned is notified next (CS-13, CS-15).</summary>
    Recorded = 0,

    /// <summary>The department concerned has been notified; the complaint is closed with its outcome next.</summary>
    DepartmentNotified = 1,

    /// <summary>Closed with its outcome.</summary>
    Closed = 2,
}
