using NodaTime;
using PropertyService.Repairs;

namespace PropertyService.Storage;

/// <summary>
/// What every <see cref="IEventStore"/> must do, whatever keeps the events: a derived class per store runs it all.
/// </summary>
/// <remarks>
/// Every test is a <c>[SkippableFact]</c>, so a derived class whose store is out of reach (no PostgreSQL server on a
/// developer's machine) skips them all by calling <c>Skip.If</c> in its constructor or in <see cref="CreateStore"/>,
/// which each test calls; both were tried, and both report every test as skipped with the reason.
/// </remarks>
public abstract partial class EventStoreContractTests
{
    private static readonly SiteId Site = RepairFixture.Site;
    private static readonly SiteId Other = new("GZ-02");

    protected abstract IEventStore CreateStore();

    private static RepairTicket Ticket(string id = "RT-1", Actor? by = null) =>
        RepairTicket.Report(id, RepairFixture.Request("S-01"), by ?? RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;

    private static IReadOnlyList<DomainEvent> Issue(RepairTicket ticket) =>
        RepairFixture.Ok(ticket.IssueWorkOrder(RepairFixture.Officer, new InMemoryWorkOrderNumberSource(), RepairFixture.Start + Duration.FromMinutes(1)));

    [SkippableFact]
    public async Task Appended_events_read_back_in_order_with_rising_positions()
    {
        var store = CreateStore();
        var ticket = Ticket();
        Assert.Equal(1, (await store.AppendAsync(Site, "RT-1", 0, ticket.Events)).Version);
        Assert.Equal(2, (await store.AppendAsync(Site, "RT-1", 1, Issue(ticket))).Version);

        var stored = await store.ReadAsync(Site, "RT-1");
        SameEvents.Assert(ticket.Events, stored.Select(s => s.Event));
        Assert.Equal([1, 2], stored.Select(s => s.Version));
        Assert.True(stored[0].Position < stored[1].Position);
        Assert.Equal(("repair.reported", 1, "RT-1", Site), (stored[0].TypeName, stored[0].SchemaVersion, stored[0].StreamId, stored[0].Site));
        Assert.Equal([2], (await store.ReadAsync(Site, "RT-1", fromVersion: 2)).Select(s => s.Version));
        Assert.Empty(await store.ReadAsync(Site, "RT-1", fromVersion: 3));
        Assert.Equal(RepairState.WorkOrderIssued, RepairTicket.FromEvents(stored.Select(s => s.Event)).State);
    }

    [SkippableFact]
    public async Task A_stale_expected_version_is_a_conflict_with_the_current_version_and_writes_nothing()
    {
        var store = CreateStore();
        var ticket = Ticket();
        await store.AppendAsync(Site, "RT-1", 0, ticket.Events);
        var again = await store.AppendAsync(Site, "RT-1", 0, ticket.Events);
        Assert.False(again.IsSuccess);
        Assert.Equal(new ConcurrencyConflict(Site, "RT-1", 0, 1), again.Conflict);
        Assert.Throws<InvalidOperationException>(() => again.Version);
        var ahead = await store.AppendAsync(Site, "RT-1", 5, [LoadedAtCompletion()[5]]);
        Assert.Equal(1, ahead.Conflict!.CurrentVersion);
        Assert.Single(await store.ReadAsync(Site, "RT-1"));
    }

    [SkippableFact]
    public async Task Bad_appends_are_refused_before_anything_is_written()
    {
        var store = CreateStore();
        var ticket = Ticket();
        var issued = Issue(ticket);
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Site, "RT-1", 0, []));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Site, "RT-2", 0, [ticket.Events[0]]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Site, "RT-1", 0, issued));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Site, "RT-1", 0, [ticket.Events[0], ticket.Events[0]]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Other, "RT-1", 0, [ticket.Events[0]]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(default, "RT-1", 0, [ticket.Events[0]]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(Site, " ", 0, [ticket.Events[0]]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.AppendAsync(Site, "RT-1", -1, [ticket.Events[0]]));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendAsync(Site, "RT-1", 0, [null!]));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendAsync(Site, "RT-1", 0, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReadAsync(Site, null!));
        Assert.Empty(await store.ReadAsync(Site, "RT-1"));
    }

    [SkippableFact]
    public async Task Several_events_append_at_once_and_refusals_say_which_event_and_why()
    {
        var store = CreateStore();
        var ticket = Ticket();
        Issue(ticket);
        Assert.Equal(2, (await store.AppendAsync(Site, "RT-1", 0, ticket.Events)).Version);

        var other = Ticket("RT-2");
        Issue(other);
        async Task<string> Refusal(SiteId site, string stream, int expected, IReadOnlyList<DomainEvent> events) =>
            (await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(site, stream, expected, events))).Message;

        Assert.StartsWith("The site is empty; every stream belongs to a site.", await Refusal(default, "RT-2", 0, other.Events));
        Assert.StartsWith("There are no events to append.", await Refusal(Site, "RT-2", 0, []));
        Assert.StartsWith("events[0] (RepairReported) belongs to RT-2, not to stream RT-3.", await Refusal(Site, "RT-3", 0, other.Events));
        Assert.StartsWith("events[1] (WorkOrderIssued) has version 2; after version 1 the next is 3.", await Refusal(Site, "RT-2", 1, [other.Events[1], other.Events[1]]));
        Assert.StartsWith("events[0] (RepairReported) was recorded by O1 of site SZ-01, not of site GZ-02.", await Refusal(Other, "RT-2", 0, other.Events));
        Assert.StartsWith("events[1] is null.", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendAsync(Site, "RT-2", 0, [other.Events[0], null!]))).Message);
        Assert.Empty(await store.ReadAsync(Site, "RT-2"));
    }

    [SkippableFact]
    public async Task A_cancelled_read_is_refused()
    {
        var store = CreateStore();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ReadAsync(Site, "RT-1", 1, cancelled.Token));
    }

    [SkippableFact]
    public async Task Reading_from_the_last_version_or_from_zero_works()
    {
        var store = CreateStore();
        var ticket = Ticket();
        Issue(ticket);
        await store.AppendAsync(Site, "RT-1", 0, ticket.Events);
        Assert.Equal([2], (await store.ReadAsync(Site, "RT-1", 2)).Select(s => s.Version));
        Assert.Equal([1, 2], (await store.ReadAsync(Site, "RT-1", 0)).Select(s => s.Version));
    }

    [SkippableFact]
    public async Task Streams_are_scoped_to_their_site()
    {
        var store = CreateStore();
        await store.AppendAsync(Site, "RT-1", 0, Ticket().Events);
        var there = Ticket("RT-1", new Actor("O9", "外站客服", Other, Role.Officer));
        Assert.Equal(1, (await store.AppendAsync(Other, "RT-1", 0, there.Events)).Version);
        Assert.Equal(Other, Assert.Single(await store.ReadAsync(Other, "RT-1")).Event.Actor.Site);
        Assert.Equal(Site, Assert.Single(await store.ReadAsync(Site, "RT-1")).Event.Actor.Site);
        Assert.Empty(await store.ReadAsync(new SiteId("SH-03"), "RT-1"));
    }

    [SkippableFact]
    public async Task A_cancelled_append_writes_nothing()
    {
        var store = CreateStore();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendAsync(Site, "RT-1", 0, Ticket().Events, cancelled.Token));
        Assert.Empty(await store.ReadAsync(Site, "RT-1"));
    }

    /// <summary>8 writers × 1,000 commands on one ticket: each command is appended once or refused; the stream is dense.</summary>
    [SkippableFact]
    [Trait("Speed", "Slow")]
    public async Task Parallel_writers_on_one_ticket_never_overwrite_each_other()
    {
        var store = CreateStore();
        var loaded = LoadedAtCompletion();
        await store.AppendAsync(Site, "RT-1", 0, loaded);
        var applied = 0;
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var ticket = RepairTicket.FromEvents((await store.ReadAsync(Site, "RT-1")).Select(s => s.Event));
            for (var i = 0; i < 1000; i++)
            {
                var version = ticket.Version;
                var result = ticket.State == RepairState.WorkCompleted
                    ? ticket.RejectWork(RepairFixture.ResidentActor, RepairFixture.Owner, "Still drips", ticket.LastEventAt)
                    : ticket.CompleteWork(RepairFixture.Technician, null, ticket.LastEventAt);
                var append = await store.AppendAsync(Site, "RT-1", version, result.Value);
                if (append.IsSuccess)
                {
                    Interlocked.Increment(ref applied);
                }
                else
                {
                    Interlocked.Increment(ref conflicts);
                    ticket = RepairTicket.FromEvents((await store.ReadAsync(Site, "RT-1")).Select(s => s.Event));
                }
            }
        })));

        var stream = await store.ReadAsync(Site, "RT-1");
        Assert.Equal(8000, applied + conflicts);
        Assert.Equal(loaded.Count + applied, stream.Count);
        Assert.Equal(Enumerable.Range(1, stream.Count), stream.Select(s => s.Version));
        Assert.Equal(stream.Count, stream.Select(s => s.Position).Distinct().Count());
        Assert.Equal(stream.Count, RepairTicket.FromEvents(stream.Select(s => s.Event)).Version);
    }

    /// <summary>8 writers × 1,000 commands spread over 16 tickets: each command is appended once or refused; every stream is dense and verifies.</summary>
    [SkippableFact]
    [Trait("Speed", "Slow")]
    public async Task Parallel_writers_on_many_tickets_never_overwrite_each_other()
    {
        var store = CreateStore();
        var tickets = LoadedAtCompletion(16);
        var ids = tickets.Select(t => t[0].AggregateId).ToArray();
        foreach (var events in tickets)
        {
            Assert.True((await store.AppendAsync(Site, events[0].AggregateId, 0, events)).IsSuccess);
        }

        var loaded = tickets[0];

        var applied = new int[ids.Length];
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var i = 0; i < 1000; i++)
            {
                var n = random.Next(ids.Length);
                var ticket = RepairTicket.FromEvents((await store.ReadAsync(Site, ids[n])).Select(s => s.Event));
                var version = ticket.Version;
                var result = ticket.State == RepairState.WorkCompleted
                    ? ticket.RejectWork(RepairFixture.ResidentActor, RepairFixture.Owner, "Still drips", ticket.LastEventAt)
                    : ticket.CompleteWork(RepairFixture.Technician, null, ticket.LastEventAt);
                if ((await store.AppendAsync(Site, ids[n], version, result.Value)).IsSuccess)
                {
                    Interlocked.Increment(ref applied[n]);
                }
                else
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        Assert.Equal(8000, applied.Sum() + conflicts);
        for (var n = 0; n < ids.Length; n++)
        {
            var stream = await store.ReadAsync(Site, ids[n]);
            Assert.Equal(loaded.Count + applied[n], stream.Count);
            Assert.Equal(Enumerable.Range(1, stream.Count), stream.Select(s => s.Version));
        }

        Assert.True((await store.VerifyAllAsync(Site)).IsIntact);
    }

    /// <summary>Tickets RT-1 … RT-<paramref name="count"/>, each with the 10 events up to its second completion.</summary>
    internal static List<IReadOnlyList<DomainEvent>> LoadedAtCompletion(int count)
    {
        var fixture = new RepairFixture();
        var tickets = new List<IReadOnlyList<DomainEvent>>();
        for (var i = 0; i < count; i++)
        {
            var ticket = fixture.ReadyToAssign();
            RepairFixture.Ok(ticket.Assign(RepairFixture.EngineeringSupervisor, RepairFixture.Technician, fixture.Now));
            RepairFixture.Ok(ticket.Arrive(RepairFixture.Technician, fixture.Now));
            RepairFixture.Ok(ticket.CompleteWork(RepairFixture.Technician, null, fixture.Now));
            tickets.Add(ticket.Events);
        }

        return tickets;
    }

    [SkippableFact]
    public async Task Parallel_writers_on_their_own_tickets_all_succeed()
    {
        var store = CreateStore();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                var ticket = Ticket($"RT-{w}-{i}");
                Assert.True((await store.AppendAsync(Site, ticket.Id, 0, ticket.Events)).IsSuccess);
                Assert.True((await store.AppendAsync(Site, ticket.Id, 1, Issue(ticket))).IsSuccess);
            }
        })));

        for (var w = 0; w < 8; w++)
        {
            Assert.Equal(2, (await store.ReadAsync(Site, $"RT-{w}-49")).Count);
        }
    }

    /// <summary>A ticket's 10 events up to its second completion (the loop RejectWork / CompleteWork can run from there).</summary>
    private static IReadOnlyList<DomainEvent> LoadedAtCompletion() => LoadedAtCompletion(1)[0];
}
