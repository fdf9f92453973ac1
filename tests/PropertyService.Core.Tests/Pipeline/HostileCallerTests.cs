using NodaTime;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;
using PropertyService.Storage;
using static PropertyService.DependencyInjection.PropertyServiceHost;

namespace PropertyService.Pipeline;

/// <summary>What a careless or hostile host does: each gets a specific error, and nothing changes.</summary>
public sealed class HostileCallerTests
{
    private static ServiceCenter Center(InMemoryEscalationNotifier notifier) =>
        new(
            new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
            EscalationRules.CreateBuiltIn(),
            [notifier],
            []);

    [Fact]
    public async Task A_command_that_throws_publishes_nothing_and_the_center_goes_on()
    {
        var center = Center(new InMemoryEscalationNotifier());
        await Assert.ThrowsAsync<TimeoutException>(async () => await center.CreateAsync<RepairTicket>(() => throw new TimeoutException("number source down")));
        Assert.Null(center.NextDue);
        var ticket = (await center.CreateAsync(() => RepairTicket.Report("RT-1", Request(), Officer, Start))).Value.Aggregate;
        Assert.NotEmpty(center.Timers(Site, ticket.Id, Start));
    }

    [Fact]
    public async Task A_huge_batch_with_one_gap_at_its_end_is_refused_whole()
    {
        var center = Center(new InMemoryEscalationNotifier());
        var batch = new List<DomainEvent>();
        for (var i = 0; i < 20_000; i++)
        {
            batch.Add(RepairTicket.Report($"RT-{i}", Request(), Officer, Start).Value.Events[0]);
        }

        var last = RepairTicket.Report("RT-X", Request(), Officer, Start).Value.Aggregate;
        last.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), Start);
        batch.Add(last.Events[1]);
        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await center.PublishAsync(batch));
        Assert.StartsWith("events[20000]: WorkOrderIssued of RT-X", error.Message);
        Assert.Empty(center.Timers(Site, "RT-0", Start));
        Assert.Null(center.NextDue);
    }

    [Fact]
    public async Task Two_people_acknowledging_at_once_record_one_acknowledgement()
    {
        var notifier = new InMemoryEscalationNotifier();
        var center = Center(notifier);
        await center.PublishAsync(RepairTicket.Report("RT-1", Request(), Officer, Start).Value.Events);
        await center.PollAsync(Start + Duration.FromMinutes(5));
        var cause = notifier.Notices[0].Cause;
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await center.AcknowledgeAsync(Site, cause, i % 2 == 0 ? ServiceManager : SiteManager, Start + Duration.FromMinutes(5)))));
        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => r.IsRejected), r => Assert.Equal(EscalationRejectionCodes.AlreadyAcknowledged, r.Rejection!.Code));
    }

    [Fact]
    public async Task A_forged_history_in_a_store_cannot_be_loaded_and_says_where()
    {
        var store = new InMemoryEventStore();
        var ticket = RepairTicket.Report("RT-1", Request(), Officer, Start).Value.Aggregate;
        await store.AppendAsync(Site, "RT-1", 0, ticket.Events);

        // A sign-off nobody could have made: the ticket was only reported. The store takes whatever a caller appends...
        var forged = new WorkSignedOff("RT-1", 2, Start + Duration.FromMinutes(1), new Actor("R1", "陈女士", Site, Role.Resident), Owner);
        Assert.True((await store.AppendAsync(Site, "RT-1", 1, [forged])).IsSuccess);

        // ...but a repository load replays it through the workflow and refuses it, naming the event.
        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents);
        var error = await Assert.ThrowsAsync<InvalidHistoryException>(async () => await tickets.LoadAsync(Site, "RT-1"));
        Assert.Contains("version 2", error.Message);
        var refused = await Assert.ThrowsAsync<InvalidHistoryException>(async () => await tickets.ExecuteAsync(Site, "RT-1", t => t.Cancel(Officer, "x", Start)));
        Assert.Equal(error.Message, refused.Message);
        Assert.Equal(2, (await store.ReadAsync(Site, "RT-1")).Count);
    }

    [Fact]
    public async Task A_loader_that_throws_writes_nothing()
    {
        var store = new InMemoryEventStore();
        await store.AppendAsync(Site, "RT-1", 0, RepairTicket.Report("RT-1", Request(), Officer, Start).Value.Events);
        var tickets = new EventStoreRepository<RepairTicket>(store, _ => throw new InvalidOperationException("bad loader"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await tickets.ExecuteAsync(Site, "RT-1", t => t.Cancel(Officer, "x", Start)));
        Assert.Single(await store.ReadAsync(Site, "RT-1"));
    }
}
