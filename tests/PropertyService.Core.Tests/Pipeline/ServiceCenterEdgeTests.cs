using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;
using static PropertyService.DependencyInjection.PropertyServiceHost;

namespace PropertyService.Pipeline;

/// <summary>The pipeline's batches, sites, boundaries, arguments and what it reports.</summary>
public sealed class ServiceCenterEdgeTests
{
    private static readonly SiteId Other = new("GZ-02");
    private static readonly Actor OtherOfficer = new("O9", "外站客服", Other, Role.Officer);

    private static ServiceCenter Center(
        out InMemoryEscalationNotifier notifier, IEnumerable<IEscalationRule>? rules = null, IEnumerable<IDomainEventHandler>? handlers = null,
        ILogger<ServiceCenter>? logger = null, EscalationOptions? options = null)
    {
        notifier = new InMemoryEscalationNotifier();
        return new ServiceCenter(
            new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
            rules ?? EscalationRules.CreateBuiltIn(),
            [notifier],
            handlers ?? [],
            new EscalationBoard(options),
            logger);
    }

    private static RepairTicket Report(string id = "RT-1", Actor? by = null, Instant? at = null) =>
        RepairTicket.Report(id, Request(), by ?? Officer, at ?? Start).Value.Aggregate;

    private static RepairTicket Issued(string id = "RT-1", Actor? by = null)
    {
        var ticket = Report(id, by);
        Assert.True(ticket.IssueWorkOrder(by ?? Officer, new InMemoryWorkOrderNumberSource(), Start + Duration.FromMinutes(1)).IsSuccess);
        return ticket;
    }

    [Fact]
    public async Task A_new_streams_events_in_one_batch_and_several_streams_mixed_are_published()
    {
        var center = Center(out _);
        var a = Issued("RT-A");
        var b = Issued("RT-B");
        await center.PublishAsync([a.Events[0], b.Events[0], a.Events[1], b.Events[1]]);
        Assert.NotEmpty(center.Timers(Site, "RT-A", Start));
        Assert.NotEmpty(center.Timers(Site, "RT-B", Start));

        var c = Issued("RT-C");
        Assert.True(c.NotifyEngineering(Officer, Start + Duration.FromMinutes(2)).IsSuccess);
        var gap = await Assert.ThrowsAsync<ArgumentException>(async () => await center.PublishAsync([c.Events[0], b.Events[1], c.Events[2]]));
        Assert.Contains("events[2]: EngineeringNotified of RT-C at site SZ-01 has version 3, but the stream published so far ends at version 1", gap.Message);
        Assert.Empty(center.Timers(Site, "RT-C", Start));
        await center.PublishAsync(c.Events.Select(e => e)); // a lazy sequence is taken as well
        Assert.Contains(center.Timers(Site, "RT-C", Start + Duration.FromMinutes(1)), t => t.Target.Name == SlaDefaults.WorkOrderTarget && t.State == SlaTimerState.Met);
    }

    [Fact]
    public async Task The_same_ticket_number_at_two_sites_is_two_streams()
    {
        var center = Center(out var notifier);
        var here = Issued("RT-1");
        var there = Report("RT-1", OtherOfficer);
        await center.PublishAsync([here.Events[0], there.Events[0], here.Events[1]]);
        await center.PollAsync(Start + Duration.FromMinutes(30));
        Assert.Equal([Other, Other, Other], notifier.Notices.Where(n => n.Cause == "sla/RT-1/RP-09 work order").Select(n => n.Site));
        Assert.Contains(center.Timers(Site, "RT-1", Start + Duration.FromMinutes(30)), t => t.State == SlaTimerState.Met);
        Assert.Contains(center.Timers(Other, "RT-1", Start + Duration.FromMinutes(30)), t => t.State == SlaTimerState.Breached);
    }

    [Fact]
    public async Task Alerts_of_several_sites_come_in_time_order()
    {
        var center = Center(out var notifier);
        await center.PublishAsync(Report("RT-1", Officer, Start + Duration.FromMinutes(1)).Events);
        await center.PublishAsync(Report("RT-2", OtherOfficer, Start).Events);
        await center.PollAsync(Start + Duration.FromMinutes(10));
        Assert.Equal([(Other, 1), (Other, 2), (Site, 1), (Site, 2)], notifier.Notices.Select(n => (n.Site, n.Level.Value)).Take(4));
        Assert.True(notifier.Notices.Select(n => n.DueAt).SequenceEqual(notifier.Notices.Select(n => n.DueAt).Order()));
    }

