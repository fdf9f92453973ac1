namespace PropertyService.Repairs;

/// <summary>How a repair request reached the service center (CS-13).</summary>
public enum RepairChannel
{
    /// <summary>A telephone call.</summary>
    Call = 0,

    /// <summary>A visit to the service center.</summary>
    Visit = 1,

    /// <summary>The resident app; the resident is recorded as the reporter.</summary>
    App = 2,
}
