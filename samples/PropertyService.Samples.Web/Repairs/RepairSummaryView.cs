namespace PropertyService.Samples.Web.Repairs;

/// <summary>A ticket in a list, from the store's stream index.</summary>
public sealed record RepairSummaryView(string Id, string State, int Version, string UpdatedAt, string? Owner, string? DueAt);