    [Fact]
    public async Task Nothing_due_exactly_now_is_raised_yet()
    {
        var center = Center(out var notifier);
        await center.PublishAsync(Report().Events);
        var warningAt = Start + Duration.FromSeconds(135);
        Assert.Empty((await center.PollAsync(warningAt)).Notices);
        Assert.Single((await center.PollAsync(warningAt + Duration.Epsilon)).Notices);
    }

    [Fact]
    public async Task At_the_same_instant_an_alert_comes_before_a_climb()
    {
        var center = Center(out var notifier, options: new EscalationOptions { AcknowledgeWithin = Duration.FromMinutes(1) });
        await center.PublishAsync(Report("RT-1").Events);                                      // L1 2:15, L2 3:00, climbs to L3 at 4:00
        await center.PublishAsync(Report("RT-2", Officer, Start + Duration.FromSeconds(105)).Events); // warning at 1:45 + 2:15 = 4:00
        await center.PollAsync(Start + Duration.FromMinutes(4) + Duration.Epsilon);
        var atFour = notifier.Notices.Where(n => n.DueAt == Start + Duration.FromMinutes(4)).Select(n => (n.AggregateId, n.Climbed)).ToList();
        Assert.Equal([("RT-2", false), ("RT-1", true)], atFour);
    }

    [Fact]
    public async Task Rules_see_the_streams_history_RP16()
    {
        var center = Center(out var notifier);
        var events = WorkRejectedTwice();
        await center.PublishAsync(events);
        Assert.Contains(notifier.Notices, n => n.RuleId == "RP-16" && n.Role == Role.EngineeringSupervisor);
    }

    [Fact]
    public async Task A_rule_that_throws_on_an_event_is_reported_its_half_made_decisions_dropped_and_the_others_run()
    {
        var logger = new FakeLogger<ServiceCenter>();
        var center = Center(out var notifier, rules: [new RaiseThenThrow(), .. EscalationRules.CreateBuiltIn()], logger: logger);
        await center.PublishAsync(WorkRejectedTwice());
        Assert.DoesNotContain(notifier.Notices, n => n.Cause.StartsWith("half", StringComparison.Ordinal));
        Assert.Contains(notifier.Notices, n => n.RuleId == "RP-16");
        var failure = logger.Collector.GetSnapshot().First(r => r.Level == LogLevel.Error);
        Assert.Equal("rule RaiseThenThrow failed on RepairReported of RT-1; the others still received it", failure.Message);
        Assert.IsType<InvalidOperationException>(failure.Exception);
        var poll = await center.PollAsync(Start);
        Assert.Contains(poll.Failures, f => (f.Component, f.Name, f.Item) == ("rule", nameof(RaiseThenThrow), nameof(RepairReported)));
    }

    [Fact]
    public async Task Logs_say_what_the_pipeline_did()
    {
        var logger = new FakeLogger<ServiceCenter>();
        logger.ControlLevel(LogLevel.Debug, true);
        var center = Center(out _, logger: logger, handlers: [new Failing()]);
        var ticket = Report();
        await center.ExecuteAsync(() => ticket.SignOff(Officer, Owner, Start));
        await center.PublishAsync(ticket.Events);
        await center.PollAsync(Start + Duration.FromMinutes(5));
        var ack = await center.AcknowledgeAsync(Site, "sla/RT-1/RP-09 work order", ServiceManager, Start + Duration.FromMinutes(5));
        Assert.True(ack.IsSuccess);

        var messages = logger.Collector.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains("Command SignOff rejected: repair.role-not-allowed (RP-16, field Actor)", messages);
        Assert.Contains("Committed 1 event(s) of RT-1 up to version 1", messages);
        Assert.Contains(messages, m => m.StartsWith("SLA warning: RT-1 target RP-09 work order (RP-09) is due at", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("SLA breach: RT-1 missed target RP-09 work order (RP-09) due at", StringComparison.Ordinal));
        Assert.Contains("Escalation sla/RT-1/RP-09 work order at site SZ-01 to ServiceSupervisor (level 1, Urgent, RP-09, climbed False)", messages);
        Assert.Contains("Escalation sla/RT-1/RP-09 work order at site SZ-01 acknowledged at level 2 by SM1", messages);
        Assert.Contains("handler Failing failed on RepairReported of RT-1; the others still received it", messages);
    }

    [Fact]
    public async Task A_delivery_cancelled_between_two_subscribers_stops_there_and_resumes_there()
    {
        var second = new Recording();
        using var cancel = new CancellationTokenSource();
        var center = Center(out _, handlers: [new CancelQuietly(cancel), second]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await center.PublishAsync(Report().Events, cancel.Token));
        Assert.Empty(second.Events);
        await center.PollAsync(Start);
        Assert.Single(second.Events);
    }

    [Fact]
    public async Task A_rejected_creation_is_returned_and_nothing_is_published()
    {
        var center = Center(out _);
        var blank = new RepairRequest(RepairChannel.Call, Owner, Owner.Phone, Location.InUnit(new UnitAddress("3", "2", "1201")), RepairCategory.Unit, " ");
        var result = await center.CreateAsync(() => RepairTicket.Report("RT-1", blank, Officer, Start));
        Assert.True(result.IsRejected);
        Assert.Empty(center.Timers(Site, "RT-1", Start));
        Assert.Null(center.NextDue);
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        var center = Center(out _);
        Assert.Throws<ArgumentNullException>(() => center.Timers(Site, null!, Start));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await center.ExecuteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await center.CreateAsync<RepairTicket>(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await center.PublishAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await center.AcknowledgeAsync(Site, null!, ServiceSupervisor, Start));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await center.AcknowledgeAsync(Site, "c", null!, Start));
        Assert.Contains("Site SZ-01 has no fee schedule", Assert.Throws<InvalidOperationException>(() => center.Fees(Site)).Message);
    }

