using BenchmarkDotNet.Attributes;
using PropertyService.Storage;

namespace PropertyService.Benchmarks;

/// <summary>
/// A durable single-event append (a new ticket's report, one transaction each), the in-memory store as the baseline;
/// SQLite in WAL mode with synchronous FULL (each commit synced to disk) and NORMAL. Target: at least 5,000 durable
/// appends a second (200 µs each). A fixed number of appends per iteration keeps the stores' growth bounded; enough
/// warm-up iterations for the code to be fully compiled. <see cref="EventStoreConcurrentAppendBenchmarks"/> measures
/// many callers at once.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(invocationCount: 2048, iterationCount: 10, warmupCount: 12)]
public class EventStoreAppendBenchmarks
{
    private StoreFixture _stores = null!;

    [GlobalSetup]
    public void Setup() => _stores = new StoreFixture();

    [GlobalCleanup]
    public void Cleanup() => _stores.Dispose();

    [Benchmark(Baseline = true)]
    public AppendResult InMemory() => Append(_stores.Memory);

    [Benchmark]
    public AppendResult SqliteFull() => Append(_stores.Full);

    [Benchmark]
    public AppendResult SqliteNormal() => Append(_stores.Normal);

    private AppendResult Append(IEventStore store)
    {
        var events = _stores.NextReport();
        return store.AppendAsync(LoadedTicket.Site, events[0].AggregateId, 0, events).AsTask().GetAwaiter().GetResult();
    }
}
