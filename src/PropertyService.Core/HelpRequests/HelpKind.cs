namespace PropertyService.HelpRequests;

/// <summary>What a resident asks for when they ask the service center for help (求助).</summary>
public enum HelpKind
{
    /// <summary>General help, such as keeping a parcel or lending a ladder (HR-05).</summary>
    GeneralHelp = 0,

    /// <summary>A commission (委托): an errand the resident entrusts to the service center.</summary>
    Commission = 1,

    /// <summary>A medical emergency (急救); see <see cref="HelpRequest.IsMajor"/> for a major one (HR-08).</summary>
    MedicalEmergency = 2,

    /// <summary>A written inquiry: registered, then answered in writing by the supervisor (HR-09).</summary>
    WrittenInquiry = 3,

    /// <summary>An oral inquiry: answered at once, or after asking the supervisor (HR-09).</summary>
    OralInquiry = 4,
}
