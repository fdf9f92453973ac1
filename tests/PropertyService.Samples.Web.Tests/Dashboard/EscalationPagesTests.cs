using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Dashboard;
using PropertyService.Samples.Web.Http;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class EscalationPagesTests : IClassFixture<WebHost>
{
    private static readonly SiteId Site = new(WebHost.Site);
    private readonly WebHost _host;

    public EscalationPagesTests(WebHost host) => _host = host;

    [Fact]
    public async Task A_major_emergency_reaches_the_inbox_and_the_overview_HR08()
    {
        await MajorEmergencyAsync("HR-dash-inbox");

        var entry = Assert.Single(Inbox.Waiting(Site), e => e.Case.AggregateId == "HR-dash-inbox");
        var html = await Pages.GetAsync(_host.Client(WebHost.Officer), "/");

        Assert.Equal("HR-08", entry.Case.RuleId);
        Assert.Equal(Role.ServiceSupervisor, entry.Case.Role);
        Assert.Contains("HR-dash-inbox", Pages.RowIds(html, "data-help-id"));
        Assert.Contains("HR-08/HR-dash-inbox", Pages.RowIds(html, "data-cause"));
    }

    [Fact]
    public async Task Only_roles_that_may_acknowledge_get_the_form()
    {
        await MajorEmergencyAsync("HR-dash-form");

        var officer = await Pages.GetAsync(_host.Client(WebHost.Officer), "/escalations");
        var supervisor = await Pages.GetAsync(_host.Client(WebHost.Supervisor), "/escalations?lang=en");

        Assert.Contains("HR-08/HR-dash-form", Pages.RowIds(officer, "data-cause"));
        Assert.DoesNotContain("value=\"HR-08/HR-dash-form\"", officer, StringComparison.Ordinal);
        Assert.Contains("name=\"cause\" value=\"HR-08/HR-dash-form\"", supervisor, StringComparison.Ordinal);
        Assert.Contains("Escalations awaiting acknowledgement", supervisor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_through_the_form_takes_the_escalation_off_the_waiting_list_HR08()
    {
        await MajorEmergencyAsync("HR-dash-ack");
        var supervisor = _host.Client(WebHost.Supervisor);
        var page = await Pages.GetAsync(supervisor, "/escalations");

        var response = await supervisor.PostAsync("/escalations/acknowledge", Form(Pages.Token(page), "HR-08/HR-dash-ack"));
        var after = await Pages.GetAsync(supervisor, "/escalations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/escalations", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("HR-08/HR-dash-ack", Pages.RowIds(after, "data-cause"));
        Assert.DoesNotContain(Inbox.Waiting(Site), e => e.Case.Cause == "HR-08/HR-dash-ack");
        var entry = Assert.Single(Inbox.Entries(Site), e => e.Case.Cause == "HR-08/HR-dash-ack");
        Assert.Equal("E1101", entry.Acknowledgement?.By.Id);
        Assert.NotNull(Center.Escalations.Find(Site, "HR-08/HR-dash-ack")?.Acknowledgement);
    }

    [Fact]
    public async Task An_officer_cannot_acknowledge_a_supervisor_level_escalation_and_it_keeps_waiting()
    {
        await MajorEmergencyAsync("HR-dash-officer");
        var officer = _host.Client(WebHost.Officer);
        var page = await Pages.GetAsync(officer, "/escalations");

        // The page offers the officer no form; a hand-made post with the page's token is refused by the library.
        var response = await officer.PostAsync("/escalations/acknowledge", Form(Pages.MetaToken(page), "HR-08/HR-dash-officer"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"ack-error\"", html, StringComparison.Ordinal);
        Assert.Contains(Inbox.Waiting(Site), e => e.Case.Cause == "HR-08/HR-dash-officer");
    }

    [Fact]
    public async Task Acknowledging_without_the_anti_forgery_token_is_refused()
    {
        await MajorEmergencyAsync("HR-dash-forged");
        var supervisor = _host.Client(WebHost.Supervisor);
        await Pages.GetAsync(supervisor, "/escalations");

        var response = await supervisor.PostAsync("/escalations/acknowledge", new FormUrlEncodedContent(new Dictionary<string, string> { ["cause"] = "HR-08/HR-dash-forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Inbox.Waiting(Site), e => e.Case.Cause == "HR-08/HR-dash-forged");
    }

    [Fact]
    public async Task Acknowledging_signed_out_goes_to_sign_in()
    {
        var response = await _host.Client(null).PostAsync("/escalations/acknowledge", new FormUrlEncodedContent(new Dictionary<string, string> { ["cause"] = "x" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?returnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_acknowledgement_made_elsewhere_is_picked_up_from_the_board()
    {
        await MajorEmergencyAsync("HR-dash-board");
        var manager = new Actor("E1201", "刘经理", Site, Role.ServiceManager);
        var acknowledged = await Center.AcknowledgeAsync(Site, "HR-08/HR-dash-board", manager, SystemClock.Instance.GetCurrentInstant());
        Assert.True(acknowledged.IsSuccess);

        var html = await Pages.GetAsync(_host.Client(WebHost.Officer), "/escalations");

        Assert.DoesNotContain("HR-08/HR-dash-board", Pages.RowIds(html, "data-cause"));
    }

    private EscalationInbox Inbox => _host.Factory.Services.GetRequiredService<EscalationInbox>();

    private ServiceCenter Center => _host.Factory.Services.GetRequiredService<ServiceCenter>();

    /// <summary>An officer receives a major medical emergency and records the contact: the library escalates it at once (HR-08).</summary>
    private async Task MajorEmergencyAsync(string id)
    {
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var officer = DashboardPagesTests.Officer;
        var at = SystemClock.Instance.GetCurrentInstant() - Duration.FromSeconds(5);
        var received = HelpRequest.Receive(id, officer, HelpKind.MedicalEmergency, at, isMajor: true).Value;
        var request = received.Aggregate;
        Assert.Null(await AggregateCommit.CommitAsync(store, Center, request, 0, received.Events, CancellationToken.None));
        var contact = request.RecordContact(officer, Location.InUnit(new UnitAddress("3", "2", "1201")), ContactPhone.Parse("138 1234 5678"), at + Duration.FromSeconds(1));
        Assert.True(contact.IsSuccess, contact.Rejection?.ToString());
        Assert.Null(await AggregateCommit.CommitAsync(store, Center, request, 1, contact.Value, CancellationToken.None));

        // When the host's poller is delivering at that moment, it hands the notice over: wait for it.
        for (var attempt = 0; attempt < 100 && !Inbox.Entries(Site).Any(e => e.Case.Cause == $"HR-08/{id}"); attempt++)
        {
            await Task.Delay(50);
        }
    }

    private static FormUrlEncodedContent Form(string token, string cause) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["cause"] = cause,
    });
}
