namespace PropertyService.Samples.Web.Security;

/// <summary>One staff account as configured under <c>Accounts:&lt;user name&gt;</c>.</summary>
public sealed class StaffAccount
{
    /// <summary>The employee number recorded as the actor's id on every event the person causes.</summary>
    public string EmployeeId { get; set; } = string.Empty;

    /// <summary>The name shown and recorded with events.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The one site the account works at.</summary>
    public string Site { get; set; } = string.Empty;

    /// <summary>The account's staff roles; the person acts with all of them.</summary>
    public Role[] Roles { get; set; } = [];

    /// <summary>The password hash (<see cref="PasswordHash"/>); never the password.</summary>
    public string PasswordHash { get; set; } = string.Empty;
}
