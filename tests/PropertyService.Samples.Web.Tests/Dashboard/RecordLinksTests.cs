using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PropertyService.Samples.Web.Dashboard;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class RecordLinksTests : IClassFixture<WebHost>
{
    private static readonly SiteId Site = new(WebHost.Site);
    private readonly WebHost _host;

    public RecordLinksTests(WebHost host) => _host = host;

    [Fact]
    public async Task Each_record_resolves_to_the_page_of_its_kind_and_an_unknown_id_to_none()
    {
        var officer = _host.Client(WebHost.Officer);
        await Api.OkAsync(WebHost.CreateAsync(officer, "RT-links"));
        await Api.OkAsync(officer.PostAsJsonAsync(Api.Site("help-requests"), new { id = "HR-links", kind = "general-help" }));
        await Api.OkAsync(officer.PostAsJsonAsync(Api.Site("handovers"), new { id = "HO-links", incomingShift = "Night", date = "2030-01-08" }));
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();

        var links = await RecordLinks.ResolveAsync(store, Site, ["RT-links", "HR-links", "HO-links", "XX-none", "HR-links"], CancellationToken.None);

        Assert.Equal("/tickets/RT-links", links["RT-links"]);
        Assert.Equal("/help-requests/HR-links", links["HR-links"]);
        Assert.Equal("/handovers/HO-links", links["HO-links"]);
        Assert.False(links.ContainsKey("XX-none"));
        Assert.Equal(3, links.Count);
    }

    [Fact]
    public async Task A_major_emergencys_escalation_links_to_the_help_request_on_the_escalations_page_and_the_overview_HR08()
    {
        var officer = _host.Client(WebHost.Officer);
        await Api.OkAsync(officer.PostAsJsonAsync(Api.Site("help-requests"), new { id = "HR-links-major", kind = "medical-emergency", major = true }));
        await Api.OkAsync(Api.PostAsync(officer, Api.Site("help-requests/HR-links-major/actions/record-contact"), new { unit = "3-2-1201", phone = "138 1234 5678" }, 1));
        var inbox = _host.Factory.Services.GetRequiredService<EscalationInbox>();

        // The host's poller hands the notice over: wait for it.
        for (var attempt = 0; attempt < 200 && !inbox.Entries(Site).Any(e => e.Case.Cause == "HR-08/HR-links-major"); attempt++)
        {
            await Task.Delay(50);
        }

        var escalations = await Pages.GetAsync(officer, "/escalations");
        var overview = await Pages.GetAsync(officer, "/");

        Assert.Contains("HR-08/HR-links-major", Pages.RowIds(escalations, "data-cause"));
        foreach (var html in new[] { escalations, overview })
        {
            var row = html[html.IndexOf("<tr data-cause=\"HR-08/HR-links-major\"", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Contains("<a href=\"/help-requests/HR-links-major\">HR-links-major</a>", row, StringComparison.Ordinal);
            Assert.DoesNotContain("/tickets/", row, StringComparison.Ordinal);
        }
    }
}
