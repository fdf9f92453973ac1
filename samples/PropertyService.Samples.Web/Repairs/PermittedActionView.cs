namespace PropertyService.Samples.Web.Repairs;

/// <summary>An action and whether the caller may take it now; when not, the refusal's code, rule and message.</summary>
public sealed record PermittedActionView(string Action, bool Permitted, string? Code, string? RuleId, string? Reason);
