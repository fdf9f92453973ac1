using Npgsql;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Sla;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Storage.PostgreSql;

/// <summary>
/// Several hosts (each its own store connection, service center and notifier) poll one shared due-queue: every alert and
/// notice reaches a notifier once in total; a stuck host's claims pass to another when the lease passes; an
/// acknowledgement made on one host stops the climb on all.
/// </summary>
public sealed class PostgreSqlDueQueueTests : IAsyncLifetime
{
    private readonly string _schema = PostgresServer.NewSchemaName();
    private readonly List<PostgreSqlEventStore> _stores = [];

    private static Instant At(int minutes, int seconds = 0) => Start + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    private static string Cause(string id) => $"sla/{id}/{SlaDefaults.WorkOrderTarget}";

    private QueueHost NewHost(IEscalationNotifier? notifier = null, Duration? lease = null)
    {
        var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = PostgresServer.ConnectionString, Schema = _schema });
        _stores.Add(store);
        return new QueueHost(store, notifier, lease);
    }

    [SkippableFact]
    public async Task Three_hosts_polling_one_queue_deliver_every_alert_and_notice_once_in_total()
    {
        var hosts = Enumerable.Range(0, 3).Select(_ => NewHost()).ToArray();
        var tickets = new EventStoreRepository<RepairTicket>(hosts[0].Store, RepairTicket.FromEvents);
        for (var i = 0; i < 30; i++)
        {
            Assert.True((await tickets.CreateAsync(() => RepairTicket.Report($"RT-{i}", Request("S-01"), Officer, At(0, i * 10)))).IsSuccess);
        }

        var polled = new List<PollResult>();
        for (var minute = 1; minute <= 90; minute++)
        {
            polled.AddRange(await Task.WhenAll(hosts.Select(h => Task.Run(async () => await h.Queue.PollAsync(At(minute))))));
        }

        var reference = hosts[0].Center;
        var expected = new List<string>();
        var expectedAlerts = 0;
        for (var i = 0; i < 30; i++)
        {
            var evaluation = reference.Evaluate((await hosts[1].Store.ReadAsync(Site, $"RT-{i}")).Select(s => s.Event).ToArray(), At(90));
            expected.AddRange(evaluation.Notices.Select(n => $"RT-{i} {StreamEvaluation.KeyOf(n)}"));
            expectedAlerts += evaluation.Alerts.Count;
        }

        var delivered = hosts.SelectMany(h => h.Notifier.Notices).Select(n => $"{n.AggregateId} {StreamEvaluation.KeyOf(n)}").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
        Assert.Equal(expectedAlerts, polled.Sum(p => p.Alerts.Count));
        Assert.True(hosts.Count(h => h.Notifier.Notices.Count > 0) >= 2, "the work was shared");
        Assert.All(polled, p => Assert.Empty(p.Failures));
        Assert.Null(await hosts[2].Queue.NextDueAsync()); // every climb reached the top of its chain
    }

    [SkippableFact]
    public async Task A_stuck_hosts_claims_pass_to_another_host_when_the_lease_passes()
    {
        var stuck = new BlockingNotifier();
        var a = NewHost(stuck, Duration.FromSeconds(1));
        var b = NewHost(lease: Duration.FromSeconds(1));
        var tickets = new EventStoreRepository<RepairTicket>(a.Store, RepairTicket.FromEvents);
        await tickets.CreateAsync(() => RepairTicket.Report("RT-1", Request("S-01"), Officer, At(0)));

        var aPoll = Task.Run(async () => await a.Queue.PollAsync(At(4)));
        await stuck.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty((await b.Queue.PollAsync(At(4))).Notices); // A holds the claim

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        PollResult taken;
        do
        {
            await Task.Delay(200, timeout.Token);
            taken = await b.Queue.PollAsync(At(4), timeout.Token);
        }
        while (taken.Notices.Count == 0);

        Assert.Equal([1, 2], taken.Notices.Select(n => n.Level.Value));
        Assert.Equal([1, 2], b.Notifier.Notices.Select(n => n.Level.Value));

        stuck.Release.SetResult();
        var late = await aPoll;
        var lost = Assert.Single(late.Failures);
        Assert.Equal(("due-queue", "lease", "RT-1"), (lost.Component, lost.Item, lost.AggregateId));
        Assert.Empty((await b.Queue.PollAsync(At(5))).Notices); // B's record stands: nothing is raised a third time
    }

    [SkippableFact]
    public async Task An_acknowledgement_on_one_host_stops_the_climb_on_every_host()
    {
        var (a, b) = (NewHost(), NewHost());
        var tickets = new EventStoreRepository<RepairTicket>(a.Store, RepairTicket.FromEvents);
        await tickets.CreateAsync(() => RepairTicket.Report("RT-1", Request("S-01"), Officer, At(0)));
        await tickets.CreateAsync(() => RepairTicket.Report("RT-2", Request("S-01"), Officer, At(0)));
        await a.Queue.PollAsync(At(4));

        var acknowledged = await b.Queue.AcknowledgeAsync(Site, "RT-1", Cause("RT-1"), ServiceManager, At(5));
        Assert.True(acknowledged.IsSuccess, acknowledged.ToString());
        var again = await a.Queue.AcknowledgeAsync(Site, "RT-1", Cause("RT-1"), ServiceManager, At(6));
        Assert.Equal(EscalationRejectionCodes.AlreadyAcknowledged, again.Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.Unknown, (await a.Queue.AcknowledgeAsync(Site, "RT-9", Cause("RT-9"), ServiceManager, At(6))).Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.RoleNotAllowed, (await a.Queue.AcknowledgeAsync(Site, "RT-2", Cause("RT-2"), Officer, At(6))).Rejection!.Code);

        for (var minute = 6; minute <= 60; minute += 3)
        {
            await a.Queue.PollAsync(At(minute));
            await b.Queue.PollAsync(At(minute));
        }

        var notices = a.Notifier.Notices.Concat(b.Notifier.Notices).ToList();
        Assert.Equal([1, 2], notices.Where(n => n.AggregateId == "RT-1").Select(n => n.Level.Value).Order());
        Assert.True(notices.Count(n => n.AggregateId == "RT-2") > 2, "the unacknowledged ticket climbed");
    }

    [SkippableFact]
    public async Task A_stream_written_while_a_host_evaluates_it_is_evaluated_again()
    {
        var writer = new TaskCompletionSource();
        var a = NewHost(new CallbackNotifier(() => writer.Task));
        var tickets = new EventStoreRepository<RepairTicket>(a.Store, RepairTicket.FromEvents);
        await tickets.CreateAsync(() => RepairTicket.Report("RT-1", Request("S-01"), Officer, At(0)));

        // While A delivers the RP-09 notices, the work order is issued (at 4 minutes): the stream moved on.
        var polling = Task.Run(async () => await a.Queue.PollAsync(At(4)));
        await Task.Delay(100);
        Assert.True((await tickets.ExecuteAsync(Site, "RT-1", t => t.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), At(4)))).IsSuccess);
        writer.SetResult();
        await polling;

        // Its turn stayed due (not moved to the climb at 13 minutes), so the very next poll evaluates the new version.
        await a.Queue.PollAsync(At(4, 1));
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand($"SELECT version FROM {_schema}.due WHERE stream_id = 'RT-1'", connection);
        Assert.Equal(2, await version.ExecuteScalarAsync());
    }

    [Fact]
    public void Bad_queue_options_are_listed_each_by_name()
    {
        var errors = new PostgreSqlDueQueueOptions { HostId = " ", Lease = Duration.Zero, BatchSize = 0 }.Validate();
        Assert.Equal(3, errors.Count);
        Assert.Empty(new PostgreSqlDueQueueOptions().Validate());
        var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = "Host=127.0.0.1" });
        var center = new ServiceCenterHost().Center;
        Assert.Throws<ArgumentException>(() => new PostgreSqlDueQueue(store, center, new PostgreSqlDueQueueOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentNullException>(() => new PostgreSqlDueQueue(null!, center));
        Assert.Throws<ArgumentNullException>(() => new PostgreSqlDueQueue(store, null!));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_stores.Count > 0)
        {
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A service center with the default policy and ladder and the built-in rules, without a store.</summary>
    private sealed class ServiceCenterHost
    {
        public ServiceCenterHost(IEscalationNotifier? notifier = null) =>
            Center = new ServiceCenter(
                new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
                EscalationRules.CreateBuiltIn(),
                notifier is null ? [] : [notifier],
                []);

        public ServiceCenter Center { get; }
    }

    /// <summary>One host: its connection to the shared store, its service center and notifier, its handle on the queue.</summary>
    private sealed class QueueHost
    {
        public QueueHost(PostgreSqlEventStore store, IEscalationNotifier? notifier, Duration? lease)
        {
            Store = store;
            Center = new ServiceCenterHost(notifier ?? Notifier).Center;
            Queue = new PostgreSqlDueQueue(store, Center, new PostgreSqlDueQueueOptions { Lease = lease ?? Duration.FromSeconds(30), BatchSize = 7 });
        }

        public PostgreSqlEventStore Store { get; }

        public InMemoryEscalationNotifier Notifier { get; } = new();

        public ServiceCenter Center { get; }

        public PostgreSqlDueQueue Queue { get; }
    }

    private sealed class BlockingNotifier : IEscalationNotifier
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task;
        }
    }

    private sealed class CallbackNotifier(Func<Task> callback) : IEscalationNotifier
    {
        public async ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken) => await callback();
    }
}
