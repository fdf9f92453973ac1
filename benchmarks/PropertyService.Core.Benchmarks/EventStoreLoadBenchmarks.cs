using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PropertyService.Repairs;
using PropertyService.Storage;

namespace PropertyService.Benchmarks;

/// <summary>
/// Loading a 12-event repair ticket, the in-memory store as the baseline: the stored events read back (for SQLite:
/// read and hash-checked, deserialized only when not cached; <c>ReadSqliteUncached</c> deserializes every time), and the
/// ticket rebuilt through <see cref="EventStoreRepository{TAggregate}"/>.
/// Target: a 12-event load under 50 µs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EventStoreLoadBenchmarks
{
    private StoreFixture _stores = null!;
    private EventStoreRepository<RepairTicket> _memoryTickets = null!;
    private EventStoreRepository<RepairTicket> _sqliteTickets = null!;
    private Storage.Sqlite.SqliteEventStore _uncached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stores = new StoreFixture();
        var ticket = LoadedTicket.Build();
        LoadedTicket.Check(ticket.SignOff(LoadedTicket.ResidentActor, LoadedTicket.Owner, LoadedTicket.At));
        LoadedTicket.Check(ticket.FollowUp(LoadedTicket.Officer, Satisfaction.Satisfied, "Fixed", LoadedTicket.At));
        if (ticket.Events.Count != 12)
        {
            throw new InvalidOperationException($"The loaded ticket has {ticket.Events.Count} events, not 12.");
        }

        foreach (var store in new IEventStore[] { _stores.Memory, _stores.Full })
        {
            store.AppendAsync(LoadedTicket.Site, ticket.Id, 0, ticket.Events).AsTask().GetAwaiter().GetResult();
        }

        _uncached = new Storage.Sqlite.SqliteEventStore(new Storage.Sqlite.SqliteEventStoreOptions { Path = _stores.Full.Path, CachedEvents = 0 });
        _memoryTickets = new EventStoreRepository<RepairTicket>(_stores.Memory, RepairTicket.FromEvents);
        _sqliteTickets = new EventStoreRepository<RepairTicket>(_stores.Full, RepairTicket.FromEvents);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _uncached.Dispose();
        _stores.Dispose();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read 12 stored events")]
    public int ReadInMemory() => _stores.Memory.ReadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult().Count;

    [Benchmark]
    [BenchmarkCategory("Read 12 stored events")]
    public int ReadSqlite() => _stores.Full.ReadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult().Count;

    [Benchmark]
    [BenchmarkCategory("Read 12 stored events")]
    public int ReadSqliteUncached() => _uncached.ReadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult().Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load a 12-event ticket")]
    public RepairTicket? LoadInMemory() => _memoryTickets.LoadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult();

    [Benchmark]
    [BenchmarkCategory("Load a 12-event ticket")]
    public RepairTicket? LoadSqlite() => _sqliteTickets.LoadAsync(LoadedTicket.Site, "RT-1").AsTask().GetAwaiter().GetResult();
}
