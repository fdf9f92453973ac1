using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.Repairs;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class OverviewLimitTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public OverviewLimitTests(WebHost host) => _host = host;

    [Fact]
    public async Task Closed_tickets_beyond_the_stores_query_limit_never_hide_an_open_one()
    {
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var site = new SiteId(WebHost.Site);
        var officer = new Actor("E1001", "王小明", site, Role.Officer);
        var now = SystemClock.Instance.GetCurrentInstant();
        var requests = Enumerable.Range(1, StreamQuery.DefaultLimit).Select(i =>
        {
            var ticket = RepairTicket.Report($"RT-done-{i:D4}", new RepairRequest(RepairChannel.Call, null, ContactPhone.Parse("138 1234 5678"),
                Location.CommonArea("Lobby"), RepairCategory.CommonArea, "Light out"), officer, now).Value.Aggregate;
            Assert.True(ticket.Cancel(officer, "Reported twice", now).IsSuccess);
            return new AppendRequest(site, ticket.Id, 0, ticket.Events, ((IEventSourced)ticket).Status);
        }).ToList();
        Assert.All(await store.AppendBatchAsync(requests), r => Assert.True(r.IsSuccess));
        await WebHost.CreateAsync(_host.Client(), "RT-zz-open");

        var html = await Pages.GetAsync(_host.Client(), "/");

        Assert.Equal(["RT-zz-open"], Pages.RowIds(html, "data-ticket-id"));
    }
}
