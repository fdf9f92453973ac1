namespace PropertyService.Samples.Web.Shifts;

/// <summary>One shift of a site's day: name, local start and end (<c>HH:mm</c>; an end at or before the start is on the
/// next day), the role it needs and how many people.</summary>
public sealed class ShiftTemplateOptions
{
    /// <summary>The shift's name, unique in the day, such as <c>Night</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The local start, such as <c>17:30</c>.</summary>
    public string Start { get; set; } = string.Empty;

    /// <summary>The local end, such as <c>08:30</c> (the next morning).</summary>
    public string End { get; set; } = string.Empty;

    /// <summary>The role the people on the shift hold, such as <c>Technician</c>.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>How many people the shift needs.</summary>
    /// <value>The default value is 1.</value>
    public int Staff { get; set; } = 1;
}
