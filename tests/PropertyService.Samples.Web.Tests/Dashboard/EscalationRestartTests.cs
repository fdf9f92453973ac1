using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Dashboard;
using PropertyService.Samples.Web.Http;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class EscalationRestartTests : IClassFixture<WebHost>
{
    private static readonly SiteId Site = new(WebHost.Site);
    private readonly WebHost _host;

    public EscalationRestartTests(WebHost host) => _host = host;

    [Fact]
    public async Task An_escalation_waiting_for_acknowledgement_is_still_waiting_on_the_dashboard_after_a_restart_HR08()
    {
        var services = _host.Factory.Services;
        var center = services.GetRequiredService<ServiceCenter>();
        var store = services.GetRequiredService<IEventStore>();
        var officer = DashboardPagesTests.Officer;
        var at = SystemClock.Instance.GetCurrentInstant() - Duration.FromSeconds(5);
        var received = HelpRequest.Receive("HR-restart", officer, HelpKind.MedicalEmergency, at, isMajor: true).Value;
        Assert.Null(await AggregateCommit.CommitAsync(store, center, received.Aggregate, 0, received.Events, CancellationToken.None));
        var contact = received.Aggregate.RecordContact(officer, Location.InUnit(new UnitAddress("3", "2", "1201")), ContactPhone.Parse("138 1234 5678"), at + Duration.FromSeconds(1));
        Assert.Null(await AggregateCommit.CommitAsync(store, center, received.Aggregate, 1, contact.Value, CancellationToken.None));
        Assert.NotNull(center.Escalations.Find(Site, "HR-08/HR-restart"));

        _host.Restart();
        var supervisor = _host.Client(WebHost.Supervisor);
        var html = await Pages.GetAsync(supervisor, "/escalations");

        Assert.Contains("HR-08/HR-restart", Pages.RowIds(html, "data-cause"));
        Assert.Contains("HR-08/HR-restart", Pages.RowIds(await Pages.GetAsync(supervisor, "/"), "data-cause"));

        // And it can be taken on there, as before the restart.
        var acknowledged = await supervisor.PostAsync("/escalations/acknowledge", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Pages.Token(html),
            ["cause"] = "HR-08/HR-restart",
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.DoesNotContain("HR-08/HR-restart", Pages.RowIds(await Pages.GetAsync(supervisor, "/escalations"), "data-cause"));
    }
}
