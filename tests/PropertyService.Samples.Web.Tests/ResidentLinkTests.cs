using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

public sealed class ResidentLinkTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public ResidentLinkTests(WebHost host) => _host = host;

    [Fact]
    public async Task The_resident_signs_off_through_the_link_as_themselves_RP_16()
    {
        await _host.BringToWorkCompletedAsync("RT-link-sign");
        var url = await LinkAsync(_host.Client(), "RT-link-sign", "sign-off");
        var resident = _host.Client(account: null);

        var page = await PageAsync(resident, url);
        var answer = await resident.PostAsync(url, SecurityTests.Form(page));
        var ticket = await Json(await _host.Client().GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-sign"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("id=\"resident-done\"", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("signed-off", ticket.GetProperty("state").GetString());
        var last = ticket.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("R-3-2-1201", last.GetProperty("actorId").GetString());
        Assert.Equal("李女士", last.GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task The_owner_accepts_the_assessed_quote_through_the_link_RP_14()
    {
        var officer = _host.Client();
        await officer.PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs", new
        {
            id = "RT-link-quote", channel = "call", category = "special-request", unit = "3-2-1201", description = "Put up a wall shelf",
            resident = new { name = "李女士", phone = "138 1234 5678", owner = true, id = "R-3-2-1201" },
        });
        await WebHost.ActAsync(officer, "RT-link-quote", "issue-work-order", 1);
        await WebHost.ActAsync(officer, "RT-link-quote", "notify-engineering", 2);
        await WebHost.ActAsync(_host.Client(WebHost.Technician), "RT-link-quote", "collect", 3);
        await AssessAsync("RT-link-quote", 80m, 12m);
        var url = await LinkAsync(officer, "RT-link-quote", "accept-quote");
        var resident = _host.Client(account: null);

        var page = await PageAsync(resident, url);
        var answer = await resident.PostAsync(url, SecurityTests.Form(page));
        var ticket = await Json(await officer.GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-quote"));

        Assert.Contains("id=\"quote-resident-total\">¥92.00<", page, StringComparison.Ordinal);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        Assert.Equal("repair.quote-accepted", ticket.GetProperty("history").EnumerateArray().Last().GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_link_used_once_is_refused_the_second_time_and_stores_nothing()
    {
        await _host.BringToWorkCompletedAsync("RT-link-twice");
        var url = await LinkAsync(_host.Client(), "RT-link-twice", "sign-off");
        var resident = _host.Client(account: null);
        var page = await PageAsync(resident, url);
        await resident.PostAsync(url, SecurityTests.Form(page));
        var stored = await EventCount("RT-link-twice");

        var again = await resident.PostAsync(url, SecurityTests.Form(page));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(stored, await EventCount("RT-link-twice"));
    }

    [Fact]
    public async Task An_altered_link_is_404_and_stores_nothing()
    {
        await _host.BringToWorkCompletedAsync("RT-link-altered");
        var url = await LinkAsync(_host.Client(), "RT-link-altered", "sign-off");
        var resident = _host.Client(account: null);
        var page = await PageAsync(resident, url);
        var altered = url[..^3] + (url[^3] == 'A' ? 'B' : 'A') + url[^2..];

        var show = await resident.GetAsync(altered);
        var answer = await resident.PostAsync(altered, SecurityTests.Form(page));

        Assert.Equal(HttpStatusCode.NotFound, show.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(7, await EventCount("RT-link-altered"));
    }

    [Fact]
    public async Task An_expired_link_is_410_and_stores_nothing()
    {
        var clock = new FakeClock(SystemClock.Instance.GetCurrentInstant());
        using var host = WebHost.OnClock(clock);
        await host.BringToWorkCompletedAsync("RT-link-old");
        var url = await LinkAsync(host.Client(), "RT-link-old", "sign-off");
        var resident = host.Client(account: null);
        var page = await PageAsync(resident, url);

        clock.Advance(Duration.FromDays(3));
        var show = await resident.GetAsync(url);
        var answer = await resident.PostAsync(url, SecurityTests.Form(page));

        Assert.Equal(HttpStatusCode.Gone, show.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Equal(7, (await host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync(new SiteId(WebHost.Site), "RT-link-old")).Count);
    }

    [Fact]
    public async Task A_link_for_what_the_resident_cannot_do_yet_is_refused_with_the_rule()
    {
        await WebHost.CreateAsync(_host.Client(), "RT-link-early");

        var response = await _host.Client().PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-early/resident-links", new { action = "sign-off" });
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Refusing_the_work_needs_a_reason_RP_16()
    {
        await _host.BringToWorkCompletedAsync("RT-link-reject");
        var url = await LinkAsync(_host.Client(), "RT-link-reject", "reject-work");
        var resident = _host.Client(account: null);
        var page = await PageAsync(resident, url);

        var bare = await resident.PostAsync(url, SecurityTests.Form(page));
        var withReason = await resident.PostAsync(url, SecurityTests.Form(page, ("reason", "Still drips")));
        var ticket = await Json(await _host.Client().GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-reject"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        Assert.Equal("repair.work-rejected", ticket.GetProperty("history").EnumerateArray().Last().GetProperty("type").GetString());
    }

    [Fact]
    public async Task Only_the_service_centers_desk_makes_resident_links()
    {
        await _host.BringToWorkCompletedAsync("RT-link-role");

        var technician = await _host.Client(WebHost.Technician).PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-role/resident-links", new { action = "sign-off" });
        var supervisor = await _host.Client(WebHost.Supervisor).PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-role/resident-links", new { action = "sign-off" });

        Assert.Equal(HttpStatusCode.Forbidden, technician.StatusCode);
        Assert.Equal(HttpStatusCode.Created, supervisor.StatusCode);
    }

    [Fact]
    public async Task A_link_needs_a_known_action()
    {
        await WebHost.CreateAsync(_host.Client(), "RT-link-action");

        var response = await _host.Client().PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs/RT-link-action/resident-links", new { action = "pay-bill" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("action", out _));
    }

    [Fact]
    public async Task The_answer_form_needs_its_anti_forgery_token()
    {
        await _host.BringToWorkCompletedAsync("RT-link-csrf");
        var url = await LinkAsync(_host.Client(), "RT-link-csrf", "sign-off");

        var answer = await _host.Client(account: null).PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(7, await EventCount("RT-link-csrf"));
    }

    private static async Task<string> LinkAsync(HttpClient staff, string id, string action)
    {
        var response = await staff.PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs/{id}/resident-links", new { action });
        var json = await Json(response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(action, json.GetProperty("action").GetString());
        return json.GetProperty("url").GetString()!;
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The engineering supervisor's assessment, through the library itself.
    private async Task AssessAsync(string id, decimal labour, decimal material)
    {
        var services = _host.Factory.Services;
        var store = services.GetRequiredService<IEventStore>();
        var center = services.GetRequiredService<ServiceCenter>();
        var site = new SiteId(WebHost.Site);
        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, center.NextDeadline);
        var ticket = (await tickets.LoadAsync(site, id))!;
        var version = ticket.Version;
        var assessor = new Actor("E2001", "孙工", site, Role.EngineeringSupervisor);
        var result = ticket.Assess(assessor, [new AssessedLine("Put up the shelf", Money.Yuan(labour), Money.Yuan(material))],
            center.Fees(site)!, services.GetRequiredService<IClock>().GetCurrentInstant());
        Assert.False(result.IsRejected, result.Rejection?.ToString());
        Assert.Null(await Http.AggregateCommit.CommitAsync(store, center, ticket, version, result.Value, CancellationToken.None));
    }

    private async Task<int> EventCount(string id) =>
        (await _host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync(new SiteId(WebHost.Site), id)).Count;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
