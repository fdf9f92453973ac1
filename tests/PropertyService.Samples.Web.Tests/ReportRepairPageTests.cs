using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

public sealed class ReportRepairPageTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public ReportRepairPageTests(WebHost host) => _host = host;

    [Fact]
    public async Task The_report_form_opens_a_ticket_and_goes_to_its_page()
    {
        var client = _host.Client();
        var page = await client.GetStringAsync("/repairs/new");

        var response = await client.PostAsync("/repairs/new", SecurityTests.Form(page, ("channel", "Call"), ("category", "Unit"), ("residentName", "李女士"),
            ("residentPhone", "138 1234 5678"), ("residentId", "R-3-2-1201"), ("owner", "on"), ("unit", "3-2-1201"), ("description", "Kitchen tap drips"), ("items", "W-01")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/tickets/RT-", location, StringComparison.Ordinal);
        var id = location["/tickets/".Length..];
        var ticket = JsonDocument.Parse(await client.GetStringAsync($"/api/sites/{WebHost.Site}/repairs/{id}")).RootElement;
        Assert.Equal("reported", ticket.GetProperty("state").GetString());
        Assert.Equal("王小明", ticket.GetProperty("history")[0].GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task A_form_without_a_valid_phone_is_shown_again_naming_the_field_and_stores_nothing()
    {
        var client = _host.Client();
        var page = await client.GetStringAsync("/repairs/new");
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var before = (await store.ReadSiteAsync(new SiteId(WebHost.Site))).Count;

        var response = await client.PostAsync("/repairs/new", SecurityTests.Form(page, ("channel", "Call"), ("category", "Unit"), ("residentName", "李女士"),
            ("residentPhone", "12"), ("unit", "3-2-1201"), ("description", "Kitchen tap drips")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"resident.phone\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"李女士\"", html, StringComparison.Ordinal);
        Assert.Equal(before, (await store.ReadSiteAsync(new SiteId(WebHost.Site))).Count);
    }

    [Fact]
    public async Task The_form_needs_a_signed_in_officer()
    {
        var response = await _host.Client(account: null).GetAsync("/repairs/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
