using System.Text;
using PropertyService.Samples.Web.Dashboard;

namespace PropertyService.Samples.Web.Security;

/// <summary>
/// The plain pages of sign-in and resident links: one stylesheet, no script, every value HTML-encoded. Chinese by
/// default; English after the language switch (<see cref="PageLanguage"/>).
/// </summary>
public static class SecurityPage
{
    /// <summary>Whether the page should be in English (<see cref="PageLanguage"/>: <c>?lang=</c>, then the cookie).</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>True for English.</returns>
    public static bool IsEnglish(HttpContext context) => PageLanguage.Resolve(context) == DashboardLanguage.English;

    /// <summary>Picks the Chinese or the English text.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <returns>The text in the page's language.</returns>
    public static string Text(HttpContext context, string zh, string en) => IsEnglish(context) ? en : zh;

    /// <summary>HTML-encodes a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The encoded value.</returns>
    public static string Encode(string? value) => Dashboard.Html.Encode(value);

    /// <summary>A whole page around a body.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="title">The page title (plain text).</param>
    /// <param name="body">The body (HTML).</param>
    /// <param name="status">The status code.</param>
    /// <returns>The page.</returns>
    public static IResult Html(HttpContext context, string title, string body, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(IsEnglish(context) ? "en" : "zh-CN").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append("</title><link rel=\"stylesheet\" href=\"/dashboard.css\"></head>")
            .Append("<body class=\"plain-page\"><main>").Append("<h1>").Append(Encode(title)).Append("</h1>").Append(body).Append("</main></body></html>")
            .ToString();
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The hidden anti-forgery field of a form.</summary>
    /// <param name="token">The request token.</param>
    /// <returns>The field.</returns>
    public static string AntiforgeryField(string? token) =>
        $"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{Encode(token)}\">";
}
