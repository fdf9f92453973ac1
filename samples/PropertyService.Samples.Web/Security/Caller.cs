using System.Security.Claims;
using PropertyService.Samples.Web.Hosting;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Security;

/// <summary>The signed-in staff member behind a request, as the library's <see cref="Actor"/>.</summary>
public static class Caller
{
    /// <summary>The signed-in staff member at their own site, or null when nobody is signed in.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The actor.</returns>
    public static Actor? StaffOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(StaffDirectory.SiteClaim) is not { Length: > 0 } site
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } id)
        {
            return null;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<Role>(c.Value, out var r) && Enum.IsDefined(r) && r != Role.Resident ? r : (Role?)null)
            .OfType<Role>().Distinct().ToList();
        return roles.Count > 0 ? new Actor(id, user.FindFirstValue(ClaimTypes.Name) ?? id, new SiteId(site), roles) : null;
    }

    /// <summary>
    /// The site a request addresses and the staff member acting there: 404 when this host does not serve the site,
    /// then as <see cref="RequireStaff(HttpContext, SiteId)"/>.
    /// </summary>
    /// <param name="context">The request's context.</param>
    /// <param name="sites">The sites this host serves.</param>
    /// <param name="site">The site as written in the path.</param>
    /// <returns>The site and the actor, or the problem to answer with.</returns>
    public static (SiteId Site, Actor? Actor, IResult? Problem) RequireStaff(HttpContext context, ServedSites sites, string? site)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if (!sites.TryGet(site, out var siteId))
        {
            return (default, null, Problems.NotFound($"This host does not serve site '{site}'."));
        }

        var (actor, problem) = RequireStaff(context, siteId);
        return (siteId, actor, problem);
    }

    /// <summary>
    /// The staff member acting at <paramref name="site"/>: 401 when nobody is signed in, 403 when the account belongs
    /// to another site (an officer of one site can neither read nor change another site's records).
    /// </summary>
    /// <param name="context">The request's context.</param>
    /// <param name="site">The site the request addresses.</param>
    /// <returns>The actor, or the problem to answer with.</returns>
    public static (Actor? Actor, IResult? Problem) RequireStaff(HttpContext context, SiteId site)
    {
        var actor = StaffOf(context);
        if (actor is null)
        {
            return (null, Problems.Unauthenticated());
        }

        return actor.Site == site ? (actor, null) : (null, Problems.Forbidden($"Your account works at site {actor.Site}, not at {site}."));
    }
}
