using System.Net;
using Microsoft.Extensions.DependencyInjection;
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
}
