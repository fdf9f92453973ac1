using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PropertyService.Samples.Web.Tests.Dashboard;

/// <summary>Reading the dashboard's HTML in tests: pages as text, the anti-forgery token, the diagram as XML.</summary>
internal static partial class Pages
{
    public static async Task<string> GetAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public static string Token(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no anti-forgery field.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string MetaToken(string html)
    {
        var match = TokenMeta().Match(html);
        Assert.True(match.Success, "The page has no request-verification-token meta.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static XElement Diagram(string html)
    {
        var start = html.IndexOf("<svg id=\"workflow-diagram\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no workflow diagram.");
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }

    public static IReadOnlyList<string> RowIds(string html, string attribute) =>
        [.. Regex.Matches(html, $"<tr {Regex.Escape(attribute)}=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The countdown spans: their data-deadline and data-warning-at values, by rule.</summary>
    public static IReadOnlyList<(string Deadline, string WarningAt, string Rule)> Countdowns(string html) =>
        [.. Countdown().Matches(html).Select(m => (m.Groups["deadline"].Value, m.Groups["warning"].Value, m.Groups["rule"].Value))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex TokenMeta();

    [GeneratedRegex("<span class=\"sla-countdown sla-(ok|warning|breached)\" data-deadline=\"(?<deadline>[^\"]+)\" data-warning-at=\"(?<warning>[^\"]+)\" data-rule=\"(?<rule>[^\"]+)\"")]
    private static partial Regex Countdown();
}
