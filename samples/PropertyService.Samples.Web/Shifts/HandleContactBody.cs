namespace PropertyService.Samples.Web.Shifts;

/// <summary>The body of <c>POST …/duty-log/entries/{entryId}/actions/handle</c>: what was done (CS-13, CS-14).</summary>
public sealed record HandleContactBody(string? Handling);
