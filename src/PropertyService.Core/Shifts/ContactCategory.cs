namespace PropertyService.Shifts;

/// <summary>What a call or visit is about (CS-13).</summary>
public enum ContactCategory
{
    /// <summary>A repair: it also gets a work order at once, and engineering is notified (CS-13).</summary>
    Repair = 0,

    /// <summary>A complaint (投诉).</summary>
    Complaint = 1,

    /// <summary>An errand the resident entrusts to the center (委托).</summary>
    Commission = 2,

    /// <summary>A request for help (求助).</summary>
    Help = 3,

    /// <summary>A question (咨询).</summary>
    Inquiry = 4,
}
