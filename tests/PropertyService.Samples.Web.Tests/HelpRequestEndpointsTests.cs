using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

public sealed class HelpRequestEndpointsTests : IClassFixture<WebHost>
{
    private static readonly object Contact = new { unit = "3-2-1201", phone = "138 1234 5678" };
    private readonly WebHost _host;

    public HelpRequestEndpointsTests(WebHost host) => _host = host;

    [Fact]
    public async Task Receive_answers_201_with_location_ETag_1_and_the_caller_as_owner_HR_06()
    {
        var response = await ReceiveAsync(_host.Client(), "HR-create");
        var json = await Api.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/sites/{WebHost.Site}/help-requests/HR-create", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("awaiting-contact", json.GetProperty("state").GetString());
        Assert.Equal("E1001", json.GetProperty("ownerId").GetString());
    }

    [Fact]
    public async Task Read_shows_state_history_and_the_callers_permitted_actions_with_reasons()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-read");

        var response = await client.GetAsync(Api.Site("help-requests/HR-read"));
        var json = await Api.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("general-help", json.GetProperty("kind").GetString());
        var history = Assert.Single(json.GetProperty("history").EnumerateArray());
        Assert.Equal("王小明", history.GetProperty("actorName").GetString());
        Assert.True(json.TryGetProperty("timers", out _));
        var actions = json.GetProperty("permittedActions").EnumerateArray().ToList();
        Assert.Contains(actions, a => a.GetProperty("action").GetString() == "record-contact" && a.GetProperty("permitted").GetBoolean());
        var answer = Assert.Single(actions, a => a.GetProperty("action").GetString() == "answer");
        Assert.False(answer.GetProperty("permitted").GetBoolean());
        Assert.Equal("HR-07", answer.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_request_goes_from_contact_to_close_HR_07_HR_06()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-path");

        await Api.OkAsync(Act(client, "HR-path", "record-contact", 1, Contact));
        await Api.OkAsync(Act(client, "HR-path", "record-wishes", 2, new { wishes = "Keep a parcel until tonight" }));
        await Api.OkAsync(Act(client, "HR-path", "answer", 3, new { answer = "Parcel kept at the desk" }));
        await Api.OkAsync(Act(client, "HR-path", "follow-up", 4, new { satisfaction = "satisfied" }));
        var response = await Act(client, "HR-path", "close", 5);
        var json = await Api.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"6\"", response.Headers.ETag?.Tag);
        Assert.Equal("closed", json.GetProperty("state").GetString());
        Assert.Contains("1201", json.GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.Equal("satisfied", json.GetProperty("satisfaction").GetString());
    }

    [Fact]
    public async Task Wishes_before_address_and_phone_are_refused_422_HR_07()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-wishes-first");

        var response = await Act(client, "HR-wishes-first", "record-wishes", 1, new { wishes = "A ladder" });

        await Api.AssertProblemAsync(response, 422, ruleId: "HR-07");
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Answer_by_another_officer_is_refused_HR_06()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-other");
        await Api.OkAsync(Act(client, "HR-other", "record-contact", 1, Contact));
        await Api.OkAsync(Act(client, "HR-other", "record-wishes", 2, new { wishes = "Lend a ladder" }));

        var response = await Act(_host.Client(WebHost.OtherOfficer), "HR-other", "answer", 3, new { answer = "Here is the ladder" });

