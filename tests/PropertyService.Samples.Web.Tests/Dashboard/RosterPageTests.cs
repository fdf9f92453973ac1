using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Http;
using PropertyService.Shifts;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class RosterPageTests : IClassFixture<WebHost>
{
    private static readonly SiteId Site = new(WebHost.Site);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Actor Wang = new("E1001", "王小明", Site, Role.Officer);
    private static readonly Actor Li = new("E1002", "李娜", Site, Role.Officer);
    private static readonly Actor Zhou = new("E2101", "周师傅", Site, Role.Technician);
    private static readonly Actor Sun = new("E2102", "孙师傅", Site, Role.Technician);
    private readonly WebHost _host;

    public RosterPageTests(WebHost host) => _host = host;

    [Fact]
    public async Task Todays_shifts_and_the_open_handovers_are_shown_with_their_state()
    {
        var today = SystemClock.Instance.GetCurrentInstant().InZone(Shanghai).Date;
        var roster = DutyRoster.CreateBuilder(Site, today.PlusDays(-1), today.PlusDays(1))
            .SetRotation(DutyRosterDefaults.MorningShift, Wang, Li)
            .SetRotation(DutyRosterDefaults.NoonShift, Wang, Li)
            .SetRotation(DutyRosterDefaults.AfternoonShift, Wang, Li)
            .SetRotation(DutyRosterDefaults.NightShift, Zhou, Sun)
            .Build();
        using var factory = _host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(roster)));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.PostAsJsonAsync("/api/session", new { userName = WebHost.Supervisor, password = WebHost.Supervisor + "-demo" });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, signIn.StatusCode);

        var night = roster.Shifts.Single(s => s.Date == today.PlusDays(-1) && s.Name == DutyRosterDefaults.NightShift);
        var morning = roster.NextShiftChange(night.Start)!;
        var scheduled = ShiftHandover.Schedule("HO-dash-1", night, night.People[0], morning, morning.People[0], night.People[0], night.End - Duration.FromHours(1));
        Assert.True(scheduled.IsSuccess, scheduled.Rejection?.ToString());
        var store = factory.Services.GetRequiredService<IEventStore>();
        var center = factory.Services.GetRequiredService<ServiceCenter>();
        Assert.Null(await AggregateCommit.CommitAsync(store, center, scheduled.Value.Aggregate, 0, scheduled.Value.Events, CancellationToken.None));

        var html = await Pages.GetAsync(client, "/roster");

        var todays = roster.Shifts.Where(s => s.Date == today).Select(s => s.Name).ToList();
        Assert.NotEmpty(todays);
        Assert.Equal(todays, Pages.RowIds(html, "data-shift"));
        Assert.Equal(["HO-dash-1"], Pages.RowIds(html, "data-handover-id"));
        Assert.Contains("data-handover-id=\"HO-dash-1\" data-state=\"AwaitingIncoming\"", html, StringComparison.Ordinal);
        Assert.Contains("等待接班人", html, StringComparison.Ordinal);
    }
}
