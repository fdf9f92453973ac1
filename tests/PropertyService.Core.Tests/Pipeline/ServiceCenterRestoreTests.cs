using System.Diagnostics.Metrics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Diagnostics;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;
using PropertyService.Storage;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Pipeline;

/// <summary>
/// A host stops and another starts from the same store (<see cref="ServiceCenter.RestoreAsync"/>): every SLA alert and
/// escalation notice is raised once over both lives, none twice and none lost, as by a host that never stopped. Each
/// host runs commands as a real one does: through an <see cref="EventStoreRepository{TAggregate}"/>, then publishes
/// the events; it polls with <see cref="ServiceCenter.PollAsync"/>.
/// </summary>
public sealed class ServiceCenterRestoreTests
{
    private static readonly SiteId OtherSite = new("GZ-02");
    private static readonly Actor OtherOfficer = new("O9", "外站客服", OtherSite, Role.Officer);

    private static Instant At(int minutes, int seconds = 0) => Start + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    private static string WorkOrderCause(string id) => $"sla/{id}/{SlaDefaults.WorkOrderTarget}";

    [Fact]
    public async Task After_a_restart_the_RP09_warning_is_not_raised_again_and_later_RP09_and_RP12_alerts_match_a_host_that_never_stopped()
    {
        var store = new InMemoryEventStore();
        var numbers = new InMemoryWorkOrderNumberSource();
        var first = new Host(store, numbers);
        var twin = new Host(new InMemoryEventStore());
        foreach (var host in new[] { first, twin })
        {
            await host.ReportAsync("RT-1", At(0));
            await host.PollAsync(At(2, 30)); // the RP-09 warning falls due at 10:02:15 (75 % of 3 minutes)
        }

        Assert.Equal([$"{Site} {WorkOrderCause("RT-1")} L1 ServiceSupervisor at {At(2, 15)}"], first.Notices);
        Assert.Equal(At(2, 30), await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));

        // The first host stops here; the second starts from the same store.
        var second = new Host(store, numbers);
        Assert.Equal(1, await second.Center.RestoreAsync(Site));
        var same = await second.PollAsync(At(2, 30));
        Assert.Empty(same.Alerts);
        Assert.Empty(same.Notices);
        Assert.Empty(second.Notifier.Notices);
        Assert.Empty(second.Alerts);

        // From here both go on alike: every poll raises the same alerts and notices at the same instants. The RP-09
        // breach (10:03) and its climb (10:13), the late work order, then RP-12: the technician is due 10 minutes after
        // collection and arrives late.
        Assert.Equal(Describe(await twin.PollAsync(At(10))), Describe(await second.PollAsync(At(10))));
        foreach (var host in new[] { second, twin })
        {
            await host.IssueWorkOrderAsync("RT-1", At(11));
            await host.NotifyEngineeringAsync("RT-1", At(12));
            await host.CollectAsync("RT-1", At(13));
        }

        Assert.Equal(Describe(await twin.PollAsync(At(20))), Describe(await second.PollAsync(At(20))));
        foreach (var host in new[] { second, twin })
        {
            await host.AssignAsync("RT-1", At(21));
        }

        var late = await second.PollAsync(At(25));
        Assert.Equal(Describe(await twin.PollAsync(At(25))), Describe(late));
        Assert.Contains(late.Alerts, a => a is SlaBreached && a.Target.Name == SlaDefaults.ArrivalTarget && a.DueAt == At(23));
        foreach (var host in new[] { second, twin })
        {
            await host.ArriveAsync("RT-1", At(30));
        }

