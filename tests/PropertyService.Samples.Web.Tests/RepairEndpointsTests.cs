using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

public sealed class RepairEndpointsTests : IClassFixture<WebHost>
{
    private readonly WebHost _host;

    public RepairEndpointsTests(WebHost host) => _host = host;

    [Fact]
    public async Task Create_answers_201_with_location_and_ETag_1()
    {
        var response = await WebHost.CreateAsync(_host.Client(), "RT-create");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/sites/{WebHost.Site}/repairs/RT-create", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Read_shows_state_history_timers_and_the_callers_permitted_actions()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-read");

        var response = await client.GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-read");
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("reported", json.GetProperty("state").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        var history = Assert.Single(json.GetProperty("history").EnumerateArray());
        Assert.Equal("repair.reported", history.GetProperty("type").GetString());
        Assert.Equal("王小明", history.GetProperty("actorName").GetString());
        Assert.Contains(json.GetProperty("timers").EnumerateArray(), t => t.GetProperty("ruleId").GetString() == "RP-09");
        var actions = json.GetProperty("permittedActions").EnumerateArray().ToList();
        Assert.Contains(actions, a => a.GetProperty("action").GetString() == "issue-work-order" && a.GetProperty("permitted").GetBoolean());
        var arrive = Assert.Single(actions, a => a.GetProperty("action").GetString() == "arrive");
        Assert.False(arrive.GetProperty("permitted").GetBoolean());
        Assert.False(string.IsNullOrEmpty(arrive.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_command_with_the_current_version_answers_200_and_a_new_ETag()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-command");

        var response = await WebHost.ActAsync(client, "RT-command", "issue-work-order", 1);
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("work-order-issued", json.GetProperty("state").GetString());
        Assert.Equal("WO-RT-command", json.GetProperty("workOrderNumber").GetString());
    }

    [Fact]
    public async Task A_stale_If_Match_answers_412_with_the_current_version()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-stale");
        await WebHost.ActAsync(client, "RT-stale", "issue-work-order", 1);

        var response = await WebHost.ActAsync(client, "RT-stale", "notify-engineering", 1);
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal(2, json.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task A_command_without_If_Match_answers_428()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-no-if-match");

        var response = await WebHost.ActAsync(client, "RT-no-if-match", "issue-work-order", version: null);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Theory]
    [InlineData("zh", "业主")]
    [InlineData("en", "is for Resident")]
    public async Task An_officer_signing_for_the_resident_is_refused_422_under_RP16_in_the_callers_language(string language, string expectedWord)
    {
        var id = "RT-sign-" + language;
        var officer = _host.Client(language: language);
        var technician = _host.Client(WebHost.Technician);
        var engineering = _host.Client(WebHost.Engineering);
        await WebHost.CreateAsync(officer, id);
        await Ok(WebHost.ActAsync(officer, id, "issue-work-order", 1));
        await Ok(WebHost.ActAsync(officer, id, "notify-engineering", 2));
        await Ok(WebHost.ActAsync(technician, id, "collect", 3));
        await Ok(WebHost.ActAsync(engineering, id, "assign", 4, new { technician = new { id = "E2101", name = "Zhou" } }));
        await Ok(WebHost.ActAsync(technician, id, "arrive", 5));
        await Ok(WebHost.ActAsync(technician, id, "complete", 6, new { notes = "Replaced the washer" }));

        var response = await WebHost.ActAsync(officer, id, "sign-off", 7);
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("RP-16", json.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("code").GetString()));
        Assert.True(json.TryGetProperty("field", out _));
        Assert.Contains(expectedWord, json.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Malformed_JSON_answers_400()
    {
        var response = await _host.Client().PostAsync($"/api/sites/{WebHost.Site}/repairs",
            new StringContent("{\"id\": \"RT-bad\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_type_answers_400_naming_the_field()
    {
        var response = await _host.Client().PostAsync($"/api/sites/{WebHost.Site}/repairs",
            new StringContent("{\"id\": \"RT-type\", \"channel\": 7}", Encoding.UTF8, "application/json"));
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty("channel", out _));
    }

    [Fact]
    public async Task A_missing_required_field_answers_400_naming_it()
    {
        var response = await _host.Client().PostAsJsonAsync($"/api/sites/{WebHost.Site}/repairs", new
        {
            id = "RT-missing",
            channel = "call",
            resident = new { name = "李女士", phone = "138 1234 5678", owner = true },
            unit = "3-2-1201",
            description = "Kitchen tap drips",
        });
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty("category", out _));
    }

    [Fact]
    public async Task An_unknown_ticket_answers_404()
    {
        var response = await _host.Client().GetAsync($"/api/sites/{WebHost.Site}/repairs/RT-nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_action_answers_404()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-unknown-action");

        var response = await WebHost.ActAsync(client, "RT-unknown-action", "teleport", 1);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_state_and_category()
    {
        var client = _host.Client();
        await WebHost.CreateAsync(client, "RT-list-a");
        await WebHost.CreateAsync(client, "RT-list-b", category: "water");
        await Ok(WebHost.ActAsync(client, "RT-list-b", "issue-work-order", 1));

        var issued = await client.GetFromJsonAsync<JsonElement>($"/api/sites/{WebHost.Site}/repairs?state=work-order-issued");
        var water = await client.GetFromJsonAsync<JsonElement>($"/api/sites/{WebHost.Site}/repairs?category=water");
        var reported = await client.GetFromJsonAsync<JsonElement>($"/api/sites/{WebHost.Site}/repairs?state=reported");

        Assert.Contains(issued.EnumerateArray(), t => t.GetProperty("id").GetString() == "RT-list-b");
        Assert.DoesNotContain(issued.EnumerateArray(), t => t.GetProperty("id").GetString() == "RT-list-a");
        Assert.Equal(["RT-list-b"], water.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Contains(reported.EnumerateArray(), t => t.GetProperty("id").GetString() == "RT-list-a");
    }

    [Fact]
    public async Task A_bad_list_filter_answers_400_naming_it()
    {
        var response = await _host.Client().GetAsync($"/api/sites/{WebHost.Site}/repairs?state=flying");
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(json.GetProperty("errors").TryGetProperty("state", out _));
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served()
    {
        var response = await _host.Client(account: null).GetAsync("/openapi/v1.json");
        var json = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/sites/{site}/repairs/{id}/actions/{action}", out _));
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
