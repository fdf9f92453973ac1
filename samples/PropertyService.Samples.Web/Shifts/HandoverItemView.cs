namespace PropertyService.Samples.Web.Shifts;

/// <summary>An item handed over (CS-17).</summary>
public sealed record HandoverItemView(string Kind, string? Reference, string Description, string? Note, bool Major);
