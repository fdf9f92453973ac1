namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// Chooses a page's language: <c>?lang=en</c> or <c>?lang=zh</c> switches and remembers the choice in the
/// <see cref="CookieName"/> cookie; otherwise the cookie; otherwise Chinese. Pages follow the cookie, not
/// <c>Accept-Language</c> (that one is for the API, see <see cref="Http.RequestCulture"/>), so the switch always wins.
/// </summary>
public static class PageLanguage
{
    /// <summary>The cookie that remembers the choice.</summary>
    public const string CookieName = "ps-lang";

    /// <summary>The query parameter that switches.</summary>
    public const string QueryName = "lang";

    /// <summary>Reads the language of a request and, when the query switches it, remembers the choice.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The language to render in.</returns>
    public static DashboardLanguage Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Parse(context.Request.Query[QueryName].ToString()) is { } asked)
        {
            context.Response.Cookies.Append(CookieName, Code(asked), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
            });
            return asked;
        }

        return Parse(context.Request.Cookies[CookieName]) ?? DashboardLanguage.Chinese;
    }

    /// <summary>The language's code as written in the query and the cookie: <c>zh</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    public static string Code(DashboardLanguage language) => language == DashboardLanguage.English ? "en" : "zh";

    /// <summary>The language's tag for the page's <c>lang</c> attribute.</summary>
    /// <param name="language">The language.</param>
    /// <returns><c>zh-Hans</c> or <c>en</c>.</returns>
    public static string HtmlTag(DashboardLanguage language) => language == DashboardLanguage.English ? "en" : "zh-Hans";

    private static DashboardLanguage? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "en" => DashboardLanguage.English,
        "zh" => DashboardLanguage.Chinese,
        _ => null,
    };
}
