using System.Text;
using NodaTime;
using PropertyService.Repairs;

namespace PropertyService.Storage;

/// <summary>The hash chain, the stream index, site reads, batches and checkpoints: the same for every store.</summary>
public abstract partial class EventStoreContractTests
{
    /// <summary>Rewrites a stream's stored rows as someone with access to the storage could (the index untouched).</summary>
    /// <param name="store">A store made by <see cref="CreateStore"/>.</param>
    /// <param name="site">The site.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="change">Changes the rows, given in storage order.</param>
    protected abstract Task TamperAsync(IEventStore store, SiteId site, string streamId, Action<List<TamperRow>> change);

    private static async Task<(IEventStore Store, IReadOnlyList<DomainEvent> Events)> StoreWithTicket(IEventStore store)
    {
        var events = LoadedAtCompletion();
        Assert.True((await store.AppendAsync(Site, "RT-1", 0, events)).IsSuccess);
        Assert.True((await store.AppendAsync(Site, "RT-2", 0, Ticket("RT-2").Events)).IsSuccess);
        return (store, events);
    }

    private async Task<TamperFinding> OnlyFinding(IEventStore store, TamperKind kind, int version)
    {
        var all = await store.VerifyAllAsync(Site);
        Assert.False(all.IsIntact);
        var finding = all.Findings.First();
        Assert.Equal(("RT-1", kind, version), (finding.StreamId, finding.Kind, finding.Version));
        Assert.Equal(all.Findings, (await store.VerifyAsync(Site, "RT-1")).Findings);
        Assert.True((await store.VerifyAsync(Site, "RT-2")).IsIntact);
        return finding;
    }

    private static byte[] Rehash(TamperRow row) =>
        HashChain.Compute(row.PreviousHash, Site, "RT-1", row.Version, row.TypeName, row.SchemaVersion, row.Payload);

    [SkippableFact]
    public async Task An_untouched_store_verifies_and_each_event_is_chained_to_the_one_before()
    {
        var (store, events) = await StoreWithTicket(CreateStore());
        var result = await store.VerifyAllAsync(Site);
        Assert.True(result.IsIntact, result.ToString());
        Assert.Equal((2, events.Count + 1L), (result.Streams, result.Events));
        Assert.Equal($"intact: 2 streams, {events.Count + 1} events", result.ToString());
        var stored = await store.ReadAsync(Site, "RT-1");
        Assert.Equal(HashChain.Genesis.ToArray(), stored[0].PreviousHash.ToArray());
        for (var i = 1; i < stored.Count; i++)
        {
            Assert.Equal(stored[i - 1].Hash.ToArray(), stored[i].PreviousHash.ToArray());
        }

        Assert.True((await store.VerifyAllAsync(Other)).IsIntact);
        Assert.Equal(0, (await store.VerifyAllAsync(Other)).Streams);
        Assert.Equal((0, 0L), ((await store.VerifyAsync(Site, "RT-9")).Streams, (await store.VerifyAsync(Site, "RT-9")).Events));
    }

