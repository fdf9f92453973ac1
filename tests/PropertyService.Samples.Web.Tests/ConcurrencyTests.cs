using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

public sealed class ConcurrencyTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public ConcurrencyTests(WebHost host) => _host = host;

    [Fact]
    public async Task Of_commands_racing_on_one_version_exactly_one_is_kept_and_the_others_get_412_with_the_current_version()
    {
        var officers = Enumerable.Range(0, 8).Select(_ => _host.Client()).ToList();
        await WebHost.CreateAsync(officers[0], "RT-race");

        var responses = await Task.WhenAll(officers.Select(o => WebHost.ActAsync(o, "RT-race", "issue-work-order", 1)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        foreach (var stale in refused)
        {
            Assert.Contains("\"currentVersion\":2", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("\"2\"", stale.Headers.ETag?.Tag);
        }

        var events = await _host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync(new SiteId(WebHost.Site), "RT-race");
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public async Task Of_creates_racing_on_one_id_exactly_one_is_kept_and_the_others_get_409()
    {
        var officers = Enumerable.Range(0, 8).Select(_ => _host.Client()).ToList();

        var responses = await Task.WhenAll(officers.Select(o => WebHost.CreateAsync(o, "RT-race-create")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single(await _host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync(new SiteId(WebHost.Site), "RT-race-create"));
    }

    [Fact]
    public async Task A_command_on_a_version_that_is_stored_but_not_yet_published_waits_and_the_service_center_sees_every_version_in_order()
    {
        HoldingEventStore? holding = null;
        using var host = WebHost.WithServices(services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IEventStore));
            services.Replace(ServiceDescriptor.Singleton<IEventStore>(provider =>
                holding = new HoldingEventStore((IEventStore)registered.ImplementationFactory!(provider))));
        });
        var officer = host.Client();
        var technician = host.Client(WebHost.Technician);
        var engineering = host.Client(WebHost.Engineering);
        await WebHost.CreateAsync(officer, "RT-gap");
        Assert.Equal(HttpStatusCode.OK, (await WebHost.ActAsync(officer, "RT-gap", "issue-work-order", 1)).StatusCode);

        // The officer's notice to engineering is stored as version 3 and held before it reaches the service center;
        // meanwhile the technician, who reads version 3 from the store, collects the work order.
        holding!.Hold("RT-gap", 2);
        var notify = WebHost.ActAsync(officer, "RT-gap", "notify-engineering", 2);
        await holding.Stored.WaitAsync(TimeSpan.FromSeconds(30));
        var collect = WebHost.ActAsync(technician, "RT-gap", "collect", 3);
        await Task.WhenAny(collect, Task.Delay(TimeSpan.FromSeconds(1)));  // time for the collection to run ahead, if it could
        holding.Release();

        Assert.Equal(HttpStatusCode.OK, (await notify).StatusCode);
        var collected = await collect;
        Assert.True(collected.StatusCode == HttpStatusCode.OK, await collected.Content.ReadAsStringAsync());
        var assigned = await WebHost.ActAsync(engineering, "RT-gap", "assign", 4, new { technician = new { id = "E2101", name = "周师傅" } });
        Assert.True(assigned.StatusCode == HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var timers = JsonDocument.Parse(await officer.GetStringAsync($"/api/sites/{WebHost.Site}/repairs/RT-gap")).RootElement.GetProperty("timers");
        Assert.Contains(timers.EnumerateArray(), t => t.GetProperty("ruleId").GetString() == "RP-12" && t.GetProperty("state").GetString() == "running");
    }
}
