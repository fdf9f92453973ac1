using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

/// <summary>
/// Handovers on the demo roster: on 2030-01-08 (an even number of days after the rotation start) 王小明 (officer) has the
/// Afternoon shift and 周师傅 (technician) the Night shift, which hands over to 王小明's Morning shift of 2030-01-09.
/// The dates are in the future, so nothing depends on the time the tests run.
/// </summary>
public sealed class HandoverEndpointsTests : IClassFixture<WebHost>
{
    private static readonly string[] AllTools = ["T-01", "T-02", "T-03", "T-04", "T-05"];
    private readonly WebHost _host;

    public HandoverEndpointsTests(WebHost host) => _host = host;

    [Fact]
    public async Task Schedule_answers_201_with_the_people_of_the_roster_CS_16()
    {
        var response = await ScheduleAsync(_host.Client(), "HO-create");
        var json = await Api.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/sites/{WebHost.Site}/handovers/HO-create", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("awaiting-incoming", json.GetProperty("state").GetString());
        Assert.Equal("E1001", json.GetProperty("outgoing").GetProperty("id").GetString());
        Assert.Equal("E2101", json.GetProperty("incoming").GetProperty("id").GetString());
        Assert.Equal("Afternoon", json.GetProperty("outgoingShift").GetString());
        Assert.Equal("2030-01-08T09:30:00Z", json.GetProperty("shiftStartsAt").GetString());
        Assert.Equal("2030-01-08T09:15:00Z", json.GetProperty("arriveBy").GetString());
    }

