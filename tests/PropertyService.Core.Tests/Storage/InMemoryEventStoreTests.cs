namespace PropertyService.Storage;

public sealed class InMemoryEventStoreTests : EventStoreContractTests
{
    protected override IEventStore CreateStore() => new InMemoryEventStore();

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
