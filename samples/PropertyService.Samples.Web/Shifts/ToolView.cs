namespace PropertyService.Samples.Web.Shifts;

/// <summary>A tool of the post and its replacement price in yuan (CS-10).</summary>
public sealed record ToolView(string Code, string Name, decimal ReplacementPrice);
