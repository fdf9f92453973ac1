using System.Net.Http.Json;
using System.Text.Json;

namespace PropertyService.Samples.Web.Tests;

/// <summary>The repair actions beyond the everyday path: assessment and quotes, materials, extra work, refusals at
/// inspection, cancelling, and the night technician's repairs.</summary>
public sealed class RepairActionsTests : IClassFixture<WebHost>
{
    private static readonly object Line = new { description = "Replace the balcony pipe", labour = 80.0, material = 40.0, item = "X-99" };
    private readonly WebHost _host;

    public RepairActionsTests(WebHost host) => _host = host;

    [Fact]
    public async Task Unscheduled_work_is_assessed_and_the_quote_accepted_RP_14()
    {
        var (officer, engineering) = (_host.Client(), _host.Client(WebHost.Engineering));
        await CollectedUnscheduledAsync("RT-assess");

        var assessed = await Api.OkAsync(WebHost.ActAsync(engineering, "RT-assess", "assess", 4, new { lines = new[] { Line } }));
        var accepted = await Api.OkAsync(WebHost.ActAsync(officer, "RT-assess", "accept-quote", 5, new { channel = "phone" }));

        Assert.Equal("awaiting-resident-decision", assessed.GetProperty("state").GetString());
        Assert.Equal("ready-to-assign", accepted.GetProperty("state").GetString());
        Assert.Contains(accepted.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "repair.quote-accepted");
    }

    [Fact]
    public async Task A_declined_quote_closes_the_ticket_with_the_reason_RP_14()
    {
        await CollectedUnscheduledAsync("RT-decline");
        await Api.OkAsync(WebHost.ActAsync(_host.Client(WebHost.Engineering), "RT-decline", "assess", 4, new { lines = new[] { Line } }));

        var declined = await Api.OkAsync(WebHost.ActAsync(_host.Client(), "RT-decline", "decline-quote", 5, new { reason = "Too expensive" }));

        Assert.Contains(declined.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "repair.quote-declined");
    }

