namespace PropertyService.Shifts;

/// <summary>How a resident contacted the service center (来电来访, CS-13).</summary>
public enum ContactKind
{
    /// <summary>A telephone call.</summary>
    Call = 0,

    /// <summary>A visit in person.</summary>
    Visit = 1,
}
