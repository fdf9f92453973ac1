namespace PropertyService.Shifts;

/// <summary>The handover machine's triggers: one per action, except the inspection, which accepts or rejects.</summary>
internal enum HandoverTrigger
{
    Arrive,
    ReportAbsence,
    HandOverItems,
    ResolveNightEntry,
    CountTools,
    AcceptPost,
    RejectPost,
    TidyPost,
    Complete,
}
