using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Text;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class DashboardPagesTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    // The officer account of appsettings.json, as the library knows them.
    internal static readonly Actor Officer = new("E1001", "王小明", new SiteId(WebHost.Site), Role.Officer);

    public DashboardPagesTests(WebHost host) => _host = host;

    [Theory]
    [InlineData("/")]
    [InlineData("/tickets/RT-any")]
    [InlineData("/roster")]
    [InlineData("/escalations")]
    public async Task Signed_out_pages_redirect_to_sign_in_with_the_return_url(string path)
    {
        var response = await _host.Client(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Overview_lists_open_tickets_in_Chinese_by_default()
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-overview", "water");

        var html = await Pages.GetAsync(client, "/");

        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"repairs-table\"", html, StringComparison.Ordinal);
        Assert.Contains("RT-dash-overview", Pages.RowIds(html, "data-ticket-id"));
        Assert.Contains("未关闭的报修单", html, StringComparison.Ordinal);
        Assert.Contains("供水", html, StringComparison.Ordinal);
        Assert.Contains("已报修", html, StringComparison.Ordinal);
        Assert.Contains("id=\"help-table\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"escalations-table\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"lang-switch\" href=\"/?lang=en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_and_cancelled_tickets_are_not_on_the_overview()
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-cancelled");
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var center = _host.Factory.Services.GetRequiredService<ServiceCenter>();
        var ticket = (await new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline).LoadAsync(new SiteId(WebHost.Site), "RT-dash-cancelled"))!;
        var cancel = ticket.Cancel(Officer, "the resident fixed it", ticket.LastEventAt + NodaTime.Duration.FromSeconds(1));
        Assert.Null(await Http.AggregateCommit.CommitAsync(store, center, ticket, 1, cancel.Value, CancellationToken.None));

        var html = await Pages.GetAsync(client, "/");

        Assert.DoesNotContain("RT-dash-cancelled", Pages.RowIds(html, "data-ticket-id"));
    }

    [Fact]
    public async Task The_language_switch_sets_the_cookie_and_the_pages_follow_it()
    {
        var client = _host.Client(WebHost.Officer);

        var switched = await client.GetAsync("/roster?lang=en");
        var english = await switched.Content.ReadAsStringAsync();
        var after = await Pages.GetAsync(client, "/escalations");
        var back = await Pages.GetAsync(client, "/?lang=zh");

        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ps-lang=en", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Today&#x27;s roster", english.Replace("&#39;", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("id=\"lang-switch\" href=\"/roster?lang=zh\"", english, StringComparison.Ordinal);
        Assert.Contains("Escalations awaiting acknowledgement", after, StringComparison.Ordinal);
        Assert.Contains("未关闭的报修单", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_language_follows_the_cookie_not_Accept_Language()
    {
        var client = _host.Client(WebHost.Officer, language: "en");

        var html = await Pages.GetAsync(client, "/");

        Assert.Contains("未关闭的报修单", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticket_page_shows_summary_history_timers_and_resident_link_buttons()
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-ticket");

        var html = await Pages.GetAsync(client, "/tickets/RT-dash-ticket");

        Assert.Contains("id=\"ticket-summary\" data-ticket-id=\"RT-dash-ticket\" data-state=\"Reported\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"history-table\"", html, StringComparison.Ordinal);
        Assert.Contains("data-event=\"repair.reported\"", html, StringComparison.Ordinal);
        Assert.Contains("报修登记", html, StringComparison.Ordinal);
        Assert.Contains("王小明", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timers-table\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-endpoint=\"/api/sites/{WebHost.Site}/repairs/RT-dash-ticket/resident-links\"", html, StringComparison.Ordinal);
        foreach (var action in new[] { "accept-quote", "decline-quote", "sign-off", "reject-work" })
        {
            Assert.Contains($"class=\"resident-link-action\" data-action=\"{action}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"resident-link\"", html, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(Pages.MetaToken(html)));
    }

    [Fact]
    public async Task Ticket_page_in_English_after_the_switch()
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-en");

        var html = await Pages.GetAsync(client, "/tickets/RT-dash-en?lang=en");

        Assert.Contains("Repair ticket RT-dash-en", html, StringComparison.Ordinal);
        Assert.Contains(">History<", html, StringComparison.Ordinal);
        Assert.Contains(">Reported<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_ticket_is_a_404_page()
    {
        var html = await Pages.GetAsync(_host.Client(WebHost.Officer), "/tickets/RT-none", HttpStatusCode.NotFound);

        Assert.Contains("id=\"not-found\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_site_do_not_see_this_sites_tickets()
    {
        await WebHost.CreateAsync(_host.Client(WebHost.Officer), "RT-dash-site");
        var other = _host.Client(WebHost.OfficerB);

        var overview = await Pages.GetAsync(other, "/");
        await Pages.GetAsync(other, "/tickets/RT-dash-site", HttpStatusCode.NotFound);

        Assert.DoesNotContain("RT-dash-site", Pages.RowIds(overview, "data-ticket-id"));
        Assert.Contains(WebHost.OtherSite, overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_diagram_highlights_exactly_the_tickets_current_state()
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-diagram");
        var before = Pages.Diagram(await Pages.GetAsync(client, "/tickets/RT-dash-diagram"));
        await WebHost.ActAsync(client, "RT-dash-diagram", "issue-work-order", 1);

        var after = Pages.Diagram(await Pages.GetAsync(client, "/tickets/RT-dash-diagram"));

        Assert.Equal("Reported", Assert.Single(Current(before)).Attribute("data-state")?.Value);
        Assert.Equal("WorkOrderIssued", Assert.Single(Current(after)).Attribute("data-state")?.Value);
        var drawn = after.Descendants().Where(e => e.Attribute("data-state") is not null).Select(e => e.Attribute("data-state")!.Value).ToHashSet();
        Assert.Equal(Enum.GetNames<RepairState>().ToHashSet(), drawn);
        Assert.Contains(after.Descendants(), e => e.Attribute("class")?.Value == "wf-edge" && e.Attribute("data-from")?.Value == "Reported" && e.Attribute("data-to")?.Value == "WorkOrderIssued");
    }

    [Fact]
    public async Task Countdowns_carry_the_timers_deadline_and_warning_instants()
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-sla");
        var center = _host.Factory.Services.GetRequiredService<ServiceCenter>();
        var timers = center.Timers(new SiteId(WebHost.Site), "RT-dash-sla", NodaTime.SystemClock.Instance.GetCurrentInstant())
            .Where(t => t.IsOpen && t.State == Sla.SlaTimerState.Running).ToList();
        Assert.NotEmpty(timers);

        var ticket = Pages.Countdowns(await Pages.GetAsync(client, "/tickets/RT-dash-sla"));
        var overview = await Pages.GetAsync(client, "/");

        foreach (var timer in timers)
        {
            Assert.Contains((Iso(timer.Deadline), Iso(timer.WarningAt), timer.Target.RuleId), ticket);
        }

        var earliest = timers.MinBy(t => t.Deadline)!;
        var row = overview[overview.IndexOf("<tr data-ticket-id=\"RT-dash-sla\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Equal((Iso(earliest.Deadline), Iso(earliest.WarningAt), earliest.Target.RuleId), Assert.Single(Pages.Countdowns(row)));
    }

    [Fact]
    public async Task Roster_page_shows_todays_roster_and_the_handovers_tables()
    {
        var html = await Pages.GetAsync(_host.Client(WebHost.Supervisor), "/roster");

        Assert.Contains("id=\"roster-table\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"handovers-table\"", html, StringComparison.Ordinal);
        Assert.Contains("今日值班", html, StringComparison.Ordinal);
        Assert.Contains("交接班", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tickets/RT-dash-csp")]
    [InlineData("/roster")]
    [InlineData("/escalations")]
    public async Task Pages_have_no_inline_script_style_or_handlers_so_the_CSP_holds(string path)
    {
        var client = _host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-dash-csp");

        var html = await Pages.GetAsync(client, path);

        Assert.Contains("<script src=\"/dashboard.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<script"));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(" on[a-z]+=", html);
    }

    [Theory]
    [InlineData("/dashboard.js", "text/javascript")]
    [InlineData("/dashboard.css", "text/css")]
    public async Task The_script_and_stylesheet_are_served(string path, string type)
    {
        var response = await _host.Client(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<System.Xml.Linq.XElement> Current(System.Xml.Linq.XElement svg) =>
        svg.Descendants().Where(e => e.Attribute("data-current")?.Value == "true");

    private static string Iso(NodaTime.Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
