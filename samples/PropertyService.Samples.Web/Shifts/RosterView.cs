namespace PropertyService.Samples.Web.Shifts;

/// <summary>A date's shifts at a site (those starting on it) and the shift on duty now, if any.</summary>
public sealed record RosterView(string Site, string Date, string TimeZone, IReadOnlyList<ShiftView> Shifts, ShiftView? OnDutyNow);
