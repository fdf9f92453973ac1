using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.Pipeline;
using PropertyService.Samples.Web.Http;
using PropertyService.Samples.Web.Shifts;
using PropertyService.Shifts;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class RosterPageTests : IClassFixture<WebHost>
{
    private static readonly SiteId Site = new(WebHost.Site);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly WebHost _host;

    public RosterPageTests(WebHost host) => _host = host;

    [Fact]
    public async Task Todays_shifts_and_the_open_handovers_are_shown_with_their_state()
    {
        var today = SystemClock.Instance.GetCurrentInstant().InZone(Shanghai).Date;
        var factory = _host.Factory;
        var client = _host.Client(WebHost.Supervisor);
        var rosters = factory.Services.GetRequiredService<SiteRosters>();
        var yesterday = rosters.For(Site, today.PlusDays(-1));
        var roster = rosters.For(Site, today);

        var night = yesterday.Shifts.Single(s => s.Date == today.PlusDays(-1) && s.Name == DutyRosterDefaults.NightShift);
        var morning = yesterday.NextShiftChange(night.Start)!;
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
