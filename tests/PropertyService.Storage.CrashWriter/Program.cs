using NodaTime;
using PropertyService;
using PropertyService.Repairs;
using PropertyService.Storage;
using PropertyService.Storage.Sqlite;

// Usage: CrashWriter <database> <stream prefix> <synchronous: full|normal>
// Appends repair tickets forever, alternating single appends, multi-event appends and batches, and prints
// "ack <stream> <version>" for every append the store acknowledged, flushed at once. The parent kills it at random.
var path = args[0];
var prefix = args[1];
var synchronous = args.Length > 2 && args[2] == "normal" ? SqliteSynchronous.Normal : SqliteSynchronous.Full;
using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = path, Synchronous = synchronous });
var site = new SiteId("SZ-01");
var officer = new Actor("O1", "王客服", site, Role.Officer);
var resident = new Resident("陈女士", ContactPhone.Parse("13812345678"), isOwner: true) { Id = "R1" };
var request = new RepairRequest(RepairChannel.Call, resident, resident.Phone, Location.InUnit(new UnitAddress("3", "2", "1201"), "kitchen"), RepairCategory.Unit, "Tap drips");
var numbers = new InMemoryWorkOrderNumberSource();
var at = Instant.FromUtc(2026, 11, 27, 2, 0);
var stdout = Console.Out;
var warm = RepairTicket.Report($"{prefix}-warm-up", request, officer, at).Value.Aggregate; // JIT and caches before the clock starts
await store.AppendAsync(site, warm.Id, 0, warm.Events);
await store.ReadAsync(site, warm.Id);
stdout.WriteLine("ready");
stdout.Flush();
for (var i = 0; ; i++)
{
    var id = $"{prefix}-{i}";
    var ticket = RepairTicket.Report(id, request, officer, at).Value.Aggregate;
    switch (i % 3)
    {
        case 0: // one event, then one more
            Ack(await store.AppendAsync(site, id, 0, ticket.Events), id);
            Ack(await store.AppendAsync(site, id, 1, ticket.IssueWorkOrder(officer, numbers, at).Value), id);
            break;
        case 1: // two events at once
            ticket.IssueWorkOrder(officer, numbers, at);
            Ack(await store.AppendAsync(site, id, 0, ticket.Events), id);
            break;
        default: // a batch of two streams
            var other = RepairTicket.Report(id + "b", request, officer, at).Value.Aggregate;
            var results = await store.AppendBatchAsync([new AppendRequest(site, id, 0, ticket.Events), new AppendRequest(site, other.Id, 0, other.Events)]);
            Ack(results[0], id);
            Ack(results[1], other.Id);
            break;
    }
}

void Ack(AppendResult result, string stream)
{
    if (!result.IsSuccess)
    {
        throw new InvalidOperationException($"Unexpected conflict on {stream}: {result}");
    }

    stdout.WriteLine($"ack {stream} {result.Version}");
    stdout.Flush();
}
