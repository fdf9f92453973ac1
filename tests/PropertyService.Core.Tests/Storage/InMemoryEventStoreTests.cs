namespace PropertyService.Storage;

public sealed class InMemoryEventStoreTests : EventStoreContractTests
{
    protected override IEventStore CreateStore() => new InMemoryEventStore();

    protected override Task TamperAsync(IEventStore store, SiteId site, string streamId, Action<List<TamperRow>> change)
    {
        ((InMemoryEventStore)store).Tamper(site, streamId, rows =>
        {
            var view = rows.Select(r => new TamperRow
            {
                Position = r.Event.Position, Version = r.Version, TypeName = r.TypeName, SchemaVersion = r.SchemaVersion,
                Payload = r.Payload, PreviousHash = r.PreviousHash.ToArray(), Hash = r.Hash.ToArray(), Original = r.Event,
            }).ToList();
            change(view);
            rows.Clear();
            rows.AddRange(view.OrderBy(v => v.Position).Select(v =>
                new InMemoryEventStore.Row((StoredEvent)v.Original!, v.Version, v.TypeName, v.SchemaVersion, v.Payload, v.PreviousHash, v.Hash)));
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Count_is_the_number_of_events_kept()
    {
        var store = new InMemoryEventStore();
        Assert.Equal(0, store.Count);
        var ticket = Repairs.RepairTicket.Report("RT-1", Repairs.RepairFixture.Request("S-01"), Repairs.RepairFixture.Officer, Repairs.RepairFixture.Start).Value.Aggregate;
        await store.AppendAsync(Repairs.RepairFixture.Site, "RT-1", 0, ticket.Events);
        Assert.Equal(1, store.Count);
    }
}
