namespace PropertyService.Repairs;

/// <summary>The Stateless triggers of the repair workflow; an action with two outcomes has one trigger per outcome.</summary>
internal enum RepairTrigger
{
    IssueWorkOrder,
    NotifyEngineering,
    CollectScheduled,
    CollectForAssessment,
    AssessFeasible,
    AssessNotFeasible,
    AcceptQuote,
    DeclineQuote,
    Assign,
    Arrive,
    MaterialsQualified,
    MaterialsUnqualified,
    ReportExtraWork,
    CompleteWork,
    SignOff,
    RejectWork,
    OverrideSignOff,
    FollowUpAndClose,
    FollowUpAndReopen,
    Cancel,
    FixAtNight,
    DeferToMorning,
    TakeOverInMorning,
}
