namespace PropertyService.Samples.Web.Shifts;

/// <summary>What became of a night-log entry at the morning handover (CS-15): the record it became, or why it was carried over.</summary>
public sealed record NightEntryResolutionView(string Entry, string Outcome, string? Record, string? Reason);
