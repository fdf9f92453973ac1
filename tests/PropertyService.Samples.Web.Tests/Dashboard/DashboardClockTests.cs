using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Dashboard;
using PropertyService.Sla;

namespace PropertyService.Samples.Web.Tests.Dashboard;

/// <summary>The dashboard on a clock the tests move: countdown classes, SLA escalations in the inbox, resident links.</summary>
public sealed class DashboardClockTests
{
    private static readonly SiteId Site = new(WebHost.Site);

    [Fact]
    public async Task A_countdown_turns_amber_at_the_warning_and_red_at_the_breach_and_the_escalations_reach_the_inbox()
    {
        var clock = new FakeClock(SystemClock.Instance.GetCurrentInstant());
        using var host = WebHost.OnClock(clock);
        var client = host.Client(WebHost.Officer);
        await WebHost.CreateAsync(client, "RT-clock-sla");
        var center = host.Factory.Services.GetRequiredService<ServiceCenter>();
        var inbox = host.Factory.Services.GetRequiredService<EscalationInbox>();
        var timer = center.Timers(Site, "RT-clock-sla", clock.GetCurrentInstant()).Where(t => t.State == SlaTimerState.Running).MinBy(t => t.Deadline)!;

        var ok = await ClassOfAsync(client);
        clock.Reset(timer.WarningAt + Duration.FromSeconds(1));
        var warned = await NoticeAsync(center, inbox, clock, level: 1);
        var warning = await ClassOfAsync(client);
        clock.Reset(timer.Deadline + Duration.FromSeconds(1));
        var climbed = await NoticeAsync(center, inbox, clock, level: 2);
        var breached = await ClassOfAsync(client);

        Assert.Equal("sla-ok", ok);
        Assert.Equal("sla-warning", warning);
        Assert.Equal("sla-breached", breached);
        Assert.Equal((1, Role.ServiceSupervisor), (warned.Case.Level.Value, warned.Case.Role));
        Assert.Equal(warned.Case.Cause, climbed.Case.Cause);
        Assert.Equal((2, Role.ServiceManager), (climbed.Case.Level.Value, climbed.Case.Role));
        Assert.Contains(climbed.Case.Cause, Pages.RowIds(await Pages.GetAsync(host.Client(WebHost.Manager), "/escalations"), "data-cause"));
    }

    [Fact]
    public async Task On_a_completed_ticket_sign_off_is_the_offered_link_and_the_page_token_gets_it()
    {
        var clock = new FakeClock(SystemClock.Instance.GetCurrentInstant());
        using var host = WebHost.OnClock(clock);
        await host.BringToWorkCompletedAsync("RT-clock-link");
        var client = host.Client(WebHost.Officer);
        var html = await Pages.GetAsync(client, "/tickets/RT-clock-link");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sites/{WebHost.Site}/repairs/RT-clock-link/resident-links")
        {
            Content = JsonContent.Create(new { action = "sign-off" }),
        };
        request.Headers.Add("RequestVerificationToken", Pages.MetaToken(html));
        var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("data-action=\"sign-off\" data-relevant=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-action=\"reject-work\" data-relevant=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"accept-quote\" data-relevant", html, StringComparison.Ordinal);
        Assert.Equal("WorkCompleted", Assert.Single(Pages.Diagram(html).Descendants(), e => e.Attribute("data-current")?.Value == "true").Attribute("data-state")?.Value);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("/resident/", json.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Polls as the host does until the inbox holds the ticket's notice at <paramref name="level"/>; the
    /// host's own poller may be delivering at the same moment, and then it hands the notice over.</summary>
    private static async Task<InboxEntry> NoticeAsync(ServiceCenter center, EscalationInbox inbox, FakeClock clock, int level)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await center.PollAsync(clock.GetCurrentInstant());
            if (inbox.Waiting(Site).SingleOrDefault(e => e.Case.AggregateId == "RT-clock-sla" && e.Case.Level.Value == level) is { } entry)
            {
                return entry;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No level-{level} notice for RT-clock-sla reached the inbox.");
    }

    private static async Task<string> ClassOfAsync(HttpClient client)
    {
        var html = await Pages.GetAsync(client, "/");
        var row = html[html.IndexOf("<tr data-ticket-id=\"RT-clock-sla\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var start = row.IndexOf("class=\"sla-countdown ", StringComparison.Ordinal) + "class=\"sla-countdown ".Length;
        return row[start..row.IndexOf('"', start)];
    }
}
