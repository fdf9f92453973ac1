namespace PropertyService.Samples.Web.Repairs;

/// <summary>A staff member named in a command, such as the technician to assign.</summary>
public sealed record PersonBody(string? Id, string? Name);
