using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Samples.Web.Dashboard;

namespace PropertyService.Samples.Web.Tests.Dashboard;

public sealed class EscalationInboxTests
{
    private static readonly SiteId Site = new("SZ-VK-01");
    private static readonly SiteId Other = new("SZ-VK-02");
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 27, 6, 0);
    private static readonly Actor Supervisor = new("E1101", "陈主管", Site, Role.ServiceSupervisor);
    private readonly EscalationBoard _board = new();

    [Fact]
    public async Task Notices_are_kept_per_site_in_arrival_order()
    {
        var inbox = New();

        await inbox.NotifyAsync(Notice(Site, "A", T0), default);
        await inbox.NotifyAsync(Notice(Other, "B", T0), default);
        await inbox.NotifyAsync(Notice(Site, "C", T0 + Duration.FromMinutes(1)), default);

        Assert.Equal(["A", "C"], inbox.Waiting(Site).Select(e => e.Case.Cause));
        Assert.Equal(["B"], inbox.Waiting(Other).Select(e => e.Case.Cause));
    }

    [Fact]
    public async Task An_acknowledgement_takes_the_cause_off_the_waiting_list_and_a_climb_puts_it_back()
    {
        var inbox = New();
        await inbox.NotifyAsync(Notice(Site, "A", T0), default);
        var ack = _board.Acknowledge(Site, "A", Supervisor, T0 + Duration.FromMinutes(1)).Value;

        Assert.True(inbox.Acknowledge(Site, ack));
        Assert.False(inbox.Acknowledge(Site, ack));
        Assert.Empty(inbox.Waiting(Site));
        Assert.Same(ack, Assert.Single(inbox.Entries(Site)).Acknowledgement);

        await inbox.NotifyAsync(Notice(Site, "A", T0 + Duration.FromMinutes(2), level: 2), default);
        var waiting = Assert.Single(inbox.Waiting(Site));
        Assert.Equal(2, waiting.Case.Level.Value);
    }

    [Fact]
    public async Task Synchronize_copies_the_boards_acknowledgements()
    {
        var inbox = New();
        await inbox.NotifyAsync(Notice(Site, "A", T0), default);
        await inbox.NotifyAsync(Notice(Site, "B", T0), default);
        _board.Acknowledge(Site, "B", Supervisor, T0 + Duration.FromMinutes(1));

        inbox.Synchronize(Site, _board);

        Assert.Equal(["A"], inbox.Waiting(Site).Select(e => e.Case.Cause));
    }

    [Fact]
    public async Task A_full_site_drops_its_oldest_acknowledged_cause_first()
    {
        var inbox = new EscalationInbox(NullLogger<EscalationInbox>.Instance, capacity: 2);
        await inbox.NotifyAsync(Notice(Site, "A", T0), default);
        await inbox.NotifyAsync(Notice(Site, "B", T0), default);
        inbox.Acknowledge(Site, _board.Acknowledge(Site, "B", Supervisor, T0 + Duration.FromMinutes(1)).Value);

        await inbox.NotifyAsync(Notice(Site, "C", T0), default);
        await inbox.NotifyAsync(Notice(Site, "D", T0), default);

        Assert.Equal(["C", "D"], inbox.Entries(Site).Select(e => e.Case.Cause));
    }

    [Fact]
    public async Task Notices_from_many_threads_are_all_kept()
    {
        var inbox = New();
        var notices = Enumerable.Range(0, 200).Select(i => Notice(Site, $"N{i}", T0)).ToList();

        await Task.WhenAll(notices.Select(n => Task.Run(async () => await inbox.NotifyAsync(n, default))));

        Assert.Equal(200, inbox.Waiting(Site).Count);
    }

    [Fact]
    public void Capacity_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationInbox(NullLogger<EscalationInbox>.Instance, 0));

    [Fact]
    public void Only_the_notified_role_or_one_above_may_acknowledge()
    {
        var notice = Notice(Site, "A", T0).Case;

        Assert.True(EscalationsPage.MayAcknowledge(Supervisor, notice));
        Assert.True(EscalationsPage.MayAcknowledge(new Actor("E1301", "赵处长", Site, Role.SiteManager), notice));
        Assert.False(EscalationsPage.MayAcknowledge(new Actor("E1001", "王小明", Site, Role.Officer), notice));
        Assert.False(EscalationsPage.MayAcknowledge(new Actor("E5101", "Other", Other, Role.ServiceSupervisor), notice));
    }

    private static EscalationInbox New() => new(NullLogger<EscalationInbox>.Instance);

    private EscalationNotice Notice(SiteId site, string cause, Instant at, int level = 1) =>
        _board.Submit(site, EscalationLadder.Default,
            new EscalationRequest(cause, "RT-" + cause, EscalationDepartment.Service, new EscalationLevel(level), EscalationUrgency.Urgent, "RP-09",
                new EscalationReason("test", "a test reason")), at)!;
}
