using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Repairs;
using PropertyService.Sla;
using PropertyService.Storage;
using PropertyService.Storage.PostgreSql;

namespace PropertyService.Benchmarks;

/// <summary>
/// SLA alerts raised per second from the due-queue shared through PostgreSQL by three hosts (each its own connections,
/// service center and notifier) polling at once: 600 reported tickets, each with its RP-09 warning and breach due, are
/// claimed, evaluated, delivered and recorded (1,200 alerts and 1,200 notices an invocation). Baseline: one host's
/// in-memory <see cref="ServiceCenter.PollAsync"/> raising the same alerts from the same tickets, published beforehand.
/// Target: the shared queue raises at least 10,000 alerts a second.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(invocationCount: 1, iterationCount: 10, warmupCount: 2)]
public class DueQueueClaimBenchmarks
{
    private const int Tickets = 600;
    private const int Alerts = Tickets * 2;
    private static readonly Instant Now = LoadedTicket.At + Duration.FromMinutes(10);
    private PostgreSqlFixture _server = null!;
    private PostgreSqlDueQueue[] _hosts = null!;
    private List<IReadOnlyList<DomainEvent>> _histories = null!;
    private ServiceCenter _single = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new PostgreSqlFixture();
        _histories = [];
        var request = LoadedTicket.Build().Request;
        for (var i = 0; i < Tickets; i++)
        {
            var events = RepairTicket.Report($"RT-{i}", request, LoadedTicket.Officer, LoadedTicket.At).Value.Events;
            _histories.Add(events);
            _server.Store.AppendAsync(LoadedTicket.Site, events[0].AggregateId, 0, events).AsTask().GetAwaiter().GetResult();
        }

        _hosts = [.. Enumerable.Range(0, 3).Select(_ => new PostgreSqlDueQueue(_server.NewHost(), Center(), new PostgreSqlDueQueueOptions { BatchSize = 100 }))];
    }

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [IterationSetup(Target = nameof(SharedQueueThreeHosts))]
    public void ResetQueue() =>
        _server.Execute("UPDATE {s}.due SET due_at = 0, version = 0, raised = '{}', lease_owner = NULL, lease_until = NULL");

    [IterationSetup(Target = nameof(OneHostInMemory))]
    public void PublishToOneHost()
    {
        _single = Center();
        foreach (var history in _histories)
        {
            _single.PublishAsync(history).AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Alerts)]
    public int OneHostInMemory() => Check(_single.PollAsync(Now).AsTask().GetAwaiter().GetResult().Alerts.Count);

    [Benchmark(OperationsPerInvoke = Alerts)]
    public int SharedQueueThreeHosts()
    {
        var polls = Task.WhenAll(_hosts.Select(h => Task.Run(async () => await h.PollAsync(Now)))).GetAwaiter().GetResult();
        return Check(polls.Sum(p => p.Alerts.Count));
    }

    private static int Check(int alerts) =>
        alerts == Alerts ? alerts : throw new InvalidOperationException($"{alerts} alerts raised, not {Alerts}.");

    private static ServiceCenter Center() => new(
        new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
        EscalationRules.CreateBuiltIn(),
        [new DiscardingNotifier()],
        []);

    /// <summary>A notifier that takes each notice and keeps nothing.</summary>
    private sealed class DiscardingNotifier : IEscalationNotifier
    {
        public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