    [Fact]
    public async Task A_handover_goes_from_arrival_to_completion_with_a_lost_tool_and_a_rejected_post_CS_16_to_CS_20()
    {
        var (officer, technician) = (_host.Client(), _host.Client(WebHost.Technician));
        await ScheduleAsync(officer, "HO-path");

        await Api.OkAsync(Act(technician, "HO-path", "arrive", 1));
        await Api.OkAsync(Act(officer, "HO-path", "hand-over-items", 2, new
        {
            items = new object[]
            {
                new { kind = "repair-ticket", reference = "RT-7", description = "Leaking tap at 3-2-1201", note = "Parts ordered" },
                new { kind = "point-of-attention", description = "Lift 2 makes a noise" },
            },
        }));
        var counted = await Api.OkAsync(Act(technician, "HO-path", "count-tools", 3, new { counted = AllTools[..4] }));
        await Api.OkAsync(Act(technician, "HO-path", "inspect-post", 4, new { accepted = false, reason = "The desk is a mess" }));
        await Api.OkAsync(Act(officer, "HO-path", "tidy-post", 5));
        await Api.OkAsync(Act(technician, "HO-path", "inspect-post", 6, new { accepted = true }));
        var response = await Act(officer, "HO-path", "complete", 7);
        var json = await Api.JsonAsync(response);

        var loss = Assert.Single(counted.GetProperty("toolLosses").EnumerateArray());
        Assert.Equal("T-05", loss.GetProperty("code").GetString());
        Assert.Equal("E1001", loss.GetProperty("answerableBy").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"8\"", response.Headers.ETag?.Tag);
        Assert.Equal("completed", json.GetProperty("state").GetString());
        Assert.Equal(1, json.GetProperty("postRejections").GetInt32());
        Assert.Equal(2, json.GetProperty("items").GetArrayLength());
        Assert.Equal(8, json.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Night_entries_handed_over_must_be_resolved_before_the_morning_handover_completes_CS_15()
    {
        var (officer, technician) = (_host.Client(), _host.Client(WebHost.Technician));
        await Api.OkAsync(officer.PostAsJsonAsync(Api.Site("handovers"), new { id = "HO-morning", incomingShift = "Morning", date = "2030-01-09" }));
        await Api.OkAsync(Act(officer, "HO-morning", "arrive", 1));
        await Api.OkAsync(Act(technician, "HO-morning", "hand-over-items", 2, new
        {
            items = new[] { new { kind = "night-log-entry", reference = "N-1", description = "Balcony pipe seeps; valve closed" } },
        }));
        await Api.OkAsync(Act(officer, "HO-morning", "count-tools", 3, new { counted = AllTools }));
        var accepted = await Api.OkAsync(Act(officer, "HO-morning", "inspect-post", 4, new { accepted = true }));
        Assert.Equal(["N-1"], accepted.GetProperty("unresolvedNightEntries").EnumerateArray().Select(e => e.GetString()));

        await Api.AssertProblemAsync(await Act(officer, "HO-morning", "complete", 5), 422, ruleId: "CS-15");
        await Api.AssertProblemAsync(await Act(officer, "HO-morning", "resolve-night-entry", 5, new { entry = "N-1" }), 400, field: "outcome");
        var resolved = await Api.OkAsync(Act(officer, "HO-morning", "resolve-night-entry", 5, new { entry = "N-1", outcome = "work-order", record = "RT-N1" }));
        var completed = await Api.OkAsync(Act(technician, "HO-morning", "complete", 6));

        Assert.Equal("RT-N1", resolved.GetProperty("nightEntryResolutions")[0].GetProperty("record").GetString());
        Assert.Equal("completed", completed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Only_the_incoming_person_records_their_arrival_CS_16()
    {
        await ScheduleAsync(_host.Client(), "HO-arrive-other");

        await Api.AssertProblemAsync(await Act(_host.Client(), "HO-arrive-other", "arrive", 1), 422, ruleId: "CS-16");
    }

    [Fact]
    public async Task An_absence_is_reported_only_once_the_shift_has_started_CS_20()
    {
        await ScheduleAsync(_host.Client(), "HO-absence");

        await Api.AssertProblemAsync(await Act(_host.Client(WebHost.Supervisor), "HO-absence", "report-absence", 1), 422, ruleId: "CS-20");
    }

    [Fact]
    public async Task A_repair_handed_over_without_a_written_note_is_refused_CS_17()
    {
        await ScheduleAsync(_host.Client(), "HO-no-note");
        await Api.OkAsync(Act(_host.Client(WebHost.Technician), "HO-no-note", "arrive", 1));

        var response = await Act(_host.Client(), "HO-no-note", "hand-over-items", 2, new { items = new[] { new { kind = "repair-ticket", reference = "RT-7", description = "Leaking tap" } } });

        await Api.AssertProblemAsync(response, 422, ruleId: "CS-17");
    }

    [Theory]
    [InlineData("hand-over-items", "{}", "items")]
    [InlineData("hand-over-items", "{\"items\": [{\"description\": \"x\"}]}", "items[0].kind")]
    [InlineData("hand-over-items", "{\"items\": [{\"kind\": \"commission\"}]}", "items[0].description")]
    [InlineData("count-tools", "{}", "counted")]
    [InlineData("inspect-post", "{}", "accepted")]
    [InlineData("resolve-night-entry", "{\"outcome\": \"work-order\"}", "entry")]
    [InlineData("resolve-night-entry", "{\"entry\": \"N-1\", \"outcome\": \"lost\"}", "outcome")]
    public async Task A_command_with_a_bad_field_answers_400_naming_it(string action, string body, string field)
    {
        var id = $"HO-bad-{action}-{body.Length}";
        await ScheduleAsync(_host.Client(), id);
        using var request = new HttpRequestMessage(HttpMethod.Post, Api.Site($"handovers/{id}/actions/{action}"))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        await Api.AssertProblemAsync(await _host.Client().SendAsync(request), 400, field: field);
    }

    [Theory]
    [InlineData("{\"incomingShift\": \"Night\", \"date\": \"2030-01-08\"}", "id")]
    [InlineData("{\"id\": \"HO-x\", \"incomingShift\": \"Night\", \"date\": \"someday\"}", "date")]
    [InlineData("{\"id\": \"HO-x\", \"incomingShift\": \"Evening\", \"date\": \"2030-01-08\"}", "incomingShift")]
    [InlineData("{\"id\": \"HO-x\", \"incomingShift\": \"Night\", \"date\": \"2030-01-08\", \"incoming\": \"E2102\"}", "incoming")]
    public async Task A_schedule_with_a_bad_field_answers_400_naming_it(string body, string field)
    {
        var response = await _host.Client().PostAsync(Api.Site("handovers"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Api.AssertProblemAsync(response, 400, field: field);
    }

    [Fact]
    public async Task Read_shows_the_callers_permitted_actions_with_reasons()
    {
        await ScheduleAsync(_host.Client(), "HO-read");

        var response = await _host.Client(WebHost.Technician).GetAsync(Api.Site("handovers/HO-read"));
        var json = await Api.JsonAsync(response);

        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var actions = json.GetProperty("permittedActions").EnumerateArray().ToList();
        Assert.Contains(actions, a => a.GetProperty("action").GetString() == "arrive" && a.GetProperty("permitted").GetBoolean());
        var complete = Assert.Single(actions, a => a.GetProperty("action").GetString() == "complete");
        Assert.False(complete.GetProperty("permitted").GetBoolean());
        Assert.False(string.IsNullOrEmpty(complete.GetProperty("reason").GetString()));
        Assert.Contains(json.GetProperty("timers").EnumerateArray(), t => t.GetProperty("ruleId").GetString() == "CS-16");
    }

    [Fact]
    public async Task A_stale_If_Match_answers_412_and_a_missing_one_428()
    {
        var technician = _host.Client(WebHost.Technician);
        await ScheduleAsync(_host.Client(), "HO-stale");
        await Api.OkAsync(Act(technician, "HO-stale", "arrive", 1));

        var stale = await Act(_host.Client(), "HO-stale", "hand-over-items", 1, new { items = Array.Empty<object>() });

        await Api.AssertProblemAsync(stale, 412);
        Assert.Equal(2, (await Api.JsonAsync(stale)).GetProperty("currentVersion").GetInt32());
        await Api.AssertProblemAsync(await Act(_host.Client(), "HO-stale", "hand-over-items", null, new { items = Array.Empty<object>() }), 428);
    }

    [Theory]
    [InlineData("handovers/HO-nowhere", false)]
    [InlineData("handovers/HO-nowhere/actions/arrive", true)]
    [InlineData("handovers/HO-create/actions/dance", true)]
    public async Task Unknown_handovers_and_actions_answer_404(string path, bool post)
    {
        var client = _host.Client();
        var response = post ? await Api.PostAsync(client, Api.Site(path), null, 1) : await client.GetAsync(Api.Site(path));

        await Api.AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task An_officer_of_another_site_is_refused_403()
    {
        await ScheduleAsync(_host.Client(), "HO-cross-site");
        var other = _host.Client(WebHost.OfficerB);

        await Api.AssertProblemAsync(await other.GetAsync(Api.Site("handovers/HO-cross-site")), 403);
        await Api.AssertProblemAsync(await other.GetAsync(Api.Site("handovers")), 403);
        await Api.AssertProblemAsync(await ScheduleAsync(other, "HO-cross-site-2"), 403);
        await Api.AssertProblemAsync(await Act(other, "HO-cross-site", "arrive", 1), 403);
    }

    [Fact]
    public async Task The_list_filters_by_state_and_due_time()
    {
        await ScheduleAsync(_host.Client(), "HO-list-a");
        await ScheduleAsync(_host.Client(), "HO-list-b");
        await Api.OkAsync(Act(_host.Client(WebHost.Technician), "HO-list-b", "arrive", 1));

        var waiting = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("handovers?state=awaiting-incoming"));
        var due = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("handovers?dueBefore=2030-01-09T00:00:00Z"));

        Assert.Contains(waiting.EnumerateArray(), h => h.GetProperty("id").GetString() == "HO-list-a");
        Assert.DoesNotContain(waiting.EnumerateArray(), h => h.GetProperty("id").GetString() == "HO-list-b");
        Assert.Contains(due.EnumerateArray(), h => h.GetProperty("id").GetString() == "HO-list-a");
        await Api.AssertProblemAsync(await _host.Client().GetAsync(Api.Site("handovers?state=asleep")), 400, field: "state");
    }

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient client, string id) =>
        client.PostAsJsonAsync(Api.Site("handovers"), new { id, incomingShift = "Night", date = "2030-01-08" });

    private static Task<HttpResponseMessage> Act(HttpClient client, string id, string action, int? version, object? body = null) =>
        Api.PostAsync(client, Api.Site($"handovers/{id}/actions/{action}"), body, version);
}
