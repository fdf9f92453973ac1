namespace PropertyService.Samples.Web.Http;

/// <summary>The person acting on a site's records: every endpoint under <c>/api/sites/{site}/…</c> asks here first.</summary>
internal static class Staff
{
    /// <summary>The acting person at <paramref name="site"/>, or the problem to answer with.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="site">The site the request is for.</param>
    /// <returns>The actor, or the problem.</returns>
    internal static (Actor? Actor, IResult? Problem) Require(HttpContext context, SiteId site)
    {
        if (ActorHeader.TryRead(context.Request, site, out var actor, out var error))
        {
            return (actor, null);
        }

        return (null, Problems.Invalid(ActorHeader.Name, error ?? $"{ActorHeader.Name}: id|name|Role is required until sign-in exists."));
    }
}
