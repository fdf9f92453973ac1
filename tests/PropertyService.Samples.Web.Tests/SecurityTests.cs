using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

public sealed class SecurityTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public SecurityTests(WebHost host) => _host = host;

    [Theory]
    [InlineData("GET", "/api/sites/SZ-VK-01/repairs")]
    [InlineData("GET", "/api/sites/SZ-VK-01/repairs/RT-any")]
    [InlineData("POST", "/api/sites/SZ-VK-01/repairs")]
    [InlineData("POST", "/api/sites/SZ-VK-01/repairs/RT-any/actions/arrive")]
    [InlineData("POST", "/api/sites/SZ-VK-01/repairs/RT-any/resident-links")]
    public async Task Nobody_signed_in_gets_401_problem_details(string method, string path)
    {
        var response = await _host.Client(account: null).SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_password_is_401_and_signs_nobody_in()
    {
        var client = _host.Client(account: null);

        var response = await client.PostAsJsonAsync("/api/session", new { userName = "officer", password = "guess" });
        var after = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_is_refused_like_a_wrong_password()
    {
        var response = await _host.Client(account: null).PostAsJsonAsync("/api/session", new { userName = "nobody", password = "officer-demo" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_without_a_password_is_400_naming_the_field()
    {
        var response = await _host.Client(account: null).PostAsJsonAsync("/api/session", new { userName = "officer" });
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = _host.Client();

        var signOut = await client.DeleteAsync("/api/session");
        var after = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task An_officer_of_another_site_can_neither_read_nor_change_nor_list_this_sites_tickets()
    {
        await WebHost.CreateAsync(_host.Client(), "RT-cross");
        var other = _host.Client(WebHost.OfficerB);
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var before = await store.ReadAsync(new SiteId(WebHost.Site), "RT-cross");

        var read = await other.GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-cross");
        var list = await other.GetAsync($"/api/sites/{WebHost.Site}/repairs");
        var act = await WebHost.ActAsync(other, "RT-cross", "issue-work-order", 1);
        var create = await WebHost.CreateAsync(other, "RT-cross-2");
        var link = await other.PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs/RT-cross/resident-links", new { action = "sign-off" });

        Assert.All(new[] { read, list, act, create, link }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(before.Count, (await store.ReadAsync(new SiteId(WebHost.Site), "RT-cross")).Count);
        Assert.Empty(await store.ReadAsync(new SiteId(WebHost.Site), "RT-cross-2"));
    }

    [Fact]
    public async Task An_officer_of_the_other_site_works_at_their_own_site()
    {
        var other = _host.Client(WebHost.OfficerB);

        var response = await other.PostAsJsonAsync($"/api/sites/{WebHost.OtherSite}/repairs", WebHost.NewTicket("RT-b-own"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("吴小红", (await Json(response)).GetProperty("history")[0].GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await _host.Client(account: null).GetAsync("/sign-in");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_sign_in_form_signs_in_and_goes_back_to_the_page_asked_for()
    {
        var client = _host.Client(account: null);
        var page = await client.GetStringAsync("/sign-in?returnUrl=%2Fescalations");

        var response = await client.PostAsync("/sign-in", Form(page, ("userName", "officer"), ("password", "officer-demo"), ("returnUrl", "/escalations")));
        var after = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/escalations", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_sign_in_form_never_redirects_off_the_host(string returnUrl)
    {
        var client = _host.Client(account: null);
        var page = await client.GetStringAsync("/sign-in");

        var response = await client.PostAsync("/sign-in", Form(page, ("userName", "officer"), ("password", "officer-demo"), ("returnUrl", returnUrl)));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_form_post_without_the_anti_forgery_token_is_refused()
    {
        var client = _host.Client(account: null);
        await client.GetStringAsync("/sign-in");

        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "officer", ["password"] = "officer-demo" }));
        var after = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_on_the_form_shows_the_form_again_with_an_error()
    {
        var client = _host.Client(account: null);
        var page = await client.GetStringAsync("/sign-in");

        var response = await client.PostAsync("/sign-in", Form(page, ("userName", "officer"), ("password", "nope")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("id=\"sign-in-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        using var factory = _host.Factory.WithWebHostBuilder(b => b.UseSetting("Security:SignInPermitLimit", "3"));
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/session", new { userName = "officer", password = "wrong" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public void A_bad_account_in_configuration_stops_the_host_at_start()
    {
        using var factory = _host.Factory.WithWebHostBuilder(b => b.UseSetting("Accounts:broken:EmployeeId", "E9")
            .UseSetting("Accounts:broken:DisplayName", "X").UseSetting("Accounts:broken:Site", "SZ-VK-01")
            .UseSetting("Accounts:broken:Roles:0", "Officer").UseSetting("Accounts:broken:PasswordHash", "plain-text"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Accounts:broken:PasswordHash", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_metrics_are_exposed_for_scraping()
    {
        await WebHost.CreateAsync(_host.Client(), "RT-metrics");

        var text = await _host.Client(account: null).GetStringAsync("/metrics");

        Assert.Contains("propertyservice_tickets_opened", text, StringComparison.Ordinal);
    }

    internal static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["__RequestVerificationToken"] = WebHost.FormToken(page);
        return new FormUrlEncodedContent(values);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
