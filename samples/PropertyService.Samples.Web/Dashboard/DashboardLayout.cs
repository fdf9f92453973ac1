namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// The frame of every page: head with the stylesheet, the script and the anti-forgery token in
/// <c>&lt;meta name="request-verification-token"&gt;</c>; a header with the navigation, the signed-in person and the
/// language switch <c>#lang-switch</c>; the page's own content in <c>&lt;main id="…"&gt;</c>. No inline script or style.
/// </summary>
public static class DashboardLayout
{
    /// <summary>Renders a whole page.</summary>
    /// <param name="request">The request.</param>
    /// <param name="pageId">The <c>id</c> of <c>&lt;main&gt;</c>, such as <c>overview</c>.</param>
    /// <param name="title">The page's title (text).</param>
    /// <param name="content">Writes the page's content.</param>
    /// <returns>The document.</returns>
    public static string Render(DashboardRequest request, string pageId, string title, Action<Html> content)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(content);
        var html = new Html();
        html.Raw("<!DOCTYPE html>");
        html.Open("html", ("lang", PageLanguage.HtmlTag(request.Language)));
        html.Raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Open("meta", ("name", "request-verification-token"), ("content", request.RequestToken));
        html.Element("title", $"{title} · {request.L("app.title")}");
        html.Raw("<link rel=\"stylesheet\" href=\"/dashboard.css\"><script src=\"/dashboard.js\" defer></script></head>");
        html.Open("body", ("data-page", pageId), ("data-lang", PageLanguage.Code(request.Language)),
            ("data-overdue-label", request.L("sla.overdue")));
        html.Raw("<header class=\"topbar\">");
        html.Element("span", request.L("app.title"), ("class", "brand"));
        html.Raw("<nav>");
        Link(html, "/", request.L("nav.overview"), pageId == "overview");
        Link(html, "/roster", request.L("nav.roster"), pageId == "roster");
        Link(html, "/escalations", request.L("nav.escalations"), pageId == "escalations");
        Link(html, "/repairs/new", request.L("nav.report"), current: false);
        html.Raw("</nav>");
        html.Open("span", ("class", "who"));
        html.Text($"{request.L("signed-in-as")}: {request.Staff.DisplayName} · {request.L("site")} {request.Site.Value}");
        html.Close("span");
        var other = request.Language == DashboardLanguage.English ? DashboardLanguage.Chinese : DashboardLanguage.English;
        html.Element("a", request.L("lang.switch"), ("id", "lang-switch"), ("href", $"{request.Path}?{PageLanguage.QueryName}={PageLanguage.Code(other)}"),
            ("hreflang", PageLanguage.HtmlTag(other)), ("data-lang", PageLanguage.Code(other)));
        html.Raw("</header>");
        html.Open("main", ("id", pageId));
        html.Element("h1", title);
        content(html);
        html.Raw("</main></body></html>");
        return html.ToString();
    }

    private static void Link(Html html, string href, string text, bool current) =>
        html.Element("a", text, ("href", href), ("aria-current", current ? "page" : null));
}
