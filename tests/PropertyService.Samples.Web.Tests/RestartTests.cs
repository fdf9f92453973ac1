using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

public sealed class RestartTests : IDisposable
{
    private readonly WebHost _host = new();

    [Fact]
    public async Task A_ticket_survives_a_restart_on_the_same_file_and_takes_commands_after_it()
    {
        await WebHost.CreateAsync(_host.Client(), "RT-restart");
        await WebHost.ActAsync(_host.Client(), "RT-restart", "issue-work-order", 1);

        _host.Restart();
        var client = _host.Client();
        var ticket = await client.GetFromJsonAsync<JsonElement>($"/api/sites/{WebHost.Site}/repairs/RT-restart");
        var next = await WebHost.ActAsync(client, "RT-restart", "notify-engineering", 2);

        Assert.True(File.Exists(_host.DatabasePath));
        Assert.Equal("work-order-issued", ticket.GetProperty("state").GetString());
        Assert.Equal(2, ticket.GetProperty("version").GetInt32());
        Assert.NotEmpty(ticket.GetProperty("timers").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