    [Fact]
    public async Task Work_found_not_feasible_ends_without_work_RP_14()
    {
        await CollectedUnscheduledAsync("RT-not-feasible");
        var engineering = _host.Client(WebHost.Engineering);

        await Api.AssertProblemAsync(await WebHost.ActAsync(engineering, "RT-not-feasible", "assess-not-feasible", 4), 400, field: "reason");
        var json = await Api.OkAsync(WebHost.ActAsync(engineering, "RT-not-feasible", "assess-not-feasible", 4, new { reason = "The pipe is the utility's" }));

        Assert.Equal("closed-without-work", json.GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("{}", "lines")]
    [InlineData("{\"lines\": [{\"labour\": 10}]}", "lines[0].description")]
    [InlineData("{\"lines\": [{\"description\": \"Pipe\", \"labour\": -1}]}", "lines[0].labour")]
    [InlineData("{\"lines\": [{\"description\": \"Pipe\", \"labour\": 1, \"payer\": \"nobody\"}]}", "lines[0].payer")]
    public async Task An_assessment_with_a_bad_line_answers_400_naming_it(string body, string field)
    {
        var id = "RT-bad-line-" + body.Length;
        await CollectedUnscheduledAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Post, Api.Site($"repairs/{id}/actions/assess"))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"4\""));

        await Api.AssertProblemAsync(await _host.Client(WebHost.Engineering).SendAsync(request), 400, field: field);
    }

    [Fact]
    public async Task Only_the_engineering_supervisor_assesses_RP_14()
    {
        await CollectedUnscheduledAsync("RT-assess-role");

        var response = await WebHost.ActAsync(_host.Client(), "RT-assess-role", "assess", 4, new { lines = new[] { Line } });

        await Api.AssertProblemAsync(response, 422, ruleId: "RP-14");
    }

    [Fact]
    public async Task Materials_are_checked_only_when_the_resident_supplies_them_RP_15()
    {
        await OnSiteAsync("RT-materials");

        var response = await WebHost.ActAsync(_host.Client(WebHost.Technician), "RT-materials", "check-materials", 6, new { result = "qualified" });

        await Api.AssertProblemAsync(response, 422, ruleId: "RP-15");
        await Api.AssertProblemAsync(await WebHost.ActAsync(_host.Client(WebHost.Technician), "RT-materials", "check-materials", 6), 400, field: "result");
    }

    [Fact]
    public async Task Extra_work_found_on_site_goes_to_assessment_RP_14()
    {
        await OnSiteAsync("RT-extra");
        var technician = _host.Client(WebHost.Technician);

        await Api.AssertProblemAsync(await WebHost.ActAsync(technician, "RT-extra", "report-extra-work", 6), 400, field: "description");
        var json = await Api.OkAsync(WebHost.ActAsync(technician, "RT-extra", "report-extra-work", 6, new { description = "The valve is corroded too" }));

        Assert.Equal("awaiting-assessment", json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Staff_cannot_reject_the_work_for_the_resident_RP_16_but_a_supervisor_may_override_the_sign_off()
    {
        await CompletedAsync("RT-inspect");

        var rejected = await WebHost.ActAsync(_host.Client(), "RT-inspect", "reject-work", 7, new { reason = "Still drips" });
        await Api.AssertProblemAsync(rejected, 422, ruleId: "RP-16");
        await Api.AssertProblemAsync(await WebHost.ActAsync(_host.Client(WebHost.Supervisor), "RT-inspect", "override-sign-off", 7, new { explanation = "No answer" }), 400, field: "overrideReason");
        var json = await Api.OkAsync(WebHost.ActAsync(_host.Client(WebHost.Supervisor), "RT-inspect", "override-sign-off", 7,
            new { overrideReason = "resident-unreachable", explanation = "No answer at the door or the phone for three days" }));

        Assert.Contains(json.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "repair.sign-off-overridden");
    }

    [Fact]
    public async Task Cancel_needs_a_reason_and_ends_the_ticket()
    {
        var officer = _host.Client();
        await WebHost.CreateAsync(officer, "RT-cancel");

        await Api.AssertProblemAsync(await WebHost.ActAsync(officer, "RT-cancel", "cancel", 1), 400, field: "reason");
        var json = await Api.OkAsync(WebHost.ActAsync(officer, "RT-cancel", "cancel", 1, new { reason = "The resident fixed it" }));

        Assert.Equal("cancelled", json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_night_technician_fixes_a_repair_logged_at_night_CS_14()
    {
        var technician = _host.Client(WebHost.Technician);
        var created = await Api.OkAsync(WebHost.CreateAsync(technician, "RT-night-fix"));
        Assert.Equal("logged-at-night", created.GetProperty("state").GetString());

        var json = await Api.OkAsync(WebHost.ActAsync(technician, "RT-night-fix", "fix-at-night", 1, new { notes = "Reset the breaker" }));

        Assert.Contains(json.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "repair.fixed-at-night");
    }

    [Fact]
    public async Task A_night_repair_deferred_to_morning_is_taken_over_by_the_day_shift_CS_15()
    {
        var technician = _host.Client(WebHost.Technician);
        await WebHost.CreateAsync(technician, "RT-night-defer");
        await Api.OkAsync(WebHost.ActAsync(technician, "RT-night-defer", "defer-to-morning", 1, new { note = "Needs a part" }));

        var officerTakeOver = await Api.OkAsync(WebHost.ActAsync(_host.Client(), "RT-night-defer", "take-over-in-morning", 2));

        Assert.Contains(officerTakeOver.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "repair.taken-over-in-morning");
    }

    [Fact]
    public async Task The_list_filters_by_owner()
    {
        await WebHost.CreateAsync(_host.Client(), "RT-owner-officer");
        await WebHost.CreateAsync(_host.Client(WebHost.Technician), "RT-owner-technician");

        var technicians = await _host.Client().GetFromJsonAsync<JsonElement>(Api.Site("repairs?owner=E2101"));

        Assert.Contains(technicians.EnumerateArray(), t => t.GetProperty("id").GetString() == "RT-owner-technician");
        Assert.DoesNotContain(technicians.EnumerateArray(), t => t.GetProperty("id").GetString() == "RT-owner-officer");
    }

    [Fact]
    public async Task The_permitted_actions_list_every_repair_action()
    {
        var officer = _host.Client();
        await WebHost.CreateAsync(officer, "RT-all-actions");

        var json = await officer.GetFromJsonAsync<JsonElement>(Api.Site("repairs/RT-all-actions"));
        var names = json.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();

        Assert.Contains("take-over-in-morning", names);
        Assert.Contains("override-sign-off", names);
        Assert.Contains("assess", names);
    }

    // Reported with an item not in the fee schedule, so collecting it sends it to assessment; version 4.
    private async Task CollectedUnscheduledAsync(string id)
    {
        var officer = _host.Client();
        await Api.OkAsync(officer.PostAsJsonAsync(Api.Site("repairs"), new
        {
            id,
            channel = "call",
            resident = new { name = "李女士", phone = "138 1234 5678", owner = true, id = "R-3-2-1201" },
            unit = "3-2-1201",
            category = "unit",
            description = "Balcony pipe seeps",
            items = new[] { "X-99" },
        }));
        await Api.OkAsync(WebHost.ActAsync(officer, id, "issue-work-order", 1));
        await Api.OkAsync(WebHost.ActAsync(officer, id, "notify-engineering", 2));
        var collected = await Api.OkAsync(WebHost.ActAsync(_host.Client(WebHost.Technician), id, "collect", 3));
        Assert.Equal("awaiting-assessment", collected.GetProperty("state").GetString());
    }

    // Assigned and arrived; version 6.
    private async Task OnSiteAsync(string id)
    {
        var officer = _host.Client();
        var technician = _host.Client(WebHost.Technician);
        await Api.OkAsync(WebHost.CreateAsync(officer, id));
        await Api.OkAsync(WebHost.ActAsync(officer, id, "issue-work-order", 1));
        await Api.OkAsync(WebHost.ActAsync(officer, id, "notify-engineering", 2));
        await Api.OkAsync(WebHost.ActAsync(technician, id, "collect", 3));
        await Api.OkAsync(WebHost.ActAsync(_host.Client(WebHost.Engineering), id, "assign", 4, new { technician = new { id = "E2101", name = "周师傅" } }));
        await Api.OkAsync(WebHost.ActAsync(technician, id, "arrive", 5));
    }

    // Work completed, awaiting the resident's sign-off; version 7.
    private async Task CompletedAsync(string id)
    {
        await OnSiteAsync(id);
        await Api.OkAsync(WebHost.ActAsync(_host.Client(WebHost.Technician), id, "complete", 6, new { notes = "Replaced the washer" }));
    }
}
