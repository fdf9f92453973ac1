using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

/// <summary>
/// The duty log on the demo roster (Asia/Shanghai, UTC+8). Each test writes entries dated in the past on a day of its
/// own, so the book the roster chooses does not depend on when the tests run.
/// </summary>
public sealed class DutyLogEndpointsTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public DutyLogEndpointsTests(WebHost host) => _host = host;

    [Fact]
    public async Task A_call_during_the_day_goes_in_the_contact_register_CS_13()
    {
        // 10:00 at the site on 2026-01-12: the Morning shift.
        var response = await RecordAsync(_host.Client(), "2026-01-12T02:00:00Z");
        var entry = await Api.JsonAsync(response);
        var register = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("duty-log/contact-register?date=2026-01-12"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("2026-01-12-1", entry.GetProperty("id").GetString());
        Assert.Equal($"/api/sites/{WebHost.Site}/duty-log/entries/2026-01-12-1", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("contact-register", entry.GetProperty("book").GetString());
        Assert.Equal("Morning", entry.GetProperty("shift").GetString());
        Assert.Equal("E1001", entry.GetProperty("recordedBy").GetProperty("id").GetString());
        Assert.Equal(["2026-01-12-1"], register.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_call_after_midnight_goes_in_the_night_log_of_the_night_before_CS_14()
    {
        // 00:30 at the site on 2026-01-14: the Night shift that started on 2026-01-13.
        var entry = await Api.OkAsync(RecordAsync(_host.Client(WebHost.Technician), "2026-01-13T16:30:00Z"));
        var night = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("duty-log/night-log?nightOf=2026-01-13"));
        var register = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("duty-log/contact-register?date=2026-01-14"));

        Assert.Equal("night-duty-log", entry.GetProperty("book").GetString());
        Assert.Equal("2026-01-13", entry.GetProperty("shiftDate").GetString());
        Assert.Contains(night.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetString() == entry.GetProperty("id").GetString());
        Assert.Empty(register.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task An_entry_is_marked_handled_once_with_If_Match_CS_13()
    {
        var client = _host.Client();
        var entry = await Api.OkAsync(RecordAsync(client, "2026-01-15T03:00:00Z"));
        var path = Api.Site($"duty-log/entries/{entry.GetProperty("id").GetString()}");
        var version = entry.GetProperty("version").GetInt32();

        await Api.AssertProblemAsync(await Api.PostAsync(client, path + "/actions/handle", new { handling = "Engineering notified" }), 428);
        await Api.AssertProblemAsync(await Api.PostAsync(client, path + "/actions/handle", new { }, version), 422, ruleId: "CS-13");
        var handled = await Api.OkAsync(Api.PostAsync(client, path + "/actions/handle", new { handling = "Engineering notified" }, version));
        var again = await Api.PostAsync(client, path + "/actions/handle", new { handling = "Once more" }, version + 1);
        var stale = await Api.PostAsync(client, path + "/actions/handle", new { handling = "Once more" }, version);
        var read = await client.GetAsync(path);

        Assert.True(handled.GetProperty("handled").GetBoolean());
        Assert.Equal("Engineering notified", handled.GetProperty("handling").GetString());
        await Api.AssertProblemAsync(again, 422, ruleId: "CS-13");
        await Api.AssertProblemAsync(stale, 412);
        Assert.Equal($"\"{version + 1}\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task An_entry_without_a_summary_is_refused_CS_13()
    {
        var response = await _host.Client().PostAsJsonAsync(Api.Site("duty-log"), new { kind = "visit", category = "complaint", from = "王先生 3-2-701", at = "2026-01-16T03:00:00Z" });

        await Api.AssertProblemAsync(response, 422, ruleId: "CS-13");
    }

    [Theory]
    [InlineData("{\"category\": \"repair\", \"from\": \"x\", \"summary\": \"y\"}", "kind")]
    [InlineData("{\"kind\": \"call\", \"category\": \"gossip\", \"from\": \"x\", \"summary\": \"y\"}", "category")]
    [InlineData("{\"kind\": \"call\", \"category\": \"repair\", \"from\": \"x\", \"summary\": \"y\", \"at\": \"2999-01-01T00:00:00Z\"}", "at")]
    [InlineData("{\"kind\": \"call\", \"category\": \"repair\", \"from\": \"x\", \"summary\": \"y\", \"at\": \"noon\"}", "at")]
    public async Task A_record_with_a_bad_field_answers_400_naming_it(string body, string field)
    {
        var response = await _host.Client().PostAsync(Api.Site("duty-log"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Api.AssertProblemAsync(response, 400, field: field);
    }

    [Theory]
    [InlineData("duty-log/contact-register?date=monday", "date")]
    [InlineData("duty-log/night-log?nightOf=2026-13-01", "nightOf")]
    public async Task A_bad_date_answers_400_naming_it(string path, string field)
    {
        await Api.AssertProblemAsync(await _host.Client().GetAsync(Api.Site(path)), 400, field: field);
    }

    [Theory]
    [InlineData("duty-log/entries/2026-01-12-99")]
    [InlineData("duty-log/entries/nonsense")]
    public async Task An_unknown_entry_answers_404(string path)
    {
        await Api.AssertProblemAsync(await _host.Client().GetAsync(Api.Site(path)), 404);
        await Api.AssertProblemAsync(await Api.PostAsync(_host.Client(), Api.Site(path + "/actions/handle"), new { handling = "x" }, 1), 404);
    }

    [Fact]
    public async Task An_officer_of_another_site_is_refused_403()
    {
        var other = _host.Client(WebHost.OfficerB);

        await Api.AssertProblemAsync(await RecordAsync(other, "2026-01-17T03:00:00Z"), 403);
        await Api.AssertProblemAsync(await other.GetAsync(Api.Site("duty-log/contact-register")), 403);
        await Api.AssertProblemAsync(await other.GetAsync(Api.Site("duty-log/night-log")), 403);
        await Api.AssertProblemAsync(await Api.PostAsync(other, Api.Site("duty-log/entries/2026-01-12-1/actions/handle"), new { handling = "x" }, 1), 403);
        await Api.AssertProblemAsync(await _host.Client().GetAsync("/api/sites/SZ-NOWHERE/duty-log/night-log"), 404);
    }

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, string at) =>
        client.PostAsJsonAsync(Api.Site("duty-log"), new { kind = "call", category = "repair", from = "李女士 3-2-1201", summary = "Kitchen tap drips", at });
}
