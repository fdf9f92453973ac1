using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PropertyService.Storage;

namespace PropertyService.Benchmarks;

/// <summary>
/// Durable appends of a new ticket's report on the PostgreSQL store, SQLite (synchronous FULL) as the baseline: one
/// caller at a time, and 16 callers at once (16 appends each), the time per append. Appends that wait while a
/// transaction commits share the next one (group commit).
/// Target: at least 3,000 durable appends a second with 16 writers.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(invocationCount: 16, iterationCount: 10, warmupCount: 4)]
public class PostgreSqlAppendBenchmarks
{
    private const int Callers = 16;
    private const int Each = 16;
    private StoreFixture _stores = null!;
    private PostgreSqlFixture _server = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stores = new StoreFixture();
        _server = new PostgreSqlFixture();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Dispose();
        _stores.Dispose();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("One caller")]
    public AppendResult SqliteFull() => Append(_stores.Full);

    [Benchmark]
    [BenchmarkCategory("One caller")]
    public AppendResult PostgreSql() => Append(_server.Store);

    [Benchmark(Baseline = true, OperationsPerInvoke = Callers * Each)]
    [BenchmarkCategory("16 callers")]
    public void SqliteFull16() => Concurrently(_stores.Full);

    [Benchmark(OperationsPerInvoke = Callers * Each)]
    [BenchmarkCategory("16 callers")]
    public void PostgreSql16() => Concurrently(_server.Store);

    private AppendResult Append(IEventStore store)
    {
        var events = _stores.NextReport();
        return store.AppendAsync(LoadedTicket.Site, events[0].AggregateId, 0, events).AsTask().GetAwaiter().GetResult();
    }

    private void Concurrently(IEventStore store) => _stores.AppendConcurrently(store, Callers, Each);
}
