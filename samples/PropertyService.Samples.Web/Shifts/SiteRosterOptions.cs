namespace PropertyService.Samples.Web.Shifts;

/// <summary>
/// One site's roster (section <c>Roster:&lt;site&gt;</c>): its people, the shift templates of every day, and who takes
/// each shift in turn. Each rotation gives a shift its people in order, one turn each, day after day, counted from
/// <see cref="RotationStart"/>, so every host serves the same roster for a date.
/// </summary>
public sealed class SiteRosterOptions
{
    /// <summary>The date the rotations start from, <c>yyyy-MM-dd</c>.</summary>
    /// <value>The default value is <see cref="DefaultRotationStart"/>.</value>
    public string RotationStart { get; set; } = DefaultRotationStart;

    /// <summary>The default <see cref="RotationStart"/>: Monday 5 January 2026.</summary>
    public const string DefaultRotationStart = "2026-01-05";

    /// <summary>Everybody the rotations name.</summary>
    public RosterPersonOptions[] People { get; set; } = [];

    /// <summary>The shift templates of every day.</summary>
    /// <value>The default value (when empty) is CS-12's duty day, <c>PropertyService.Shifts.DutyRosterDefaults.Templates</c>:
    /// Morning 08:30–12:00, Noon 12:00–13:30 and Afternoon 13:30–17:30 for an officer each, Night 17:30–08:30 for a technician.</value>
    public ShiftTemplateOptions[] Templates { get; set; } = [];

    /// <summary>For each shift's name, the employee ids who take it in turn; a shift without a rotation has nobody on it.</summary>
    public Dictionary<string, string[]> Rotations { get; set; } = new(StringComparer.Ordinal);
}
