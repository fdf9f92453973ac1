namespace PropertyService.Samples.Web.Shifts;

/// <summary>A tool of a site's post (section <c>Tools:&lt;site&gt;</c>): its code, name and replacement price in yuan,
/// which whoever answers for a loss pays (CS-10).</summary>
public sealed class ToolOptions
{
    /// <summary>The tool's code, unique at the site, such as <c>T-01</c>.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The tool's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The replacement price in yuan.</summary>
    public decimal ReplacementPrice { get; set; }
}
