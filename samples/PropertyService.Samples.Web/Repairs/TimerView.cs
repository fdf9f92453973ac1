namespace PropertyService.Samples.Web.Repairs;

/// <summary>An SLA timer of the ticket.</summary>
public sealed record TimerView(string RuleId, string Name, string State, string StartedAt, string Deadline, string WarningAt, string? StoppedAt);
