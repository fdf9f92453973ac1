namespace PropertyService.Samples.Web.Shifts;

/// <summary>A person on a site's roster: employee id, name and roles (names of <see cref="Role"/>, such as <c>Officer</c>).</summary>
public sealed class RosterPersonOptions
{
    /// <summary>The employee id, as the person signs in (<c>Accounts:&lt;user&gt;:EmployeeId</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The name shown on the roster.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The person's roles; a shift takes only people holding its template's role (CS-12).</summary>
    public string[] Roles { get; set; } = [];
}
