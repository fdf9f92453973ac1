using BenchmarkDotNet.Attributes;
using PropertyService.Storage;

namespace PropertyService.Benchmarks;

/// <summary>
/// A batch of 100 new one-event streams in one transaction (<see cref="IEventStore.AppendBatchAsync"/>), the in-memory
/// store as the baseline. Target: at least 50,000 events a second, so at most 2 ms per batch.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(invocationCount: 64, iterationCount: 10, warmupCount: 12)]
public class EventStoreBatchBenchmarks
{
    private const int BatchSize = 100;
    private StoreFixture _stores = null!;

    [GlobalSetup]
    public void Setup() => _stores = new StoreFixture();

    [GlobalCleanup]
    public void Cleanup() => _stores.Dispose();

    [Benchmark(Baseline = true)]
    public IReadOnlyList<AppendResult> InMemory() => Batch(_stores.Memory);

    [Benchmark]
    public IReadOnlyList<AppendResult> SqliteFull() => Batch(_stores.Full);

    [Benchmark]
    public IReadOnlyList<AppendResult> SqliteNormal() => Batch(_stores.Normal);

    private IReadOnlyList<AppendResult> Batch(IEventStore store)
    {
        var requests = new AppendRequest[BatchSize];
        for (var i = 0; i < BatchSize; i++)
        {
            var events = _stores.NextReport();
            requests[i] = new AppendRequest(LoadedTicket.Site, events[0].AggregateId, 0, events);
        }

        return store.AppendBatchAsync(requests).AsTask().GetAwaiter().GetResult();
    }
}
