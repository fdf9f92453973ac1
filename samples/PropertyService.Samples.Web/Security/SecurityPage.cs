using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PropertyService.Samples.Web.Security;

/// <summary>
/// The plain pages of sign-in and resident links: one stylesheet, no script, every value HTML-encoded. Chinese by
/// default; English when the <c>ps-lang</c> cookie says <c>en</c>.
/// </summary>
public static class SecurityPage
{
    /// <summary>The language cookie's name.</summary>
    public const string LanguageCookie = "ps-lang";

    // Markup characters are encoded; Chinese text and currency signs stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Whether the page should be in English.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>True for English.</returns>
    public static bool IsEnglish(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return string.Equals(context.Request.Query["lang"].ToString() is { Length: > 0 } asked ? asked : context.Request.Cookies[LanguageCookie], "en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Keeps a language chosen with <c>?lang=</c> in the <c>ps-lang</c> cookie.</summary>
    /// <param name="context">The request's context.</param>
    public static void RememberLanguage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lang = context.Request.Query["lang"].ToString();
        if (lang is "en" or "zh")
        {
            context.Response.Cookies.Append(LanguageCookie, lang, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        }
    }

    /// <summary>Picks the Chinese or the English text.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <returns>The text in the page's language.</returns>
    public static string Text(HttpContext context, string zh, string en) => IsEnglish(context) ? en : zh;

    /// <summary>HTML-encodes a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The encoded value.</returns>
    public static string Encode(string? value) => Encoder.Encode(value ?? string.Empty);

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
