using NodaTime;
using PropertyService.Repairs;
using PropertyService.Storage.Serialization;

namespace PropertyService.Storage;

/// <summary>The hash chain's verdicts one by one, the stores' argument checks and texts.</summary>
public sealed class StorageEdgeTests
{
    private static readonly SiteId Site = RepairFixture.Site;

    /// <summary>A stream RT-1 of <paramref name="count"/> events, chained, as a store would keep its rows.</summary>
    private static List<ChainLink> Chain(int count)
    {
        var fixture = new RepairFixture();
        var ticket = fixture.ReadyToAssign();
        RepairFixture.Ok(ticket.Assign(RepairFixture.EngineeringSupervisor, RepairFixture.Technician, fixture.Now));
        var links = new List<ChainLink>();
        ReadOnlyMemory<byte> previous = HashChain.Genesis;
        foreach (var e in ticket.Events.Take(count))
        {
            var type = EventTypeRegistry.Of(e.GetType());
            var payload = EventSerializer.Default.Serialize(e);
            var hash = HashChain.Compute(previous.Span, Site, "RT-1", e.Version, type.Name, type.SchemaVersion, payload);
            links.Add(new ChainLink(e.Version, type.Name, type.SchemaVersion, payload, previous, hash));
            previous = hash;
        }

        return links;
    }

    private static string[] Verify(IReadOnlyList<ChainLink> links, (int, ReadOnlyMemory<byte>)? head = null) =>
        [.. HashChain.Verify(Site, "RT-1", links, head, EventSerializer.Default).Select(f => $"v{f.Version} {f.Kind}: {f.Detail}")];

    [Fact]
    public void An_intact_chain_has_no_findings_with_or_without_its_head()
    {
        var links = Chain(5);
        Assert.Empty(Verify(links));
        Assert.Empty(Verify(links, (5, links[^1].Hash)));
        Assert.Empty(Verify([], (0, HashChain.Genesis)));
    }

    [Fact]
    public void A_version_stored_twice_is_an_insertion()
    {
        var links = Chain(3);
        links.Insert(2, links[1]);
        Assert.Equal(["v2 Inserted: v2 appears more than once."], Verify(links));
    }

    [Fact]
    public void Several_missing_versions_are_named_as_a_range()
    {
        var links = Chain(5);
        links.RemoveRange(1, 2);
        Assert.Equal(["v2 Removed: v2 to v3 are missing."], Verify(links));
    }

    [Fact]
    public void Rows_stored_out_of_order_are_one_reordering_and_the_chain_is_checked_in_version_order()
    {
        var links = Chain(5);
        (links[1], links[2]) = (links[2], links[1]);
        (links[3], links[4]) = (links[4], links[3]);
        Assert.Equal(["v2 Reordered: v2 is stored after v3."], Verify(links, (5, Chain(5)[^1].Hash)));
    }

    [Fact]
    public void An_event_chained_to_a_later_one_is_a_reordering()
    {
        var links = Chain(4);
        var rechained = links[1] with { PreviousHash = links[3].Hash };
        links[1] = rechained with { Hash = HashChain.Compute(rechained.PreviousHash.Span, Site, "RT-1", 2, rechained.TypeName, rechained.SchemaVersion, rechained.Payload.Span) };
        var found = Verify(links);
        Assert.Equal("v2 Reordered: v2 is chained to v4, which comes after it.", found[0]);
    }

    [Fact]
    public void A_first_event_not_chained_to_the_start_is_an_insertion()
    {
        var links = Chain(2);
        var other = new byte[32];
        other[5] = 1;
        links[0] = links[0] with { PreviousHash = other };
        links[0] = links[0] with { Hash = HashChain.Compute(other, Site, "RT-1", 1, links[0].TypeName, links[0].SchemaVersion, links[0].Payload.Span) };
        Assert.Equal("v1 Inserted: the first event is not chained to the start of the stream.", Verify(links)[0]);
    }

