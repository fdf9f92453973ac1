namespace PropertyService.Samples.Web.Repairs;

/// <summary>A repair ticket as the API shows it.</summary>
public sealed record RepairTicketView(
    string Id,
    string Site,
    string State,
    int Version,
    string Category,
    string Location,
    string Description,
    string? WorkOrderNumber,
    string? AssignedTechnician,
    IReadOnlyList<HistoryEntryView> History,
    IReadOnlyList<TimerView> Timers,
    IReadOnlyList<PermittedActionView>? PermittedActions);
