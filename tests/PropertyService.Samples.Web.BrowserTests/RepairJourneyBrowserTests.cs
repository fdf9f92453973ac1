using System.Text.Json;
using Microsoft.Playwright;

namespace PropertyService.Samples.Web.BrowserTests;

/// <summary>
/// The front desk in a real browser: an officer signs in, reports a repair, finds it on the overview with its SLA
/// countdown, opens it and sees its workflow diagram, and sends the owner a link through which the owner accepts the
/// assessed quote (RP-14). Screenshots of each step go to <c>screenshots/</c> in the test output.
/// </summary>
public sealed class RepairJourneyBrowserTests
{
    private const string Site = "SZ-VK-01";

    [SkippableFact]
    public async Task An_officer_reports_a_repair_and_the_owner_accepts_the_quote_through_a_resident_link_RP_14()
    {
        await using var host = await BrowserHost.StartAsync();
        var officer = await host.NewPageAsync();

        // Sign in through the form; the sign-in page sends the officer on to the report form.
        await officer.GotoAsync("/repairs/new");
        await Assertions.Expect(officer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
        await officer.FillAsync("#userName", "officer");
        await officer.FillAsync("#password", "officer-demo");
        await officer.ClickAsync("#sign-in");
        await Assertions.Expect(officer.Locator("#report-form")).ToBeVisibleAsync();

        // Report a special request: it is priced by an assessment, which the owner must accept before work (RP-14).
        await officer.SelectOptionAsync("#channel", "Call");
        await officer.SelectOptionAsync("#category", "SpecialRequest");
        await officer.FillAsync("#residentName", "李女士");
        await officer.FillAsync("#residentPhone", "138 1234 5678");
        await officer.FillAsync("#residentId", "R-5-1-0802");
        await officer.CheckAsync("#owner");
        await officer.FillAsync("#unit", "5-1-0802");
        await officer.FillAsync("#description", "书房安装壁挂书架");
        await BrowserHost.ScreenshotAsync(officer, "01-report-form");
        await officer.ClickAsync("#report-submit");
        await Assertions.Expect(officer.Locator("#ticket-summary")).ToBeVisibleAsync();
        var id = await officer.Locator("#ticket-summary").GetAttributeAsync("data-ticket-id");
        Assert.StartsWith("RT-", id, StringComparison.Ordinal);

        // The overview lists it with a live countdown to its first SLA deadline (RP-09, the work order).
        await officer.GotoAsync("/");
        var row = officer.Locator($"#repairs-table tr[data-ticket-id='{id}']");
        var countdown = row.Locator(".sla-countdown").First;
        await Assertions.Expect(countdown).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bsla-ok\\b"));
        await Assertions.Expect(countdown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("\\d"));
        var first = await countdown.TextContentAsync();
        await Assertions.Expect(countdown).Not.ToHaveTextAsync(first!, new() { Timeout = 5_000 });
        await BrowserHost.ScreenshotAsync(officer, "02-overview-with-countdown");

        // The countdown turns amber at the warning and red at the breach: the browser's clock is moved past each.
        var warningAt = DateTimeOffset.Parse(await countdown.GetAttributeAsync("data-warning-at") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateTimeOffset.Parse(await countdown.GetAttributeAsync("data-deadline") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await officer.Clock.SetFixedTimeAsync(warningAt.AddSeconds(1).UtcDateTime);
        await Assertions.Expect(countdown).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bsla-warning\\b"));
        await BrowserHost.ScreenshotAsync(officer, "02b-countdown-amber-at-warning");
        await officer.Clock.SetFixedTimeAsync(deadline.AddSeconds(1).UtcDateTime);
        await Assertions.Expect(countdown).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bsla-breached\\b"));
        await BrowserHost.ScreenshotAsync(officer, "02c-countdown-red-at-breach");

        // Open it: the diagram marks the state it is in.
        await row.Locator($"a[href='/tickets/{id}']").ClickAsync();
        var current = officer.Locator("#workflow-diagram [data-current='true']");
        await Assertions.Expect(current).ToHaveCountAsync(1);
        await Assertions.Expect(current).ToHaveAttributeAsync("data-state", "Reported");
        await BrowserHost.ScreenshotAsync(officer, "03-ticket-with-diagram");

        // The work order, engineering, collection and the assessment go through the API, as each person's tools would.
        var officerApi = officer.Context.APIRequest;
        var technicianApi = await SignedInApiAsync(host, "technician");
        var engineeringApi = await SignedInApiAsync(host, "engineering");
        await ActAsync(officerApi, id!, "issue-work-order", 1);
        await ActAsync(officerApi, id!, "notify-engineering", 2);
        await ActAsync(technicianApi, id!, "collect", 3);
        await ActAsync(engineeringApi, id!, "assess", 4, new { lines = new[] { new { description = "安装壁挂书架", labour = 80m, material = 12m } } });

        // The officer makes the owner's link on the ticket page.
        await officer.ReloadAsync();
        await Assertions.Expect(current).ToHaveAttributeAsync("data-state", "AwaitingResidentDecision");
        await officer.ClickAsync("button.resident-link-action[data-action='accept-quote']");
        var link = officer.Locator("a#resident-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var url = await link.GetAttributeAsync("href");
        Assert.StartsWith(host.Address + "resident/", new Uri(host.Address, url).ToString(), StringComparison.Ordinal);
        await BrowserHost.ScreenshotAsync(officer, "04-resident-link");

        // The owner, not signed in, opens the link in another browser, sees the quote and accepts it.
        var owner = await host.NewPageAsync();
        await owner.GotoAsync(url!);
        await Assertions.Expect(owner.Locator("#quote-resident-total")).ToHaveTextAsync("¥92.00");
        await BrowserHost.ScreenshotAsync(owner, "05-owner-sees-the-quote");
        await owner.ClickAsync("#resident-answer");
        await Assertions.Expect(owner.Locator("#resident-done")).ToBeVisibleAsync();
        await BrowserHost.ScreenshotAsync(owner, "06-owner-accepted");

        // Back at the desk the ticket shows the owner's acceptance, recorded as the owner.
        await officer.ReloadAsync();
        await Assertions.Expect(officer.Locator("#history-table tr[data-event]").Last).ToContainTextAsync("李女士");
        await Assertions.Expect(current).Not.ToHaveAttributeAsync("data-state", "AwaitingResidentDecision");
        await BrowserHost.ScreenshotAsync(officer, "07-ticket-after-acceptance");
    }

    private static async Task<IAPIRequestContext> SignedInApiAsync(BrowserHost host, string user)
    {
        var api = await host.NewApiAsync();
        var response = await api.PostAsync("/api/session", new() { DataObject = new { userName = user, password = user + "-demo" } });
        Assert.Equal(204, response.Status);
        return api;
    }

    private static async Task ActAsync(IAPIRequestContext api, string id, string action, int version, object? body = null)
    {
        var response = await api.PostAsync($"/api/sites/{Site}/repairs/{id}/actions/{action}", new()
        {
            Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{version}\"" },
            DataObject = body ?? new { },
        });
        Assert.True(response.Ok, $"{action}: {response.Status} {await response.TextAsync()}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal(version + 1, json.RootElement.GetProperty("version").GetInt32());
    }
}
