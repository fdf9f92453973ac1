namespace PropertyService.Samples.Web.HelpRequests;

/// <summary>A help request in a list: from the store's index, with its kind read from the request.</summary>
public sealed record HelpRequestSummaryView(string Id, string Kind, string State, int Version, string UpdatedAt, string? Owner, string? DueAt);
