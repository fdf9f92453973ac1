using PropertyService.Samples.Web.Repairs;

namespace PropertyService.Samples.Web.Shifts;

/// <summary>A shift handover as the API shows it: who hands over to whom at which change of shift, where it is, what was
/// handed over, counted and resolved, its history and SLA timers, and what the caller may do next and why not.</summary>
public sealed record HandoverView(
    string Id,
    string Site,
    string State,
    int Version,
    PersonView Outgoing,
    PersonView Incoming,
    string OutgoingShift,
    string IncomingShift,
    string IncomingDate,
    string ShiftStartsAt,
    string ArriveBy,
    string? ArrivedAt,
    bool ArrivedLate,
    bool AbsenceReported,
    IReadOnlyList<HandoverItemView> Items,
    IReadOnlyList<string> UnresolvedNightEntries,
    IReadOnlyList<NightEntryResolutionView> NightEntryResolutions,
    IReadOnlyList<string>? ToolsCounted,
    IReadOnlyList<ToolLossView> ToolLosses,
    int PostRejections,
    string? CompletedAt,
    IReadOnlyList<HistoryEntryView> History,
    IReadOnlyList<TimerView> Timers,
    IReadOnlyList<PermittedActionView> PermittedActions);
