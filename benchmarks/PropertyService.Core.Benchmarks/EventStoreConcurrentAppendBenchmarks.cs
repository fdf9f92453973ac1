using BenchmarkDotNet.Attributes;
using PropertyService.Storage;

namespace PropertyService.Benchmarks;

/// <summary>
/// 16 callers appending at once, each a new ticket's report 16 times: the time per append (256 per invocation).
/// Appends that arrive while a disk sync is under way share the next transaction and sync (group commit), so the
/// throughput of durable appends grows with the number of callers. Compare with
/// <see cref="EventStoreAppendBenchmarks"/>, one caller at a time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(invocationCount: 16, iterationCount: 10, warmupCount: 6)]
public class EventStoreConcurrentAppendBenchmarks
{
    private const int Callers = 16;
    private const int Each = 16;
    private StoreFixture _stores = null!;

    [GlobalSetup]
    public void Setup() => _stores = new StoreFixture();

    [GlobalCleanup]
    public void Cleanup() => _stores.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Callers * Each)]
    public void InMemory() => Concurrently(_stores.Memory);

    [Benchmark(OperationsPerInvoke = Callers * Each)]
    public void SqliteFull() => Concurrently(_stores.Full);

    [Benchmark(OperationsPerInvoke = Callers * Each)]
    public void SqliteNormal() => Concurrently(_stores.Normal);

    private void Concurrently(IEventStore store) => _stores.AppendConcurrently(store, Callers, Each);
}