        Assert.Equal(Describe(await twin.PollAsync(At(90))), Describe(await second.PollAsync(At(90))));
        Assert.Equal(twin.Notices, [.. first.Notices, .. second.Notices]);
        Assert.Equal(twin.Alerts, [.. first.Alerts, .. second.Alerts]);
    }

    [Fact]
    public async Task A_publish_that_raised_RP09_alerts_records_the_checkpoint_so_a_restart_without_a_poll_does_not_raise_them_again()
    {
        var store = new InMemoryEventStore();
        var first = new Host(store);
        var twin = new Host(new InMemoryEventStore());
        foreach (var host in new[] { first, twin })
        {
            await host.ReportAsync("RT-1", At(0));  // RP-09 warning 10:02:15, breach 10:03
            await host.ReportAsync("RT-2", At(4));  // publishing it raises RT-1's warning and breach; RT-2's fall due at 10:06:15 and 10:07
        }

        Assert.Equal(
            [$"{Site} {WorkOrderCause("RT-1")} L1 ServiceSupervisor at {At(2, 15)}", $"{Site} {WorkOrderCause("RT-1")} L2 ServiceManager at {At(3)}"],
            first.Notices);
        Assert.Equal(At(4), await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint)); // never polled: the publish recorded it

        var second = new Host(store);
        Assert.Equal(2, await second.Center.RestoreAsync(Site));
        var poll = await second.PollAsync(At(10));
        Assert.Equal(Describe(await twin.PollAsync(At(10))), Describe(poll));
        Assert.All(poll.Alerts, a => Assert.Equal("RT-2", a.AggregateId));
        Assert.Equal([(SlaDefaults.WorkOrderTarget, At(6, 15)), (SlaDefaults.WorkOrderTarget, At(7))], poll.Alerts.Select(a => (a.Target.Name, a.DueAt)));

        // The RT-1 breach (10:03) still climbs 10 minutes later, once.
        Assert.Equal(Describe(await twin.PollAsync(At(60))), Describe(await second.PollAsync(At(60))));
        Assert.Equal(twin.Notices, [.. first.Notices, .. second.Notices]);
    }

    [Fact]
    public async Task A_publish_that_raised_nothing_records_no_checkpoint()
    {
        var store = new InMemoryEventStore();
        var host = new Host(store);
        await host.ReportAsync("RT-1", At(0));
        await host.IssueWorkOrderAsync("RT-1", At(1)); // in time (RP-09): nothing falls due
        Assert.Empty(host.Notices);
        Assert.Null(await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));
    }

    [Fact]
    public async Task An_RP09_alert_due_before_an_event_stored_but_not_published_when_the_host_stopped_is_raised_by_the_restore()
    {
        var store = new InMemoryEventStore();
        var first = new Host(store);
        var twin = new Host(new InMemoryEventStore());
        await first.ReportAsync("RT-1", At(0));
        await twin.ReportAsync("RT-1", At(0));
        await twin.IssueWorkOrderAsync("RT-1", At(5)); // late: the twin raises the RP-09 warning and breach before it

        // The first host stores the same late command and stops before publishing it: nobody was told.
        var numbers = new InMemoryWorkOrderNumberSource();
        Assert.True((await first.Tickets.ExecuteAsync(Site, "RT-1", t => t.IssueWorkOrder(Officer, numbers, At(5)))).IsSuccess);
        Assert.Empty(first.Notices);

        var second = new Host(store);
        Assert.Equal(2, await second.Center.RestoreAsync(Site));
        Assert.Equal(twin.Notices, second.Notices);
        Assert.Equal(2, second.Notices.Count);
        Assert.Equal(twin.Alerts, second.Alerts);
    }

    [Fact]
    public async Task Replay_reaches_no_subscriber_notifier_metric_or_log_and_a_second_restore_replays_nothing_and_changes_nothing()
    {
        var store = new InMemoryEventStore();
        var numbers = new InMemoryWorkOrderNumberSource();
        var first = new Host(store, numbers);
        var twin = new Host(new InMemoryEventStore());
        foreach (var host in new[] { first, twin })
        {
            await host.ReportAsync("RT-1", At(0));
            await host.ReportAsync("RT-2", At(1));
            await host.IssueWorkOrderAsync("RT-1", At(5)); // late: RT-1's warning and breach are raised before it
            await host.PollAsync(At(6));                   // RT-2's too
        }

        Assert.Equal(4, first.Notices.Count);
        using var meters = new DiagnosticsTests.TestMeterFactory();
        using var warnings = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.SlaWarnings);
        using var breaches = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.SlaBreaches);
        using var escalations = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.Escalations);
        using var opened = new MetricCollector<long>(meters, PropertyServiceDiagnostics.MeterName, PropertyServiceDiagnostics.TicketsOpened);
        var subscriber = new Recorder();
        var second = new Host(store, numbers, [subscriber], meters);

        Assert.Equal(store.Count, await second.Center.RestoreAsync(Site));
        Assert.Equal(3, store.Count);
        Assert.Empty(subscriber.Events);
        Assert.Empty(second.Notifier.Notices);
        Assert.Empty(second.Logger.Collector.GetSnapshot());
        Assert.Empty(warnings.GetMeasurementSnapshot());
        Assert.Empty(breaches.GetMeasurementSnapshot());
        Assert.Empty(escalations.GetMeasurementSnapshot());
        Assert.Empty(opened.GetMeasurementSnapshot());

        // The pipeline holds what the first host held: the timers, the escalations and when they climb.
        var restored = State(second.Center, At(6));
        Assert.Equal(State(twin.Center, At(6)), restored);
        Assert.Contains($"{WorkOrderCause("RT-1")} L2 climbs at {At(13)}", restored);

        Assert.Equal(0, await second.Center.RestoreAsync(Site));
        Assert.Equal(restored, State(second.Center, At(6)));
        Assert.Empty(second.Notifier.Notices);
        Assert.Empty(second.Logger.Collector.GetSnapshot());

        Assert.Equal(Describe(await twin.PollAsync(At(60))), Describe(await second.PollAsync(At(60))));
        Assert.Empty(subscriber.Events);
        Assert.Equal(twin.Notices, [.. first.Notices, .. second.Notices]);
    }

    [Fact]
    public async Task Sites_restore_apart_one_sites_events_and_checkpoint_do_not_reach_another()
    {
        // Two hosts, one per site, share a store. The one of GZ-02 polled last at 10:05 and stopped: RT-1's RP-09 warning
        // and breach were notified, its climb (10:13) and RT-2's alerts (10:06:15, 10:07) were not. The one of SZ-01 went on
        // to 10:20. A new host takes both sites over, restoring them in either order: SZ-01's later events and checkpoint
        // must not mark GZ-02's alerts or climbs as raised.
        foreach (var otherFirst in new[] { true, false })
        {
            var store = new InMemoryEventStore();
            var here = new Host(store);
            var there = new Host(store);
            var thereTwin = new Host(new InMemoryEventStore());
            await here.ReportAsync("RT-1", At(0));
            foreach (var host in new[] { there, thereTwin })
            {
                await host.ReportAsync("RT-1", At(0), OtherOfficer);
                await host.ReportAsync("RT-2", At(4), OtherOfficer);
                await host.PollAsync(At(5));
            }

            await here.ReportAsync("RT-2", At(15));
            await here.PollAsync(At(20));
            Assert.Equal(At(20), await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));
            Assert.Equal(At(5), await store.ReadCheckpointAsync(OtherSite, ServiceCenter.RaisedUntilCheckpoint));

            var next = new Host(store);
            foreach (var site in otherFirst ? [OtherSite, Site] : new[] { Site, OtherSite })
            {
                Assert.Equal(2, await next.Center.RestoreAsync(site));
            }

            var poll = await next.PollAsync(At(20));
            Assert.Equal(Describe(await thereTwin.PollAsync(At(20))), Describe(poll));
            Assert.Equal(
                [
                    $"{OtherSite} {WorkOrderCause("RT-2")} L1 ServiceSupervisor at {At(6, 15)}",
                    $"{OtherSite} {WorkOrderCause("RT-2")} L2 ServiceManager at {At(7)}",
                    $"{OtherSite} {WorkOrderCause("RT-1")} L3 SiteManager at {At(13)} climbed",
                    $"{OtherSite} {WorkOrderCause("RT-2")} L3 SiteManager at {At(17)} climbed",
                ],
                next.Notices);
        }

        // Restoring one site brings nothing of the other, and the poll after it records only that site's checkpoint.
        var shared = new InMemoryEventStore();
        var writer = new Host(shared);
        await writer.ReportAsync("RT-1", At(0));
        await writer.ReportAsync("RT-1", At(0), OtherOfficer);
        var onlyHere = new Host(shared);
        Assert.Equal(1, await onlyHere.Center.RestoreAsync(Site));
        Assert.NotEmpty(onlyHere.Center.Timers(Site, "RT-1", At(1)));
        Assert.Empty(onlyHere.Center.Timers(OtherSite, "RT-1", At(1)));
        Assert.Empty(onlyHere.Center.Escalations.Cases(OtherSite));
        var alone = await onlyHere.PollAsync(At(30));
        Assert.Equal([SlaDefaults.WorkOrderTarget, SlaDefaults.WorkOrderTarget], alone.Alerts.Select(alert => alert.Target.Name)); // one ticket's warning and breach
        Assert.All(alone.Notices, n => Assert.Equal(Site, n.Site));
        Assert.Equal(At(30), await shared.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));
        Assert.Null(await shared.ReadCheckpointAsync(OtherSite, ServiceCenter.RaisedUntilCheckpoint));
    }

    [Fact]
    public async Task Restoring_without_a_store_is_refused_with_a_message_that_says_how_to_give_one()
    {
        var host = new Host(store: null);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await host.Center.RestoreAsync(Site));
        Assert.Contains("no event store", error.Message, StringComparison.Ordinal);
        Assert.Contains("UseInMemoryStore", error.Message, StringComparison.Ordinal);

        // Polling without a store still works; it just records nothing.
        await host.Center.PublishAsync(RepairTicket.Report("RT-1", Request("S-01"), Officer, Start).Value.Events);
        Assert.Equal(2, (await host.Center.PollAsync(At(10))).Alerts.Count);
    }

    [Fact]
    public async Task NextDeadline_is_the_earliest_open_deadline_and_lets_the_store_find_tickets_due_RP09_RP12()
    {
        var store = new InMemoryEventStore();
        var host = new Host(store);
        Assert.Throws<ArgumentNullException>(() => host.Center.NextDeadline(null!));

        async Task<IReadOnlyList<string>> DueBefore(Instant at) =>
            [.. (await store.QueryAsync(Site, new StreamQuery { DueBefore = at })).Select(s => $"{s.StreamId} {s.Status.DueAt}")];

        async Task<Instant?> Next(string id) => host.Center.NextDeadline((await host.Tickets.LoadAsync(Site, id))!);

        // RP-09: the work order is due 3 minutes after the report.
        await host.ReportAsync("RT-1", At(0));
        Assert.Equal(At(3), await Next("RT-1"));
        Assert.Equal([$"RT-1 {At(3)}"], await DueBefore(At(3, 30)));
        Assert.Empty(await DueBefore(At(3)));

        // Issued at 10:02: the work order is met, engineering is due 2 minutes later (10:04), no longer before 10:03:30.
        await host.IssueWorkOrderAsync("RT-1", At(2));
        Assert.Equal(At(4), await Next("RT-1"));
        Assert.Empty(await DueBefore(At(3, 30)));

        // Engineering notified: no timer runs until collection.
        await host.NotifyEngineeringAsync("RT-1", At(3));
        Assert.Null(await Next("RT-1"));
        Assert.Empty(await DueBefore(At(600)));

        // RP-12: collected at 10:04, the technician is due at 10:14. Assigned late (10:16), the ticket is overdue and
        // must still be found by "due before now".
        await host.CollectAsync("RT-1", At(4));
        Assert.Equal(At(14), await Next("RT-1"));
        await host.AssignAsync("RT-1", At(16));
        Assert.Equal(At(14), await Next("RT-1"));
        Assert.Equal([$"RT-1 {At(14)}"], await DueBefore(At(16)));

        // Arrived: every timer stopped.
        await host.ArriveAsync("RT-1", At(17));
        Assert.Null(await Next("RT-1"));
        Assert.Empty(await DueBefore(At(600)));
    }

    [Property(MaxTest = 50)]
    public Property Alerts_raised_before_a_stop_and_after_the_restore_are_exactly_those_of_a_host_that_never_stopped() =>
        Prop.ForAll(Days.ToArbitrary(), day => Survives(day).GetAwaiter().GetResult());

    [Fact]
    public async Task PollAsync_writes_the_checkpoint_into_the_store_registered_with_UseInMemoryStore_and_a_new_host_restores_from_it()
    {
        using var first = new PropertyServiceHost(b => b.UseInMemoryStore());
        var store = Assert.IsType<InMemoryEventStore>(first.Provider.GetRequiredService<IEventStore>());
        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, first.Center.NextDeadline);
        var created = await tickets.CreateAsync(() => RepairTicket.Report("RT-1", PropertyServiceHost.Request(), Officer, first.Now));
        await first.Center.PublishAsync(created.Events);
        Assert.Null(await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));

        await first.AdvanceAsync(Duration.FromMinutes(4));
        Assert.Equal(first.Now, await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));
        Assert.Equal(2, first.Notifier.Notices.Count);

        using var second = new PropertyServiceHost(services: s => s.AddSingleton<IEventStore>(store));
        second.Clock.Advance(Duration.FromMinutes(4));
        Assert.Equal(1, await second.Center.RestoreAsync(Site));
        Assert.Empty((await second.Center.PollAsync(second.Now)).Notices);
        Assert.Empty(second.Notifier.Notices);
        var climb = await second.AdvanceAsync(Duration.FromMinutes(10)); // the breach at 10:03 climbs at 10:13
        Assert.Equal([(3, true)], climb.Notices.Select(n => (n.Level.Value, n.Climbed)));
        Assert.Equal(second.Now, await store.ReadCheckpointAsync(Site, ServiceCenter.RaisedUntilCheckpoint));
    }

    // The model for the property: a day of up to three tickets, each going some way through its workflow (some steps in
    // time, some late), polls at random instants, and a stop at a random instant after which another host restores.

    internal const int EndSecond = 9000;

    internal static readonly Gen<Day> Days =
        from first in Ticket(1)
        from second in Ticket(2)
        from third in Ticket(3)
        from tickets in Gen.Choose(1, 3)
        from pollCount in Gen.Choose(0, 6)
        from polls in Gen.Choose(0, 5400).ArrayOf(pollCount)
        from stop in Gen.Choose(0, EndSecond)
        select new Day(
            [.. first.Concat(second).Concat(third).Where(s => s.Ticket <= tickets).Concat(polls.Select(p => new Step(p, 0, null)))
                .OrderBy(s => s.Second).ThenBy(s => s.Command is null ? 0 : 1).ThenBy(s => s.Command)],
            stop);

    /// <summary>A ticket reported in the first 20 minutes that goes up to five steps further, each 0 to 400 seconds after the last.</summary>
    private static Gen<Step[]> Ticket(int number) =>
        from reported in Gen.Choose(0, 1200)
        from reach in Gen.Choose(0, 5)
        from delays in Gen.Choose(0, 400).ArrayOf(5)
        select Steps(number, reported, reach, delays);

    private static Step[] Steps(int ticket, int reported, int reach, int[] delays)
    {
        var steps = new List<Step> { new(reported, ticket, Command.Report) };
        var at = reported;
        for (var i = 1; i <= reach; i++)
        {
            at += delays[i - 1];
            steps.Add(new Step(at, ticket, (Command)i));
        }

        return [.. steps];
    }

    private static async Task<Property> Survives(Day day)
    {
        var twin = new Host(new InMemoryEventStore());
        await RunAsync(twin, day.Steps);
        await twin.PollAsync(Start + Duration.FromSeconds(EndSecond));

        var store = new InMemoryEventStore();
        var numbers = new InMemoryWorkOrderNumberSource();
        var first = new Host(store, numbers);
        await RunAsync(first, day.Steps.Where(s => s.Second < day.StopSecond));

        var second = new Host(store, numbers);
        await second.Center.RestoreAsync(Site);
        await second.PollAsync(Start + Duration.FromSeconds(day.StopSecond)); // a host polls as it starts
        await RunAsync(second, day.Steps.Where(s => s.Second >= day.StopSecond));
        await second.PollAsync(Start + Duration.FromSeconds(EndSecond));

        List<string> alerts = [.. first.Alerts, .. second.Alerts];
        List<string> notices = [.. first.Notices, .. second.Notices];
        return (alerts.SequenceEqual(twin.Alerts) && notices.SequenceEqual(twin.Notices))
            .Label($"alerts {string.Join(" | ", alerts)}\n   vs {string.Join(" | ", twin.Alerts)}\nnotices {string.Join(" | ", notices)}\n   vs {string.Join(" | ", twin.Notices)}");
    }

    internal static async Task RunAsync(Host host, IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            var at = Start + Duration.FromSeconds(step.Second);
            var id = $"RT-{step.Ticket}";
            await (step.Command switch
            {
                null => host.PollAsync(at),
                Command.Report => host.ReportAsync(id, at),
                Command.IssueWorkOrder => host.IssueWorkOrderAsync(id, at),
                Command.NotifyEngineering => host.NotifyEngineeringAsync(id, at),
                Command.Collect => host.CollectAsync(id, at),
                Command.Assign => host.AssignAsync(id, at),
                _ => host.ArriveAsync(id, at),
            });
        }
    }

    private static List<string> Describe(PollResult poll) =>
        [.. poll.Alerts.Select(a => $"{a.GetType().Name} {a.AggregateId} {a.Target.Name} due {a.DueAt} deadline {a.Deadline}"),
         .. poll.Notices.Select(Describe)];

    internal static string Describe(EscalationNotice n) => $"{n.Site} {n.Cause} L{n.Level.Value} {n.Role} at {n.DueAt}{(n.Climbed ? " climbed" : "")}";

    /// <summary>What the pipeline holds of the site: each ticket's timers, each escalation and its next climb, the next due instant.</summary>
    private static List<string> State(ServiceCenter center, Instant asOf) =>
        [.. new[] { "RT-1", "RT-2" }.SelectMany(id => center.Timers(Site, id, asOf).Select(t => $"{id} {t.Target.Name} {t.State} {t.Deadline}")),
         .. center.Escalations.Cases(Site).Select(c => $"{c.Cause} L{c.Level.Value} climbs at {c.NextClimbAt}"),
         $"next due {center.NextDue}"];

    internal enum Command
    {
        Report,
        IssueWorkOrder,
        NotifyEngineering,
        Collect,
        Assign,
        Arrive,
    }

    internal sealed record Step(int Second, int Ticket, Command? Command)
    {
        public override string ToString() => Command is { } command ? $"{Second}s RT-{Ticket} {command}" : $"{Second}s poll";
    }

    internal sealed record Day(IReadOnlyList<Step> Steps, int StopSecond)
    {
        public override string ToString() => $"stop at {StopSecond}s: {string.Join(", ", Steps)}";
    }

    /// <summary>One life of a host process: its own pipeline, notifier and log over a store that outlives it.</summary>
    internal sealed class Host
    {
        private readonly IWorkOrderNumberSource _numbers;
        private readonly EventStoreRepository<RepairTicket>? _tickets;

        public Host(IEventStore? store, IWorkOrderNumberSource? numbers = null, IDomainEventHandler[]? handlers = null, IMeterFactory? meters = null)
        {
            _numbers = numbers ?? new InMemoryWorkOrderNumberSource();
            Logger.ControlLevel(LogLevel.Debug, true);
            Center = new ServiceCenter(
                new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
                EscalationRules.CreateBuiltIn(),
                [Notifier],
                handlers ?? [],
                board: null,
                Logger,
                meters,
                store);
            _tickets = store is null ? null : new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, Center.NextDeadline);
        }

        public ServiceCenter Center { get; }

        public InMemoryEscalationNotifier Notifier { get; } = new();

        public FakeLogger<ServiceCenter> Logger { get; } = new();

        public EventStoreRepository<RepairTicket> Tickets => _tickets ?? throw new InvalidOperationException("This host has no store.");

        /// <summary>Every alert this host raised, by a poll or before an event, in order (read from its log).</summary>
        public List<string> Alerts =>
            [.. Logger.Collector.GetSnapshot().Select(r => r.Message).Where(m => m.StartsWith("SLA ", StringComparison.Ordinal))];

        public List<string> Notices => [.. Notifier.Notices.Select(Describe)];

        public async Task ReportAsync(string id, Instant at, Actor? officer = null)
        {
            var created = await Tickets.CreateAsync(() => RepairTicket.Report(id, Request("S-01"), officer ?? Officer, at));
            Assert.True(created.IsSuccess, created.ToString());
            await Center.PublishAsync(created.Events);
        }

        public Task IssueWorkOrderAsync(string id, Instant at) => RunAsync(id, t => t.IssueWorkOrder(Officer, _numbers, at));

        public Task NotifyEngineeringAsync(string id, Instant at) => RunAsync(id, t => t.NotifyEngineering(Officer, at));

        public Task CollectAsync(string id, Instant at) =>
            RunAsync(id, t => t.Collect(EngineeringSupervisor, t.CreateQuoteRequest(Zone), FakeFeeEvaluator.Instance, at));

        public Task AssignAsync(string id, Instant at) => RunAsync(id, t => t.Assign(EngineeringSupervisor, Technician, at));

        public Task ArriveAsync(string id, Instant at) => RunAsync(id, t => t.Arrive(Technician, at));

        public async Task<PollResult> PollAsync(Instant now) => await Center.PollAsync(now);

        private async Task RunAsync(string id, Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>> command)
        {
            var result = await Tickets.ExecuteAsync(Site, id, command);
            Assert.True(result.IsSuccess, result.ToString());
            await Center.PublishAsync(result.Events);
        }
    }

    private sealed class Recorder : IDomainEventHandler
    {
        public List<DomainEvent> Events { get; } = [];

        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            Events.Add(e);
            return ValueTask.CompletedTask;
        }
    }
}
