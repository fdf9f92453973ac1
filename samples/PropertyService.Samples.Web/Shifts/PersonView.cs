namespace PropertyService.Samples.Web.Shifts;

/// <summary>A person: employee id and name.</summary>
public sealed record PersonView(string Id, string Name);
