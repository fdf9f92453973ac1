namespace PropertyService.Samples.Web.Repairs;

/// <summary>A resident as sent in a request.</summary>
public sealed record ResidentBody(string? Name, string? Phone, bool? Owner, string? Id);
