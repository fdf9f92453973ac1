using BenchmarkDotNet.Attributes;
using PropertyService.Repairs;
using PropertyService.Storage;
using PropertyService.Storage.PostgreSql;

namespace PropertyService.Benchmarks;

/// <summary>
/// Loading a 12-event repair ticket through <see cref="EventStoreRepository{TAggregate}"/>, SQLite as the baseline:
/// PostgreSQL with its event cache (rows hash-checked, events deserialized once), and without it.
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlLoadBenchmarks
{
    private StoreFixture _stores = null!;
    private PostgreSqlFixture _server = null!;
    private EventStoreRepository<RepairTicket> _sqlite = null!;
    private EventStoreRepository<RepairTicket> _postgreSql = null!;
    private EventStoreRepository<RepairTicket> _uncached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stores = new StoreFixture();
        _server = new PostgreSqlFixture();
        var ticket = LoadedTicket.Build();
        LoadedTicket.Check(ticket.SignOff(LoadedTicket.ResidentActor, LoadedTicket.Owner, LoadedTicket.At));
        LoadedTicket.Check(ticket.FollowUp(LoadedTicket.Officer, Satisfaction.Satisfied, "Fixed", LoadedTicket.At));
        if (ticket.Events.Count != 12)
        {
            throw new InvalidOperationException($"The loaded ticket has {ticket.Events.Count} events, not 12.");
        }

        foreach (var store in new IEventStore[] { _stores.Full, _server.Store })
        {
            store.AppendAsync(LoadedTicket.Site, ticket.Id, 0, ticket.Events).AsTask().GetAwaiter().GetResult();
        }

        _sqlite = new EventStoreRepository<RepairTicket>(_stores.Full, RepairTicket.FromEvents);
        _postgreSql = new EventStoreRepository<RepairTicket>(_server.Store, RepairTicket.FromEvents);
        _uncached = new EventStoreRepository<RepairTicket>(_server.NewHost(cachedEvents: 0), RepairTicket.FromEvents);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Dispose();
        _stores.Dispose();
    }

    [Benchmark(Baseline = true)]
    public RepairTicket? LoadSqlite() => _sqlite.LoadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public RepairTicket? LoadPostgreSql() => _postgreSql.LoadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public RepairTicket? LoadPostgreSqlUncached() => _uncached.LoadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult();
}
