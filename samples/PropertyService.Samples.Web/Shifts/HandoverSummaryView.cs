namespace PropertyService.Samples.Web.Shifts;

/// <summary>A handover in a list, from the store's index; the owner is the incoming person.</summary>
public sealed record HandoverSummaryView(string Id, string State, int Version, string UpdatedAt, string? Incoming, string? DueAt);
