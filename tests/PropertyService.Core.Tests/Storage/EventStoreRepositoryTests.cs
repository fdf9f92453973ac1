using NodaTime;
using PropertyService.Repairs;

namespace PropertyService.Storage;

public sealed class EventStoreRepositoryTests
{
    private static readonly SiteId Site = RepairFixture.Site;

    private static (InMemoryEventStore Store, EventStoreRepository<RepairTicket> Tickets) Create()
    {
        var store = new InMemoryEventStore();
        return (store, new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents));
    }

    private static Func<Result<Created<RepairTicket>>> Report(string id = "RT-1") =>
        () => RepairTicket.Report(id, RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start);

    private static Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>> Issue(InMemoryWorkOrderNumberSource numbers) =>
        t => t.IssueWorkOrder(RepairFixture.Officer, numbers, RepairFixture.Start + Duration.FromMinutes(1));

    [Fact]
    public async Task Create_then_execute_appends_and_loads_back()
    {
        var (store, tickets) = Create();
        var created = await tickets.CreateAsync(Report());
        Assert.True(created.IsSuccess);
        var issued = await tickets.ExecuteAsync(Site, "RT-1", Issue(new InMemoryWorkOrderNumberSource()));
        Assert.True(issued.IsSuccess, issued.ToString());
        Assert.Equal("Appended 1 event(s) to RT-1, now at version 2", issued.ToString());
        Assert.Equal(2, store.Count);
        Assert.Equal(RepairState.WorkOrderIssued, (await tickets.LoadAsync(Site, "RT-1"))!.State);
    }

    [Fact]
    public async Task A_refusal_appends_nothing_and_says_why()
    {
        var (store, tickets) = Create();
        await tickets.CreateAsync(Report());
        var refused = await tickets.ExecuteAsync(Site, "RT-1", t => t.SignOff(RepairFixture.Officer, RepairFixture.Owner, RepairFixture.Start));
        Assert.False(refused.IsSuccess);
        Assert.Equal(RepairRejectionCodes.RoleNotAllowed, refused.Rejection!.Code);
        Assert.Equal(1, refused.Aggregate!.Version);
        Assert.Equal(1, store.Count);
        Assert.StartsWith("Refused: ", refused.ToString());

        var badCreation = await tickets.CreateAsync(() => RepairTicket.Report("RT-2", new RepairRequest(RepairChannel.Call, RepairFixture.Owner, RepairFixture.Owner.Phone, RepairFixture.Unit, RepairCategory.Unit, " "), RepairFixture.Officer, RepairFixture.Start));
        Assert.False(badCreation.IsNotFound);
        Assert.NotNull(badCreation.Rejection);
    }

    [Fact]
    public async Task An_unknown_ticket_is_not_found_and_a_taken_identifier_is_a_conflict()
    {
        var (_, tickets) = Create();
        var missing = await tickets.ExecuteAsync(Site, "RT-9", Issue(new InMemoryWorkOrderNumberSource()));
        Assert.True(missing.IsNotFound);
        Assert.Equal("Not found", missing.ToString());
        Assert.Null(await tickets.LoadAsync(Site, "RT-9"));

        await tickets.CreateAsync(Report());
        var again = await tickets.CreateAsync(Report());
        Assert.Equal(1, again.Conflict!.CurrentVersion);
        Assert.False(again.IsNotFound);
    }

    [Fact]
    public async Task A_conflict_is_retried_only_when_asked()
    {
        var (store, tickets) = Create();
        var numbers = new InMemoryWorkOrderNumberSource();

        // A second officer issues the work order between this command's load and its append (once).
        Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>> Racing(string id)
        {
            var raced = false;
            return t =>
            {
                if (!raced)
                {
                    raced = true;
                    var rival = RepairTicket.FromEvents(t.Events);
                    store.AppendAsync(Site, id, t.Version, rival.NotifyEngineeringOrIssue(numbers)).AsTask().GetAwaiter().GetResult();
                }

                return t.State == RepairState.Reported ? Issue(numbers)(t) : t.NotifyEngineering(RepairFixture.Officer, t.LastEventAt);
            };
        }

        await tickets.CreateAsync(Report("RT-1"));
        var lost = await tickets.ExecuteAsync(Site, "RT-1", Racing("RT-1"));
        Assert.Null(lost.Aggregate);
        Assert.Equal((1, 2), (lost.Conflict!.ExpectedVersion, lost.Conflict.CurrentVersion));
        Assert.StartsWith("Conflict: ", lost.ToString());
        Assert.Equal(2, (await store.ReadAsync(Site, "RT-1")).Count);

        await tickets.CreateAsync(Report("RT-2"));
        var retried = await tickets.ExecuteAsync(Site, "RT-2", Racing("RT-2"), retries: 1);
        Assert.True(retried.IsSuccess, retried.ToString());
        Assert.Equal(RepairState.AwaitingCollection, retried.Aggregate.State);
        Assert.Equal(3, (await store.ReadAsync(Site, "RT-2")).Count);
    }

    [Fact]
    public async Task Retries_stop_after_the_number_asked()
    {
        var (store, tickets) = Create();
        await tickets.CreateAsync(Report());
        var attempts = 0;
        var result = await tickets.ExecuteAsync(Site, "RT-1", t =>
        {
            attempts++;
            var rival = RepairTicket.FromEvents(t.Events);
            var events = rival.State == RepairState.Reported
                ? rival.IssueWorkOrder(RepairFixture.Officer, new InMemoryWorkOrderNumberSource(), rival.LastEventAt).Value
                : rival.NotifyEngineering(RepairFixture.Officer, rival.LastEventAt).IsSuccess ? rival.Events.Skip(t.Version).ToList() : rival.Cancel(RepairFixture.Officer, "Resident cancelled", rival.LastEventAt).Value;
            store.AppendAsync(Site, "RT-1", t.Version, events).AsTask().GetAwaiter().GetResult();
            return t.Cancel(RepairFixture.Officer, "Resident cancelled", t.LastEventAt);
        }, retries: 2);
        Assert.Equal(3, attempts);
        Assert.NotNull(result.Conflict);
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        var (store, tickets) = Create();
        Assert.Throws<ArgumentNullException>(() => new EventStoreRepository<RepairTicket>(null!, RepairTicket.FromEvents));
        Assert.Throws<ArgumentNullException>(() => new EventStoreRepository<RepairTicket>(store, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await tickets.ExecuteAsync(Site, null!, Issue(new InMemoryWorkOrderNumberSource())));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await tickets.ExecuteAsync(Site, "RT-1", null!));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await tickets.ExecuteAsync(Site, "RT-1", Issue(new InMemoryWorkOrderNumberSource()), retries: -1));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await tickets.CreateAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await tickets.LoadAsync(Site, null!));
    }
}

internal static class RivalCommands
{
    /// <summary>What a second officer does meanwhile: issue the work order, or notify engineering once it is issued.</summary>
    internal static IReadOnlyList<DomainEvent> NotifyEngineeringOrIssue(this RepairTicket ticket, InMemoryWorkOrderNumberSource numbers) =>
        (ticket.State == RepairState.Reported
            ? ticket.IssueWorkOrder(RepairFixture.Officer, numbers, RepairFixture.Start + Duration.FromMinutes(1))
            : ticket.NotifyEngineering(RepairFixture.Officer, ticket.LastEventAt)).Value;
}