    [Fact]
    public void Site_configurations_are_checked()
    {
        var tracker = new SlaTracker([SlaDefaults.Policy]);
        Assert.Contains("needs its site", Assert.Throws<ArgumentException>(() => new SiteConfiguration(default, tracker, EscalationLadder.Default, null)).Message);
        var site = new SiteConfiguration(Site, tracker, EscalationLadder.Default, null);
        Assert.Contains("Site SZ-01 is configured twice", Assert.Throws<ArgumentException>(() => new SiteDirectory([site, site], s => site)).Message);
        Assert.Throws<ArgumentNullException>(() => new SiteDirectory([null!], s => site));
        var directory = new SiteDirectory([site], s => new SiteConfiguration(s, tracker, EscalationLadder.Default, null));
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => directory.For(default)).Message);
        Assert.Same(directory.For(Other), directory.For(Other));
        Assert.Same(site, directory.For(Site));
    }

    [Fact]
    public async Task A_command_runs_in_an_activity_named_command_with_its_aggregate_event_count_and_refusal()
    {
        var seen = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == Diagnostics.PropertyServiceDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (seen) { seen.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var center = Center(out _);
        var ticket = (await center.CreateAsync(() => RepairTicket.Report("RT-ACT-2", Request(), Officer, Start))).Value.Aggregate;
        await center.ExecuteAsync(() => ticket.SignOff(Officer, Owner, Start));

        List<Activity> mine;
        lock (seen)
        {
            mine = [.. seen.Where(a => a.GetTagItem("propertyservice.aggregate") as string == "RT-ACT-2" || a.GetTagItem("propertyservice.rejection.code") is not null)];
        }

        var created = Assert.Single(mine, a => a.GetTagItem("propertyservice.aggregate") as string == "RT-ACT-2");
        Assert.Equal(("command", 1), (created.OperationName, (int)created.GetTagItem("propertyservice.events")!));
        Assert.Contains(mine, a => a.OperationName == "command" && a.GetTagItem("propertyservice.rejection.rule") as string == "RP-16");
    }

    private static List<DomainEvent> WorkRejectedTwice()
    {
        var fixture = new RepairFixture();
        var ticket = fixture.ReadyToAssign();
        RepairFixture.Ok(ticket.Assign(RepairFixture.EngineeringSupervisor, RepairFixture.Technician, fixture.Now));
        RepairFixture.Ok(ticket.Arrive(RepairFixture.Technician, fixture.Now));
        for (var i = 0; i < 2; i++)
        {
            RepairFixture.Ok(ticket.CompleteWork(RepairFixture.Technician, null, fixture.Now));
            RepairFixture.Ok(ticket.RejectWork(RepairFixture.ResidentActor, RepairFixture.Owner, "Still drips", fixture.Now));
        }

        return [.. ticket.Events];
    }

    private sealed class RaiseThenThrow : IEscalationRule
    {
        public void OnEvent(DomainEvent e, EscalationContext context)
        {
            context.Raise(new EscalationRequest("half/" + e.Version, e.AggregateId, EscalationDepartment.Service, EscalationLevel.Supervisor, EscalationUrgency.Normal, "X", new EscalationReason("x", "x")));
            throw new InvalidOperationException("bug after raising");
        }
    }

    private sealed class Failing : IDomainEventHandler
    {
        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken) => throw new InvalidOperationException("down");
    }

    private sealed class Recording : IDomainEventHandler
    {
        public List<DomainEvent> Events { get; } = [];

        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            Events.Add(e);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class CancelQuietly(CancellationTokenSource source) : IDomainEventHandler
    {
        private bool _done;

        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            if (!_done)
            {
                _done = true;
                source.Cancel();
            }

            return ValueTask.CompletedTask;
        }
    }
}
