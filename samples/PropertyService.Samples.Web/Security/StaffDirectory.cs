using System.Security.Claims;
using Microsoft.Extensions.Options;
using PropertyService.Samples.Web.Hosting;

namespace PropertyService.Samples.Web.Security;

/// <summary>The staff accounts from configuration (section <c>Accounts</c>), checked once at start-up.</summary>
public sealed class StaffDirectory
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Accounts";

    /// <summary>The claim that names the account's site.</summary>
    public const string SiteClaim = "ps:site";

    /// <summary>The claim that names the account (its user name).</summary>
    public const string UserClaim = "ps:user";

    private readonly Dictionary<string, StaffAccount> _accounts;

    // A hash to check against when the user name is unknown, so that both cases take the same time.
    private readonly string _decoy = PasswordHash.Create(Guid.NewGuid().ToString("N"));

    /// <summary>Reads and checks the accounts.</summary>
    /// <param name="accounts">The accounts by user name.</param>
    /// <param name="sites">The sites this host serves.</param>
    /// <exception cref="InvalidOperationException">An account is incomplete or names a site this host does not serve.</exception>
    public StaffDirectory(IOptions<Dictionary<string, StaffAccount>> accounts, ServedSites sites)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(sites);
        _accounts = new Dictionary<string, StaffAccount>(accounts.Value, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (name, account) in _accounts)
        {
            if (string.IsNullOrWhiteSpace(account.EmployeeId) || string.IsNullOrWhiteSpace(account.DisplayName))
            {
                problems.Add($"Accounts:{name} needs EmployeeId and DisplayName.");
            }

            if (!sites.TryGet(account.Site, out _))
            {
                problems.Add($"Accounts:{name}:Site '{account.Site}' is not one of the served sites (ServiceCenter:Sites).");
            }

            if (account.Roles.Length == 0 || account.Roles.Any(r => !Enum.IsDefined(r) || r == Role.Resident))
            {
                problems.Add($"Accounts:{name}:Roles must list at least one staff role.");
            }

            if (!PasswordHash.IsWellFormed(account.PasswordHash))
            {
                problems.Add($"Accounts:{name}:PasswordHash is not a pbkdf2-sha256 hash; make one with 'dotnet run --project samples/PropertyService.Samples.Web -- hash-password'.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The staff accounts are not valid: " + string.Join(" ", problems));
        }
    }

    /// <summary>The accounts by user name.</summary>
    public IReadOnlyDictionary<string, StaffAccount> Accounts => _accounts;

    /// <summary>Checks a user name and password.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The signed-in principal, or null when either is wrong.</returns>
    public ClaimsPrincipal? SignIn(string? userName, string? password)
    {
        var found = _accounts.TryGetValue(userName?.Trim() ?? string.Empty, out var account);
        var matches = PasswordHash.Verify(password, found ? account!.PasswordHash : _decoy);
        return found && matches ? Principal(userName!.Trim(), account!) : null;
    }

    /// <summary>Whether a signed-in principal still stands for a configured account at the same site.</summary>
    /// <param name="principal">The principal from the cookie.</param>
    /// <returns>True when the account exists and its site and employee id are unchanged.</returns>
    public bool StillValid(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue(UserClaim) is { } user && _accounts.TryGetValue(user, out var account)
            && account.Site == principal.FindFirstValue(SiteClaim) && account.EmployeeId == principal.FindFirstValue(ClaimTypes.NameIdentifier);
    }

    private static ClaimsPrincipal Principal(string userName, StaffAccount account)
    {
        var claims = new List<Claim>
        {
            new(UserClaim, userName.ToLowerInvariant()),
            new(ClaimTypes.NameIdentifier, account.EmployeeId),
            new(ClaimTypes.Name, account.DisplayName),
            new(SiteClaim, account.Site),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "ps-cookie", ClaimTypes.Name, ClaimTypes.Role));
    }
}