    [SkippableFact]
    public async Task An_edited_payload_is_found_at_its_version()
    {
        var (store, _) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows => rows[0].Payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(rows[0].Payload).Replace("S-01", "S-02", StringComparison.Ordinal)));
        var finding = await OnlyFinding(store, TamperKind.Edited, 1);
        Assert.StartsWith("SZ-01/RT-1 v1 Edited: its content does not match its hash ", finding.ToString());
    }

    [SkippableFact]
    public async Task An_edited_and_rehashed_event_is_found_through_the_link_of_the_next()
    {
        var (store, _) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows =>
        {
            rows[2].Payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(rows[2].Payload).Replace("O1", "O2", StringComparison.Ordinal));
            rows[2].Hash = Rehash(rows[2]);
        });
        var finding = await OnlyFinding(store, TamperKind.Edited, 3);
        Assert.Equal("v4 was chained to another v3: v3 was altered and rehashed, or replaced.", finding.Detail);
    }

    [SkippableFact]
    public async Task A_rehashed_last_event_is_found_through_the_head()
    {
        var (store, events) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows =>
        {
            rows[^1].Payload = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(rows[^1].Payload).Replace("T1", "T2", StringComparison.Ordinal));
            rows[^1].Hash = Rehash(rows[^1]);
        });
        var finding = await OnlyFinding(store, TamperKind.HeadMismatch, events.Count);
        Assert.Contains($"v{events.Count} was altered and rehashed, or replaced", finding.Detail, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_removed_event_is_found_where_it_was()
    {
        var (store, _) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows => rows.RemoveAt(3));
        Assert.Equal("v4 is missing.", (await OnlyFinding(store, TamperKind.Removed, 4)).Detail);
    }

    [SkippableFact]
    public async Task Removed_events_at_the_end_are_found_through_the_head()
    {
        var (store, events) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows => rows.RemoveRange(rows.Count - 2, 2));
        var finding = await OnlyFinding(store, TamperKind.HeadMismatch, events.Count - 1);
        Assert.Equal($"the stream's head records version {events.Count}, but its last stored event is v{events.Count - 2}.", finding.Detail);
    }

    [SkippableFact]
    public async Task Reordered_events_are_found()
    {
        var (store, _) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows => (rows[1].Position, rows[2].Position) = (rows[2].Position, rows[1].Position));
        Assert.Equal("v2 is stored after v3.", (await OnlyFinding(store, TamperKind.Reordered, 2)).Detail);
    }

    [SkippableFact]
    public async Task A_forged_event_slipped_into_the_middle_is_found()
    {
        var (store, events) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows =>
        {
            // A forger copies v3 as a new v3 chained to v2 and pushes the rest one version on, keeping their hashes.
            var forged = rows[2].Copy();
            for (var i = 2; i < rows.Count; i++)
            {
                rows[i].Version++;
            }

            rows.Insert(2, forged);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].Position = 1000 + i;
            }
        });
        var all = await store.VerifyAsync(Site, "RT-1");
        Assert.Contains(all.Findings, f => f is { Kind: TamperKind.Edited, Version: 4 });
        Assert.Contains(all.Findings, f => f is { Kind: TamperKind.HeadMismatch } && f.Detail.Contains($"last stored event is v{events.Count + 1}", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_payload_that_cannot_be_read_is_found_even_when_rehashed()
    {
        var (store, events) = await StoreWithTicket(CreateStore());
        await TamperAsync(store, Site, "RT-1", rows =>
        {
            rows[^1].Payload = rows[^1].Payload[..(rows[^1].Payload.Length / 2)];
            rows[^1].Hash = Rehash(rows[^1]);
        });
        var all = await store.VerifyAsync(Site, "RT-1");
        Assert.Contains(all.Findings, f => f is { Kind: TamperKind.Unreadable } && f.Version == events.Count);
    }

    [SkippableFact]
    public async Task A_batch_appends_or_refuses_each_request_alone_in_order()
    {
        var store = CreateStore();
        var one = Ticket("RT-1");
        var two = Ticket("RT-2");
        var issued = Issue(one);
        var issuedTwo = Issue(two);
        Assert.True((await store.AppendAsync(Site, "RT-2", 0, [two.Events[0]])).IsSuccess);
        var results = await store.AppendBatchAsync(
        [
            new AppendRequest(Site, "RT-1", 0, [one.Events[0]]),
            new AppendRequest(Site, "RT-2", 0, [two.Events[0]]),
            new AppendRequest(Site, "RT-1", 1, issued),
        ]);
        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal(new ConcurrencyConflict(Site, "RT-2", 0, 1), results[1].Conflict);
        Assert.Equal(2, results[2].Version);
        Assert.Equal([1, 2], (await store.ReadAsync(Site, "RT-1")).Select(e => e.Version));
        Assert.Single(await store.ReadAsync(Site, "RT-2"));
        Assert.Empty(await store.AppendBatchAsync([]));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendBatchAsync(null!));
        Assert.StartsWith("requests[1] is null.", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.AppendBatchAsync([new AppendRequest(Site, "RT-2", 1, issuedTwo), null!]))).Message);
        Assert.Single(await store.ReadAsync(Site, "RT-2"));
        Assert.True((await store.VerifyAllAsync(Site)).IsIntact);
    }

    [SkippableFact]
    public async Task The_index_answers_queries_by_kind_state_owner_and_deadline_within_one_site()
    {
        var store = CreateStore();
        var at = RepairFixture.Start;
        async Task Put(SiteId site, string id, string state, string? owner, int dueInMinutes)
        {
            var by = site == Site ? RepairFixture.Officer : new Actor("O9", "外站客服", site, Role.Officer);
            var ticket = Ticket(id, by);
            var status = new StreamStatus(RepairTicket.AggregateType, state, owner, dueInMinutes < 0 ? null : at + Duration.FromMinutes(dueInMinutes));
            Assert.True((await store.AppendAsync(new AppendRequest(site, id, 0, ticket.Events, status))).IsSuccess);
        }

        await Put(Site, "RT-3", "Reported", "O1", 10);
        await Put(Site, "RT-1", "Reported", "O2", 30);
        await Put(Site, "RT-2", "Closed", "O1", -1);
        await Put(Other, "RT-4", "Reported", "O1", 5);
        await store.AppendAsync(Site, "HR-1", 0, Ticket("HR-1").Events); // described by the store itself

        async Task<string[]> Ids(StreamQuery query, SiteId? site = null) => [.. (await store.QueryAsync(site ?? Site, query)).Select(s => s.StreamId)];
        Assert.Equal(["RT-1", "RT-3"], await Ids(new StreamQuery { AggregateType = RepairTicket.AggregateType, States = ["Reported"] }));
        Assert.Equal(["RT-1", "RT-2", "RT-3"], await Ids(new StreamQuery { AggregateType = RepairTicket.AggregateType }));
        Assert.Equal(["RT-2", "RT-3"], await Ids(new StreamQuery { Owner = "O1" }));
        Assert.Equal(["RT-3", "RT-1"], await Ids(new StreamQuery { DueBefore = at + Duration.FromMinutes(31) }));
        Assert.Equal(["RT-3"], await Ids(new StreamQuery { DueBefore = at + Duration.FromMinutes(30) }));
        Assert.Equal(["HR-1", "RT-1"], await Ids(new StreamQuery { Limit = 2 }));
        Assert.Equal(["RT-4"], await Ids(new StreamQuery { Owner = "O1" }, Other));
        Assert.Empty(await Ids(new StreamQuery(), new SiteId("SH-03")));

        var inferred = Assert.Single(await store.QueryAsync(Site, new StreamQuery { AggregateType = "repair" }));
        Assert.Equal(new StreamSummary(Site, "HR-1", new StreamStatus("repair", "repair.reported"), 1, RepairFixture.Start), inferred);
        var described = (await store.QueryAsync(Site, new StreamQuery { States = ["Closed"] }))[0];
        Assert.Equal(new StreamSummary(Site, "RT-2", new StreamStatus(RepairTicket.AggregateType, "Closed", "O1"), 1, RepairFixture.Start), described);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.QueryAsync(Site, null!));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.QueryAsync(Site, new StreamQuery { Limit = 0 }));
    }

    [SkippableFact]
    public async Task The_index_follows_the_stream_through_a_repository()
    {
        var store = CreateStore();
        var due = RepairFixture.Start + Duration.FromMinutes(3);
        var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, t => t.State == RepairState.Reported ? due : null);
        Assert.True((await tickets.CreateAsync(() => RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start))).IsSuccess);
        var reported = Assert.Single(await store.QueryAsync(Site, new StreamQuery { DueBefore = due + Duration.FromMilliseconds(1) }));
        Assert.Equal(new StreamStatus(RepairTicket.AggregateType, "Reported", "O1", due), reported.Status);

        Assert.True((await tickets.ExecuteAsync(Site, "RT-1", t => t.IssueWorkOrder(RepairFixture.Officer, new InMemoryWorkOrderNumberSource(), RepairFixture.Start + Duration.FromMinutes(1)))).IsSuccess);
        var issued = Assert.Single(await store.QueryAsync(Site, new StreamQuery { AggregateType = RepairTicket.AggregateType }));
        Assert.Equal((new StreamStatus(RepairTicket.AggregateType, "WorkOrderIssued", "O1"), 2), (issued.Status, issued.Version));
        Assert.Empty(await store.QueryAsync(Site, new StreamQuery { DueBefore = due + Duration.FromMilliseconds(1) }));
    }

    [SkippableFact]
    public async Task A_site_reads_back_in_the_order_stored_and_pages()
    {
        var store = CreateStore();
        var one = Ticket("RT-1");
        var issued = Issue(one);
        await store.AppendAsync(Site, "RT-1", 0, [one.Events[0]]);
        await store.AppendAsync(Other, "RT-1", 0, Ticket("RT-1", new Actor("O9", "外站客服", Other, Role.Officer)).Events);
        await store.AppendAsync(Site, "RT-2", 0, Ticket("RT-2").Events);
        await store.AppendAsync(Site, "RT-1", 1, issued);

        var all = await store.ReadSiteAsync(Site);
        Assert.Equal(["RT-1 v1", "RT-2 v1", "RT-1 v2"], all.Select(e => $"{e.StreamId} v{e.Version}"));
        Assert.All(all, e => Assert.Equal(Site, e.Site));
        Assert.True(all[0].Position < all[1].Position && all[1].Position < all[2].Position);
        Assert.Equal(["RT-2 v1"], (await store.ReadSiteAsync(Site, all[0].Position, 1)).Select(e => $"{e.StreamId} v{e.Version}"));
        Assert.Equal(["RT-1 v2"], (await store.ReadSiteAsync(Site, all[1].Position)).Select(e => $"{e.StreamId} v{e.Version}"));
        Assert.Empty(await store.ReadSiteAsync(Site, all[2].Position));
        Assert.Single(await store.ReadSiteAsync(Other));
        Assert.Empty(await store.ReadSiteAsync(new SiteId("SH-03")));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.ReadSiteAsync(Site, -1));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.ReadSiteAsync(Site, 0, 0));
    }

    [SkippableFact]
    public async Task Checkpoints_belong_to_a_site_and_only_move_forward()
    {
        var store = CreateStore();
        var at = RepairFixture.Start;
        Assert.Null(await store.ReadCheckpointAsync(Site, "sla"));
        await store.WriteCheckpointAsync(Site, "sla", at);
        await store.WriteCheckpointAsync(Site, "sla", at - Duration.FromMinutes(1));
        Assert.Equal(at, await store.ReadCheckpointAsync(Site, "sla"));
        await store.WriteCheckpointAsync(Site, "sla", at + Duration.FromMinutes(1));
        Assert.Equal(at + Duration.FromMinutes(1), await store.ReadCheckpointAsync(Site, "sla"));
        Assert.Null(await store.ReadCheckpointAsync(Other, "sla"));
        Assert.Null(await store.ReadCheckpointAsync(Site, "other"));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.WriteCheckpointAsync(Site, " ", at));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.WriteCheckpointAsync(default, "sla", at));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReadCheckpointAsync(Site, null!));
    }

    [SkippableFact]
    public async Task An_event_type_the_store_could_not_read_back_is_refused_before_anything_is_written()
    {
        var store = CreateStore();
        var message = (await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Site, "RT-1", 0, [new Unregistered("RT-1", 1)]))).Message;
        Assert.StartsWith("events[0] (PropertyService.Storage.EventStoreContractTests+Unregistered) is not a registered event type", message);
        Assert.Empty(await store.ReadAsync(Site, "RT-1"));
        Assert.Empty(await store.QueryAsync(Site, new StreamQuery()));
    }

    /// <summary>An event type the registry does not know.</summary>
    private sealed record Unregistered(string AggregateId, int Version) : DomainEvent(AggregateId, Version, RepairFixture.Start, RepairFixture.Officer);
}
