using PropertyService.Samples.Web.Repairs;

namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>A help request as the API shows it: what it is, where it is, who owns it, what happened, its SLA timers and
/// (for a signed-in caller) what the caller may do next and why not.</summary>
public sealed record HelpRequestView(
    string Id,
    string Site,
    string Kind,
    bool Major,
    string State,
    int Version,
    string OwnerId,
    string OwnerName,
    string ReceivedAt,
    string? Address,
    string? Phone,
    string? Wishes,
    string? EscalatedTo,
    string? Instruction,
    string? Answer,
    string? DeclineReason,
    string? EmergencyOption,
    string? EmergencyAction,
    bool ReportedToSupervisor,
    string? SiteManagerInstruction,
    string? WrittenReply,
    string? Satisfaction,
    IReadOnlyList<HistoryEntryView> History,
    IReadOnlyList<TimerView> Timers,
    IReadOnlyList<PermittedActionView> PermittedActions);
