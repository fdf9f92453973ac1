using PropertyService;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// The acting person, from the <c>X-Actor: id|name|Role</c> header (the name percent-encoded when it is not ASCII,
/// for example <c>E1001|%E7%8E%8B%E5%B0%8F%E6%98%8E|Officer</c>). Temporary: it goes when sign-in exists.
/// </summary>
public static class ActorHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-Actor";

    /// <summary>Reads the header.</summary>
    /// <param name="request">The request.</param>
    /// <param name="site">The site the person acts at.</param>
    /// <param name="actor">The actor, when the header is present and well formed.</param>
    /// <param name="error">Why the header cannot be used, or null when it is absent or well formed.</param>
    /// <returns>Whether an actor was read.</returns>
    public static bool TryRead(HttpRequest request, SiteId site, out Actor? actor, out string? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        actor = null;
        error = null;
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return false;
        }

        var parts = (values.Count == 1 ? values[0] ?? string.Empty : string.Empty).Split('|');
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            error = $"{Name} must be 'id|name|Role', for example 'E1001|Wang|Officer'.";
            return false;
        }

        if (!Enum.TryParse<Role>(parts[2].Trim(), ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(parts[2], out _))
        {
            error = $"{Name}: '{parts[2].Trim()}' is not a role; one of {string.Join(", ", Enum.GetNames<Role>())}.";
            return false;
        }

        actor = new Actor(parts[0].Trim(), Uri.UnescapeDataString(parts[1].Trim()), site, role);
        return true;
    }
}
