using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using PropertyService.Shifts;

namespace PropertyService.Samples.Web.Tests.Dashboard;

/// <summary>Handovers on the demo roster, as in <see cref="HandoverEndpointsTests"/>: 王小明 (officer) hands the Afternoon
/// shift of 2030-01-08 over to 周师傅 (technician) for the Night shift.</summary>
public sealed class HandoverPageTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public HandoverPageTests(WebHost host) => _host = host;

    [Fact]
    public async Task The_page_shows_the_shifts_people_state_history_and_diagram_in_Chinese_by_default()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ScheduleAsync(client, "HO-page-zh"));

        var html = await Pages.GetAsync(client, "/handovers/HO-page-zh");

        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"handover\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"handover-summary\" data-handover-id=\"HO-page-zh\" data-state=\"AwaitingIncoming\"", html, StringComparison.Ordinal);
        Assert.Contains("王小明 (Afternoon)", html, StringComparison.Ordinal);
        Assert.Contains("周师傅 (Night 2030-01-08)", html, StringComparison.Ordinal);
        Assert.Contains("等待接班人", html, StringComparison.Ordinal);
        Assert.Contains("data-event=\"shift.handover-scheduled\"", html, StringComparison.Ordinal);
        Assert.Contains("安排交接", html, StringComparison.Ordinal);
        Assert.Contains("id=\"handover-items\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"lost-tools\"", html, StringComparison.Ordinal);
        Assert.Equal("AwaitingIncoming", Assert.Single(Current(Pages.Diagram(html))).Attribute("data-state")?.Value);
    }

    [Fact]
    public async Task After_the_items_and_the_tool_count_it_shows_them_and_the_lost_tool_in_English()
    {
        var (officer, technician) = (_host.Client(WebHost.Officer), _host.Client(WebHost.Technician));
        await Api.OkAsync(ScheduleAsync(officer, "HO-page-en"));
        var before = Pages.Diagram(await Pages.GetAsync(officer, "/handovers/HO-page-en"));
        await Api.OkAsync(ActAsync(technician, "HO-page-en", "arrive", 1));
        await Api.OkAsync(ActAsync(officer, "HO-page-en", "hand-over-items", 2, new
        {
            items = new object[]
            {
                new { kind = "repair-ticket", reference = "RT-7", description = "Leaking tap at 3-2-1201", note = "Parts ordered" },
                new { kind = "point-of-attention", description = "Lift 2 makes a noise" },
            },
        }));
        await Api.OkAsync(ActAsync(technician, "HO-page-en", "count-tools", 3, new { counted = new[] { "T-01", "T-02", "T-03", "T-04" } }));

        var html = await Pages.GetAsync(officer, "/handovers/HO-page-en?lang=en");
        var after = Pages.Diagram(html);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Shift handover HO-page-en", html, StringComparison.Ordinal);
        Assert.Contains("data-handover-id=\"HO-page-en\" data-state=\"AwaitingInspection\"", html, StringComparison.Ordinal);
        Assert.Contains("Leaking tap at 3-2-1201", html, StringComparison.Ordinal);
        Assert.Contains("Parts ordered", html, StringComparison.Ordinal);
        Assert.Contains(">Point of attention<", html, StringComparison.Ordinal);
        Assert.Contains("T-01, T-02, T-03, T-04", html, StringComparison.Ordinal);
        Assert.Contains("id=\"lost-tools\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-tool=\"T-05\">", html, StringComparison.Ordinal);
        Assert.Contains(">Tools counted<", html, StringComparison.Ordinal);
        Assert.Equal("AwaitingIncoming", Assert.Single(Current(before)).Attribute("data-state")?.Value);
        Assert.Equal("AwaitingInspection", Assert.Single(Current(after)).Attribute("data-state")?.Value);
        var drawn = after.Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-state") is not null)
            .Select(e => e.Attribute("data-state")!.Value).ToHashSet();
        Assert.Equal(Enum.GetNames<HandoverState>().ToHashSet(), drawn);
    }

    [Fact]
    public async Task An_unknown_handover_is_a_404_page()
    {
        var html = await Pages.GetAsync(_host.Client(WebHost.Officer), "/handovers/HO-none", HttpStatusCode.NotFound);

        Assert.Contains("<main id=\"handover\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"not-found\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_site_do_not_see_it()
    {
        await Api.OkAsync(ScheduleAsync(_host.Client(WebHost.Officer), "HO-page-site"));

        var html = await Pages.GetAsync(_host.Client(WebHost.OfficerB), "/handovers/HO-page-site", HttpStatusCode.NotFound);

        Assert.DoesNotContain("data-handover-id=\"HO-page-site\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_it_redirects_to_sign_in()
    {
        var response = await _host.Client(null).GetAsync("/handovers/HO-any");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=" + Uri.EscapeDataString("/handovers/HO-any"), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_handlers()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ScheduleAsync(client, "HO-page-csp"));

        var html = await Pages.GetAsync(client, "/handovers/HO-page-csp");

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<script"));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(" on[a-z]+=", html);
    }

    [Fact]
    public async Task The_roster_links_each_handover_to_its_page()
    {
        var client = _host.Client(WebHost.Officer);
        await Api.OkAsync(ScheduleAsync(client, "HO-page-link"));

        var html = await Pages.GetAsync(client, "/roster");

        Assert.Contains("<td><a href=\"/handovers/HO-page-link\">HO-page-link</a></td>", html, StringComparison.Ordinal);
    }

    private static IEnumerable<XElement> Current(XElement svg) =>
        svg.Descendants().Where(e => e.Attribute("data-current")?.Value == "true");

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient client, string id) =>
        client.PostAsJsonAsync(Api.Site("handovers"), new { id, incomingShift = "Night", date = "2030-01-08" });

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, string id, string action, int? version, object? body = null) =>
        Api.PostAsync(client, Api.Site($"handovers/{id}/actions/{action}"), body, version);
}
