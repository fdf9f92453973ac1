namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// The rosters (section <c>Roster</c>, one <see cref="SiteRosterOptions"/> per site) and tool inventories (section
/// <c>Tools</c>, a list of <see cref="ToolOptions"/> per site) of the served sites. A site without a roster gets CS-12's
/// shifts with nobody on them; a site without tools gets <see cref="DefaultTools"/>.
/// </summary>
public sealed class ShiftsOptions
{
    /// <summary>The roster section.</summary>
    public const string RosterSection = "Roster";

    /// <summary>The tools section.</summary>
    public const string ToolsSection = "Tools";

    /// <summary>The rosters by site.</summary>
    public Dictionary<string, SiteRosterOptions> Roster { get; } = new(StringComparer.Ordinal);

    /// <summary>The tools by site.</summary>
    public Dictionary<string, ToolOptions[]> Tools { get; } = new(StringComparer.Ordinal);

    /// <summary>The tools of a site that configures none: a ladder, a multimeter, a pipe wrench, a drill and a torch.</summary>
    /// <value>A new list each time.</value>
    public static IReadOnlyList<ToolOptions> DefaultTools =>
    [
        new() { Code = "T-01", Name = "人字梯 / step ladder", ReplacementPrice = 180m },
        new() { Code = "T-02", Name = "万用表 / multimeter", ReplacementPrice = 120m },
        new() { Code = "T-03", Name = "管钳 / pipe wrench", ReplacementPrice = 60m },
        new() { Code = "T-04", Name = "电钻 / drill", ReplacementPrice = 350m },
        new() { Code = "T-05", Name = "手电筒 / torch", ReplacementPrice = 40m },
    ];
}
