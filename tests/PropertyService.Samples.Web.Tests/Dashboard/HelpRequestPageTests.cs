using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using PropertyService.HelpRequests;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class HelpRequestPageTests : IClassFixture<WebHost>
{
    private static readonly object Contact = new { unit = "3-2-1201", phone = "138 1234 5678" };
    private readonly WebHost _host;

    public HelpRequestPageTests(WebHost host) => _host = host;

    [Fact]
    public async Task The_page_shows_summary_timers_history_and_diagram_in_Chinese_by_default()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ReceiveAsync(client, "HR-page-zh", "medical-emergency", major: true));

        var html = await Pages.GetAsync(client, "/help-requests/HR-page-zh");

        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"help-request\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"help-summary\" data-help-id=\"HR-page-zh\" data-state=\"AwaitingContact\" data-version=\"1\" data-major=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("医疗急救", html, StringComparison.Ordinal);
        Assert.Contains("待登记联系方式", html, StringComparison.Ordinal);
        Assert.Contains("王小明", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timers-table\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"history-table\"", html, StringComparison.Ordinal);
        Assert.Contains("data-event=\"help.received\"", html, StringComparison.Ordinal);
        Assert.Contains("受理求助", html, StringComparison.Ordinal);
        Assert.Equal("AwaitingContact", Assert.Single(Current(Pages.Diagram(html))).Attribute("data-state")?.Value);
    }

    [Fact]
    public async Task The_page_in_English_after_the_switch_shows_the_contact_and_countdowns()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ReceiveAsync(client, "HR-page-en"));
        await Api.OkAsync(ActAsync(client, "HR-page-en", "record-contact", 1, Contact));

        var html = await Pages.GetAsync(client, "/help-requests/HR-page-en?lang=en");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Help request HR-page-en", html, StringComparison.Ordinal);
        Assert.Contains(">General help<", html, StringComparison.Ordinal);
        Assert.Contains(">Contact recorded<", html, StringComparison.Ordinal);
        Assert.Contains(">History<", html, StringComparison.Ordinal);
        Assert.Contains("1201", html, StringComparison.Ordinal);
        Assert.Contains("138", html, StringComparison.Ordinal);
        Assert.Contains("id=\"lang-switch\" href=\"/help-requests/HR-page-en?lang=zh\"", html, StringComparison.Ordinal);
        Assert.All(Pages.Countdowns(html), c => Assert.StartsWith("HR-", c.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_diagram_draws_the_help_workflow_and_highlights_exactly_the_current_state_after_a_command()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ReceiveAsync(client, "HR-page-diagram"));
        var before = Pages.Diagram(await Pages.GetAsync(client, "/help-requests/HR-page-diagram"));
        await Api.OkAsync(ActAsync(client, "HR-page-diagram", "record-contact", 1, Contact));

        var html = await Pages.GetAsync(client, "/help-requests/HR-page-diagram");
        var after = Pages.Diagram(html);

        Assert.Equal("AwaitingContact", Assert.Single(Current(before)).Attribute("data-state")?.Value);
        Assert.Equal("ContactRecorded", Assert.Single(Current(after)).Attribute("data-state")?.Value);
        Assert.Contains("data-state=\"ContactRecorded\" data-version=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("data-event=\"help.contact-recorded\"", html, StringComparison.Ordinal);
        var drawn = after.Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-state") is not null)
            .Select(e => e.Attribute("data-state")!.Value).ToHashSet();
        Assert.Subset(Enum.GetNames<HelpRequestState>().ToHashSet(), drawn);
        Assert.Contains("AwaitingContact", drawn);
        Assert.Contains("Closed", drawn);
    }

    [Fact]
    public async Task An_unknown_help_request_is_a_404_page()
    {
        var html = await Pages.GetAsync(_host.Client(WebHost.Officer), "/help-requests/HR-none", HttpStatusCode.NotFound);

        Assert.Contains("<main id=\"help-request\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"not-found\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_site_do_not_see_it()
    {
        await Api.OkAsync(ReceiveAsync(_host.Client(WebHost.Officer), "HR-page-site"));

        var html = await Pages.GetAsync(_host.Client(WebHost.OfficerB), "/help-requests/HR-page-site", HttpStatusCode.NotFound);

        Assert.Contains("id=\"not-found\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-help-id=\"HR-page-site\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_it_redirects_to_sign_in()
    {
        var response = await _host.Client(null).GetAsync("/help-requests/HR-any");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=" + Uri.EscapeDataString("/help-requests/HR-any"), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_handlers()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ReceiveAsync(client, "HR-page-csp"));

        var html = await Pages.GetAsync(client, "/help-requests/HR-page-csp");

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<script"));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(" on[a-z]+=", html);
    }

    [Fact]
    public async Task The_overview_links_each_open_help_request_to_its_page()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ReceiveAsync(client, "HR-page-link"));

        var html = await Pages.GetAsync(client, "/");

        Assert.Contains("<tr data-help-id=\"HR-page-link\" data-state=\"AwaitingContact\"><td><a href=\"/help-requests/HR-page-link\">HR-page-link</a>", html, StringComparison.Ordinal);
    }

    private static IEnumerable<XElement> Current(XElement svg) =>
        svg.Descendants().Where(e => e.Attribute("data-current")?.Value == "true");

    private static Task<HttpResponseMessage> ReceiveAsync(HttpClient client, string id, string kind = "general-help", bool major = false) =>
        client.PostAsJsonAsync(Api.Site("help-requests"), new { id, kind, major });

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, string id, string action, int? version, object? body = null) =>
        Api.PostAsync(client, Api.Site($"help-requests/{id}/actions/{action}"), body, version);
}
