using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.Repairs;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

public sealed class ListLimitTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public ListLimitTests(WebHost host) => _host = host;

    [Fact]
    public async Task A_list_that_fills_the_stores_query_limit_says_so_and_a_shorter_one_does_not()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-limit-0");
        var few = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");
        Assert.False(few.Headers.Contains("X-List-Truncated"));

        // The tickets are written straight to the store: the list reads the store's index, not the host's memory.
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var site = new SiteId(WebHost.Site);
        var officer = new Actor("E1001", "王小明", site, Role.Officer);
        var now = SystemClock.Instance.GetCurrentInstant();
        var requests = Enumerable.Range(1, StreamQuery.DefaultLimit).Select(i =>
        {
            var ticket = RepairTicket.Report($"RT-limit-{i}", new RepairRequest(RepairChannel.Call, null, ContactPhone.Parse("138 1234 5678"),
                Location.CommonArea("Lobby"), RepairCategory.CommonArea, "Light out"), officer, now).Value;
            return new AppendRequest(site, ticket.Aggregate.Id, 0, ticket.Events, ((IEventSourced)ticket.Aggregate).Status);
        }).ToList();
        Assert.All(await store.AppendBatchAsync(requests), r => Assert.True(r.IsSuccess));

        var full = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("true", full.Headers.GetValues("X-List-Truncated").Single());
        Assert.Equal(StreamQuery.DefaultLimit, JsonDocument.Parse(await full.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
    }
}