    [Fact]
    public void A_payload_that_claims_another_place_is_an_edit()
    {
        var links = Chain(2);
        var moved = Chain(2)[0]; // RT-1 v1's payload, stored as v2 and rehashed there
        links[1] = new ChainLink(2, moved.TypeName, moved.SchemaVersion, moved.Payload, links[0].Hash,
            HashChain.Compute(links[0].Hash.Span, Site, "RT-1", 2, moved.TypeName, moved.SchemaVersion, moved.Payload.Span));
        Assert.Equal(["v2 Edited: its payload is SZ-01/RT-1 v1, not SZ-01/RT-1 v2."], Verify(links));
    }

    [Fact]
    public void A_head_ahead_of_the_rows_or_with_another_hash_is_a_head_mismatch()
    {
        var links = Chain(3);
        Assert.Equal(["v4 HeadMismatch: the stream's head records version 5, but its last stored event is v3."], Verify(links, (5, links[^1].Hash)));
        Assert.Equal(["v1 HeadMismatch: the stream's head records version 2, but its last stored event is v0."], Verify([], (2, links[1].Hash)));
        Assert.StartsWith("v3 HeadMismatch: the stream's head records hash ", Verify(links, (3, links[0].Hash))[0]);
    }

    [Fact]
    public void Computing_or_verifying_a_hash_refuses_bad_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => HashChain.Compute(HashChain.Genesis.Span, Site, null!, 1, "t", 1, []));
        Assert.Throws<ArgumentNullException>(() => HashChain.Compute(HashChain.Genesis.Span, Site, "s", 1, null!, 1, []));
        Assert.StartsWith("A previous hash is 32 bytes long, not 31.", Assert.Throws<ArgumentException>(() => HashChain.Compute(new byte[31], Site, "s", 1, "t", 1, [])).Message);
        Assert.Throws<ArgumentNullException>(() => HashChain.Verify(Site, null!, [], null, EventSerializer.Default));
        Assert.Throws<ArgumentNullException>(() => HashChain.Verify(Site, "s", null!, null, EventSerializer.Default));
        Assert.Throws<ArgumentNullException>(() => HashChain.Verify(Site, "s", [], null, null!));
        Assert.Equal("c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2", HashChain.ToHex(System.Security.Cryptography.SHA256.HashData("foobar"u8)));
    }

    [Fact]
    public void The_hash_is_the_documented_sha256_of_its_length_prefixed_fields()
    {
        byte[] expected = [.. new byte[32], 0, 0, 0, 5, .. "SZ-01"u8, 0, 0, 0, 4, .. "RT-1"u8, 0, 0, 0, 7, 0, 0, 0, 15, .. "repair.reported"u8, 0, 0, 0, 2, 0, 0, 0, 2, .. "{}"u8];
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(expected), HashChain.Compute(HashChain.Genesis.Span, Site, "RT-1", 7, "repair.reported", 2, "{}"u8));
    }

    [Fact]
    public void A_verification_result_counts_and_summarises_its_findings()
    {
        TamperFinding F(int v) => new(Site, "RT-1", v, TamperKind.Edited, "changed");
        Assert.Equal("intact: 2 streams, 7 events", new VerificationResult(2, 7, []).ToString());
        Assert.Equal("3 findings in 1 streams, 7 events: SZ-01/RT-1 v1 Edited: changed; SZ-01/RT-1 v2 Edited: changed; SZ-01/RT-1 v3 Edited: changed",
            new VerificationResult(1, 7, [F(1), F(2), F(3)]).ToString());
        Assert.EndsWith("SZ-01/RT-1 v3 Edited: changed; …", new VerificationResult(1, 7, [F(1), F(2), F(3), F(4)]).ToString());
        Assert.StartsWith("A count cannot be negative.", Assert.Throws<ArgumentOutOfRangeException>(() => new VerificationResult(1, -1, [])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new VerificationResult(-1, 1, []));
        Assert.Throws<ArgumentNullException>(() => new VerificationResult(1, 1, null!));
        Assert.False(new VerificationResult(1, 1, [F(1)]).IsIntact);
    }

    [Fact]
    public void Texts_of_requests_and_refusals_say_where()
    {
        var ticket = new RepairFixture().ReadyToAssign();
        Assert.Equal("SZ-01/RT-1 v2..v4", new AppendRequest(Site, "RT-1", 1, ticket.Events.Skip(1).Take(3).ToList()).ToString());
        Assert.Throws<ArgumentNullException>(() => new AppendRequest(Site, null!, 0, [ticket.Events[0]]));
        Assert.Equal("Stored event SZ-01/RT-1 v3 is out of its chain (Removed): gone", new StoredEventException(Site, "RT-1", 3, TamperKind.Removed, "gone").Message);
        Assert.Equal("Stored event SZ-01/RT-1 v3 is unreadable: bad", new StoredEventException(Site, "RT-1", 3, TamperKind.Unreadable, "bad").Message);
        Assert.Throws<ArgumentNullException>(() => new StreamQuery().Matches(null!));
    }

    [Fact]
    public async Task The_in_memory_store_says_which_argument_is_wrong_and_honours_cancellation()
    {
        var store = new InMemoryEventStore();
        Assert.StartsWith("Positions start at 1; pass 0 to read from the start.", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.ReadSiteAsync(Site, -1))).Message);
        Assert.StartsWith("Read at least one event.", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.ReadSiteAsync(Site, 0, 0))).Message);
        Assert.StartsWith("A query's Limit is at least 1.", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.QueryAsync(Site, new StreamQuery { Limit = 0 }))).Message);
        Assert.StartsWith("The site is empty; every checkpoint belongs to a site.", (await Assert.ThrowsAsync<ArgumentException>(async () => await store.WriteCheckpointAsync(default, "sla", Instant.MinValue))).Message);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.VerifyAsync(Site, null!));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var ticket = RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendBatchAsync([new AppendRequest(Site, "RT-1", 0, ticket.Events)], cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ReadSiteAsync(Site, 0, 10, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.QueryAsync(Site, new StreamQuery(), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.VerifyAsync(Site, "RT-1", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ReadCheckpointAsync(Site, "sla", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.WriteCheckpointAsync(Site, "sla", Instant.MinValue, cancelled.Token));
        Assert.Empty(await store.ReadAsync(Site, "RT-1"));
        Assert.Null(await store.ReadCheckpointAsync(Site, "sla"));
        await store.AppendAsync(Site, "RT-1", 0, ticket.Events);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.VerifyAllAsync(Site, cancelled.Token));
    }

    [Fact]
    public async Task Streams_due_at_the_same_instant_are_listed_by_identifier_and_verified_in_that_order()
    {
        var store = new InMemoryEventStore();
        var due = RepairFixture.Start + Duration.FromMinutes(3);
        foreach (var id in new[] { "RT-3", "RT-1", "RT-2" })
        {
            var ticket = RepairTicket.Report(id, RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
            await store.AppendAsync(new AppendRequest(Site, id, 0, ticket.Events, new StreamStatus(RepairTicket.AggregateType, "Reported", null, due)));
        }

        Assert.Equal(["RT-1", "RT-2", "RT-3"], (await store.QueryAsync(Site, new StreamQuery { DueBefore = due + Duration.FromMinutes(1) })).Select(s => s.StreamId));
        foreach (var id in new[] { "RT-3", "RT-1" })
        {
            store.Tamper(Site, id, rows => rows[0] = rows[0] with { Payload = [.. rows[0].Payload, (byte)' '] });
        }

        Assert.Equal(["RT-1", "RT-3"], (await store.VerifyAllAsync(Site)).Findings.Select(f => f.StreamId));
    }

    [Fact]
    public async Task A_deadline_function_that_throws_leaves_the_store_as_it_was()
    {
        var store = new InMemoryEventStore();
        var failing = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents, _ => throw new InvalidOperationException("calendar down"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await failing.CreateAsync(() => RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start)));
        Assert.Equal(0, store.Count);
        Assert.Empty(await store.QueryAsync(Site, new StreamQuery()));
    }
}