        await Api.AssertProblemAsync(response, 422, ruleId: "HR-06");
    }

    [Fact]
    public async Task An_uncertain_answer_is_refused_until_the_supervisor_is_asked_HR_09_then_instructed_HR_04()
    {
        var officer = _host.Client();
        await ReceiveAsync(officer, "HR-escalate", "oral-inquiry");
        await Api.OkAsync(Act(officer, "HR-escalate", "record-contact", 1, Contact));
        await Api.OkAsync(Act(officer, "HR-escalate", "record-wishes", 2, new { wishes = "May I keep a dog?" }));

        var unsure = await Act(officer, "HR-escalate", "answer", 3, new { answer = "Probably", certain = false });
        await Api.AssertProblemAsync(unsure, 422, ruleId: "HR-09");

        var escalated = await Api.OkAsync(Act(officer, "HR-escalate", "escalate", 3, new { level = "service-supervisor", question = "Are dogs allowed?" }));
        Assert.Equal("escalated", escalated.GetProperty("state").GetString());
        Assert.Equal("service-supervisor", escalated.GetProperty("escalatedTo").GetString());
        await Api.OkAsync(Act(_host.Client(WebHost.Supervisor), "HR-escalate", "instruct", 4, new { instruction = "Yes, registered and leashed" }));
        var answered = await Api.OkAsync(Act(officer, "HR-escalate", "answer", 5, new { answer = "Yes, registered and leashed", certain = false }));

        Assert.Equal("handled", answered.GetProperty("state").GetString());
        Assert.Contains(answered.GetProperty("history").EnumerateArray(), h => h.GetProperty("actorId").GetString() == "E1101");
    }

    [Fact]
    public async Task A_major_emergency_is_reported_to_the_supervisor_with_its_contact_HR_08()
    {
        var officer = _host.Client();
        var created = await ReceiveAsync(officer, "HR-major", "medical-emergency", major: true);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var json = await Api.OkAsync(Act(officer, "HR-major", "record-contact", 1, Contact));
        Assert.True(json.GetProperty("reportedToSupervisor").GetBoolean());
        Assert.Equal(3, json.GetProperty("version").GetInt32());

        var action = await Api.OkAsync(Act(officer, "HR-major", "record-emergency-action", 3, new { option = "call-emergency-number", done = "Called 120" }));
        Assert.Equal("call-emergency-number", action.GetProperty("emergencyOption").GetString());
        var referred = await Api.OkAsync(Act(_host.Client(WebHost.Supervisor), "HR-major", "refer-to-site-manager", 4, new { instruction = "Send the duty manager" }));
        Assert.Equal("Send the duty manager", referred.GetProperty("siteManagerInstruction").GetString());
    }

    [Fact]
    public async Task A_normal_emergency_is_reported_after_the_event_HR_08()
    {
        var officer = _host.Client();
        await ReceiveAsync(officer, "HR-normal", "medical-emergency");
        await Api.OkAsync(Act(officer, "HR-normal", "record-contact", 1, Contact));
        await Api.OkAsync(Act(officer, "HR-normal", "record-emergency-action", 2, new { option = "send-someone-to-care", done = "Sat with the resident" }));

        var json = await Api.OkAsync(Act(officer, "HR-normal", "report-emergency", 3, new { report = "Resident fainted; recovered" }));

        Assert.Equal("handled", json.GetProperty("state").GetString());
        Assert.True(json.GetProperty("reportedToSupervisor").GetBoolean());
    }

    [Fact]
    public async Task A_written_inquiry_is_registered_and_replied_to_in_writing_HR_09()
    {
        var officer = _host.Client();
        await ReceiveAsync(officer, "HR-written", "written-inquiry");
        await Api.OkAsync(Act(officer, "HR-written", "record-contact", 1, Contact));
        var registered = await Api.OkAsync(Act(officer, "HR-written", "record-wishes", 2, new { wishes = "When is the lift replaced?" }));
        Assert.Equal("awaiting-written-reply", registered.GetProperty("state").GetString());
        Assert.Contains(registered.GetProperty("timers").EnumerateArray(), t => t.GetProperty("ruleId").GetString() == "HR-09");

        var replied = await Api.OkAsync(Act(_host.Client(WebHost.Supervisor), "HR-written", "reply-in-writing", 3, new { reply = "In March" }));

        Assert.Equal("In March", replied.GetProperty("writtenReply").GetString());
    }

    [Fact]
    public async Task Ownership_passes_to_another_officer_with_a_reason_HR_06()
    {
        var officer = _host.Client();
        await ReceiveAsync(officer, "HR-transfer");
        await Api.OkAsync(Act(officer, "HR-transfer", "record-contact", 1, Contact));

        var json = await Api.OkAsync(Act(officer, "HR-transfer", "transfer-ownership", 2, new { newOwner = new { id = "E1002", name = "Li" }, reason = "End of my shift" }));
        var refused = await Act(officer, "HR-transfer", "record-wishes", 3, new { wishes = "A ladder" });

        Assert.Equal("E1002", json.GetProperty("ownerId").GetString());
        await Api.AssertProblemAsync(refused, 422, ruleId: "HR-06");
        await Api.OkAsync(Act(_host.Client(WebHost.OtherOfficer), "HR-transfer", "record-wishes", 3, new { wishes = "A ladder" }));
    }

    [Fact]
    public async Task Declining_without_a_reason_is_refused_HR_05()
    {
        var officer = _host.Client();
        await ReceiveAsync(officer, "HR-decline");
        await Api.OkAsync(Act(officer, "HR-decline", "record-contact", 1, Contact));
        await Api.OkAsync(Act(officer, "HR-decline", "record-wishes", 2, new { wishes = "Walk my dog daily" }));

        await Api.AssertProblemAsync(await Act(officer, "HR-decline", "decline", 3), 422, ruleId: "HR-05");
        var json = await Api.OkAsync(Act(officer, "HR-decline", "decline", 3, new { reason = "Not a service we offer" }));
        Assert.Equal("declined", json.GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("{\"unit\": \"3-2-1201\"}", "phone")]
    [InlineData("{\"unit\": \"nowhere\", \"phone\": \"138 1234 5678\"}", "unit")]
    [InlineData("{\"phone\": 7}", "phone")]
    public async Task A_contact_with_a_bad_field_answers_400_naming_it(string body, string field)
    {
        var client = _host.Client();
        var id = "HR-bad-" + field + body.Length;
        await ReceiveAsync(client, id);
        using var request = new HttpRequestMessage(HttpMethod.Post, Api.Site($"help-requests/{id}/actions/record-contact"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        await Api.AssertProblemAsync(await client.SendAsync(request), 400, field: field);
    }

    [Fact]
    public async Task Receive_without_kind_answers_400_naming_it()
    {
        var response = await _host.Client().PostAsJsonAsync(Api.Site("help-requests"), new { id = "HR-no-kind" });

        await Api.AssertProblemAsync(response, 400, field: "kind");
    }

    [Fact]
    public async Task Receiving_the_same_id_twice_answers_409()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-twice");

        Assert.Equal(HttpStatusCode.Conflict, (await ReceiveAsync(client, "HR-twice")).StatusCode);
    }

    [Fact]
    public async Task A_stale_If_Match_answers_412_with_the_current_version()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-stale");
        await Api.OkAsync(Act(client, "HR-stale", "record-contact", 1, Contact));

        var response = await Act(client, "HR-stale", "record-wishes", 1, new { wishes = "x" });

        await Api.AssertProblemAsync(response, 412);
        Assert.Equal(2, (await Api.JsonAsync(response)).GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task A_command_without_If_Match_answers_428()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-428");

        await Api.AssertProblemAsync(await Act(client, "HR-428", "record-contact", null, Contact), 428);
    }

    [Theory]
    [InlineData("help-requests/HR-nowhere")]
    [InlineData("help-requests/HR-nowhere/actions/close")]
    [InlineData("help-requests/HR-read/actions/teleport")]
    public async Task Unknown_requests_and_actions_answer_404(string path)
    {
        var client = _host.Client();
        var response = path.Contains("/actions/", StringComparison.Ordinal)
            ? await Api.PostAsync(client, Api.Site(path), null, 1)
            : await client.GetAsync(Api.Site(path));

        await Api.AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task An_officer_of_another_site_is_refused_403()
    {
        await ReceiveAsync(_host.Client(), "HR-cross-site");
        var other = _host.Client(WebHost.OfficerB);

        await Api.AssertProblemAsync(await other.GetAsync(Api.Site("help-requests/HR-cross-site")), 403);
        await Api.AssertProblemAsync(await other.GetAsync(Api.Site("help-requests")), 403);
        await Api.AssertProblemAsync(await ReceiveAsync(other, "HR-cross-site-2"), 403);
        await Api.AssertProblemAsync(await Act(other, "HR-cross-site", "record-contact", 1, Contact), 403);
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused_401()
    {
        await Api.AssertProblemAsync(await _host.Client(account: null).GetAsync(Api.Site("help-requests")), 401);
    }

    [Fact]
    public async Task A_site_not_served_answers_404()
    {
        await Api.AssertProblemAsync(await _host.Client().GetAsync("/api/sites/SZ-NOWHERE/help-requests"), 404);
    }

    [Fact]
    public async Task The_list_filters_by_state_kind_and_owner()
    {
        var client = _host.Client();
        await ReceiveAsync(client, "HR-list-a");
        await ReceiveAsync(client, "HR-list-b", "commission");
        await Api.OkAsync(Act(client, "HR-list-b", "record-contact", 1, Contact));
        await ReceiveAsync(_host.Client(WebHost.OtherOfficer), "HR-list-c");

        var recorded = await client.GetFromJsonAsync<JsonElement>(Api.Site("help-requests?state=contact-recorded"));
        var commissions = await client.GetFromJsonAsync<JsonElement>(Api.Site("help-requests?kind=commission"));
        var mine = await client.GetFromJsonAsync<JsonElement>(Api.Site("help-requests?owner=E1002"));

        Assert.Contains(recorded.EnumerateArray(), r => r.GetProperty("id").GetString() == "HR-list-b");
        Assert.DoesNotContain(recorded.EnumerateArray(), r => r.GetProperty("id").GetString() == "HR-list-a");
        Assert.Equal(["HR-list-b"], commissions.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(mine.EnumerateArray(), r => r.GetProperty("id").GetString() == "HR-list-c");
        Assert.DoesNotContain(mine.EnumerateArray(), r => r.GetProperty("id").GetString() == "HR-list-a");
    }

    [Theory]
    [InlineData("state=flying", "state")]
    [InlineData("kind=7", "kind")]
    [InlineData("dueBefore=tomorrow", "dueBefore")]
    public async Task A_bad_list_filter_answers_400_naming_it(string query, string field)
    {
        await Api.AssertProblemAsync(await _host.Client().GetAsync(Api.Site("help-requests?" + query)), 400, field: field);
    }

    private static Task<HttpResponseMessage> ReceiveAsync(HttpClient client, string id, string kind = "general-help", bool major = false) =>
        client.PostAsJsonAsync(Api.Site("help-requests"), new { id, kind, major });

    private static Task<HttpResponseMessage> Act(HttpClient client, string id, string action, int? version, object? body = null) =>
        Api.PostAsync(client, Api.Site($"help-requests/{id}/actions/{action}"), body, version);
}
