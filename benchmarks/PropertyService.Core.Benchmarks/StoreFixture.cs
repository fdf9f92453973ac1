using PropertyService.Repairs;
using PropertyService.Storage;
using PropertyService.Storage.Sqlite;

namespace PropertyService.Benchmarks;

/// <summary>The stores the storage benchmarks compare: in memory, and SQLite files with synchronous FULL and NORMAL.</summary>
internal sealed class StoreFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("psc-bench-").FullName;
    private readonly RepairRequest _request = LoadedTicket.Build().Request;
    private int _next;

    internal StoreFixture()
    {
        Full = new SqliteEventStore(new SqliteEventStoreOptions { Path = Path.Combine(_folder, "full.db"), Synchronous = SqliteSynchronous.Full });
        Normal = new SqliteEventStore(new SqliteEventStoreOptions { Path = Path.Combine(_folder, "normal.db"), Synchronous = SqliteSynchronous.Normal });
    }

    internal InMemoryEventStore Memory { get; } = new();

    internal SqliteEventStore Full { get; }

    internal SqliteEventStore Normal { get; }

    /// <summary>A new ticket's first event, on a stream no benchmark used before.</summary>
    internal DomainEvent[] NextReport() =>
        [new RepairReported($"RN-{_next++}", 1, LoadedTicket.At, LoadedTicket.Officer, _request, LoadedTicket.Site, LogBook.ContactRegister)];

    /// <summary>Appends new tickets' reports from <paramref name="callers"/> tasks at once, <paramref name="each"/> apiece;
    /// the reports are made before the callers start, so only the appends are timed.</summary>
    internal void AppendConcurrently(IEventStore store, int callers, int each)
    {
        var reports = new DomainEvent[callers * each][];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = NextReport();
        }

        Task.WaitAll([.. Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                var events = reports[(c * each) + i];
                await store.AppendAsync(LoadedTicket.Site, events[0].AggregateId, 0, events);
            }
        }))]);
    }

    public void Dispose()
    {
        Full.Dispose();
        Normal.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
