using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Repairs;
using PropertyService.Storage.Serialization;

namespace PropertyService.Storage.Sqlite;

/// <summary>What only a file can do: survive a reopen, refuse a newer schema, refuse bad rows by stream and version.</summary>
public sealed class SqliteEventStoreFileTests : IDisposable
{
    private static readonly SiteId Site = RepairFixture.Site;
    private readonly TempDatabase _temp = new();

    private static RepairTicket Ticket(string id = "RT-1")
    {
        var ticket = RepairTicket.Report(id, RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
        RepairFixture.Ok(ticket.IssueWorkOrder(RepairFixture.Officer, new InMemoryWorkOrderNumberSource(), RepairFixture.Start + Duration.FromMinutes(1)));
        return ticket;
    }

    private SqliteConnection Raw()
    {
        var connection = new SqliteConnection($"Data Source={_temp.File()};Pooling=False");
        connection.Open();
        return connection;
    }

    private void Sql(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Raw();
        SqliteEventStoreTests.Execute(connection, null, sql, parameters);
    }

    private object? Scalar(string sql)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private async Task<SqliteEventStore> WithTicket()
    {
        var store = SqliteEventStore.Open(_temp.File());
        Assert.True((await store.AppendAsync(Site, "RT-1", 0, Ticket().Events)).IsSuccess);
        return store;
    }

    [Fact]
    public async Task Events_survive_closing_and_reopening_the_file()
    {
        var ticket = Ticket();
        using (var store = SqliteEventStore.Open(_temp.File()))
        {
            await store.AppendAsync(Site, "RT-1", 0, ticket.Events);
            await store.WriteCheckpointAsync(Site, "sla", RepairFixture.Start);
        }

        using var reopened = SqliteEventStore.Open(_temp.File());
        var stored = await reopened.ReadAsync(Site, "RT-1");
        SameEvents.Assert(ticket.Events, stored.Select(s => s.Event));
        Assert.Equal(RepairState.WorkOrderIssued, RepairTicket.FromEvents(stored.Select(s => s.Event)).State);
        Assert.Equal(RepairFixture.Start, await reopened.ReadCheckpointAsync(Site, "sla"));
        Assert.True((await reopened.VerifyAllAsync(Site)).IsIntact);
        Assert.Equal(2, (await reopened.AppendAsync(Site, "RT-1", 1, [ticket.Events[1]])).Conflict!.CurrentVersion);
        Assert.Equal(2, (await reopened.AppendAsync(Site, "RT-1", 0, [ticket.Events[0]])).Conflict!.CurrentVersion);
        Assert.Equal(2, (await reopened.AppendAsync(Site, "RT-1", 0, [ticket.Events[0]])).Conflict!.CurrentVersion);
    }

    [Fact]
    public void The_store_runs_in_WAL_mode_with_its_schema_recorded()
    {
        using (SqliteEventStore.Open(_temp.File()))
        {
        }

        Assert.Equal("wal", Scalar("PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM schema_version;"));
        using (SqliteEventStore.Open(_temp.File()))
        {
        }

        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task A_newer_schema_is_refused_with_a_clear_message_and_left_untouched()
    {
        (await WithTicket()).Dispose();
        Sql("INSERT INTO schema_version (version) VALUES (2);");
        var refused = Assert.Throws<StoreSchemaException>(() => SqliteEventStore.Open(_temp.File()));
        Assert.Equal((2, 1), (refused.FoundVersion, refused.SupportedVersion));
        Assert.Equal(Path.GetFullPath(_temp.File()), refused.Database);
        Assert.Contains("schema version 2, written by a newer PropertyService.Storage.Sqlite; this version reads up to schema 1. Upgrade the package", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM events;"));
        Assert.Equal(2L, Scalar("SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public void A_database_that_is_not_a_store_is_refused_and_left_untouched()
    {
        Sql("CREATE TABLE invoices (id INTEGER);");
        var refused = Assert.Throws<StoreSchemaException>(() => SqliteEventStore.Open(_temp.File()));
        Assert.Null(refused.FoundVersion);
        Assert.Contains("holds tables (invoices) but no schema_version table: it is not a PropertyService event store", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events';"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused()
    {
        File.WriteAllText(_temp.File(), new string('x', 4096));
        Assert.Throws<SqliteException>(() => SqliteEventStore.Open(_temp.File()));
    }

    [Fact]
    public void Bad_options_are_refused_naming_the_setting()
    {
        Assert.Throws<ArgumentNullException>(() => new SqliteEventStore(null!));
        Assert.StartsWith("SqliteEventStoreOptions.Path is blank", Assert.Throws<ArgumentException>(() => new SqliteEventStore(new SqliteEventStoreOptions())).Message);
        Assert.StartsWith("SqliteEventStoreOptions.BusyTimeout is -", Assert.Throws<ArgumentException>(() =>
            new SqliteEventStore(new SqliteEventStoreOptions { Path = _temp.File(), BusyTimeout = Duration.FromSeconds(-1) })).Message);
    }

    [Fact]
    public async Task A_disposed_store_refuses_calls()
    {
        var store = await WithTicket();
        store.Dispose();
        store.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.ReadAsync(Site, "RT-1"));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.AppendAsync(Site, "RT-2", 0, Ticket("RT-2").Events));
    }

    [Fact]
    public async Task A_payload_edited_in_the_file_is_refused_on_reading_naming_stream_and_version()
    {
        using var store = await WithTicket();
        Sql("UPDATE events SET payload = CAST(REPLACE(CAST(payload AS TEXT), 'S-01', 'S-02') AS BLOB) WHERE version = 1;");
        var refused = await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"));
        Assert.Equal((Site, "RT-1", 1, TamperKind.Edited), (refused.Site, refused.StreamId, refused.Version, refused.Kind));
        Assert.StartsWith("Stored event SZ-01/RT-1 v1 is not as written (its hash does not match): its content does not match its hash", refused.Message);
    }

    [Fact]
    public async Task A_hash_that_does_not_match_is_refused_on_reading()
    {
        using var store = await WithTicket();
        Sql("UPDATE events SET hash = zeroblob(32) WHERE version = 1;");
        var refused = await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"));
        Assert.Equal((1, TamperKind.Edited), (refused.Version, refused.Kind));
    }

    [Fact]
    public async Task A_truncated_payload_is_refused_as_unreadable_even_with_a_matching_hash()
    {
        using var store = await WithTicket();
        Rewrite(2, payload => payload[..(payload.Length / 2)], typeName: null);
        var refused = await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"));
        Assert.Equal((2, TamperKind.Unreadable), (refused.Version, refused.Kind));
        Assert.IsType<EventSerializationException>(refused.InnerException);
        Assert.StartsWith("Stored event SZ-01/RT-1 v2 is unreadable: ", refused.Message);
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused_as_unreadable_naming_stream_and_version()
    {
        using var store = await WithTicket();
        Rewrite(2, payload => payload, typeName: "repair.teleported");
        var refused = await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"));
        Assert.Equal((2, TamperKind.Unreadable), (refused.Version, refused.Kind));
        Assert.Contains("repair.teleported", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EventSerializationFailure.UnknownType, ((EventSerializationException)refused.InnerException!).Reason);
    }

    [Fact]
    public async Task A_column_of_the_wrong_kind_is_refused_naming_stream_and_version()
    {
        using var store = await WithTicket();
        Sql("UPDATE events SET type_name = 42, payload = 'not json' WHERE version = 2;");
        var refused = await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"));
        Assert.Equal(("RT-1", 2), (refused.StreamId, refused.Version));
        var found = await store.VerifyAsync(Site, "RT-1");
        Assert.Contains(found.Findings, f => f.Version == 2);
    }

    [Fact]
    public async Task A_removed_row_is_refused_on_reading()
    {
        using var store = await WithTicket();
        await store.AppendAsync(Site, "RT-1", 2, [LoadedEvent(3)]);
        Sql("DELETE FROM events WHERE version = 2;");
        var refused = await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"));
        Assert.Equal((2, TamperKind.Removed), (refused.Version, refused.Kind));
        Assert.Contains("the stream goes from v1 to v3", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_can_skip_the_hash_check_when_asked()
    {
        (await WithTicket()).Dispose();
        Sql("UPDATE events SET hash = zeroblob(32) WHERE version = 1;");
        using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = _temp.File(), VerifyOnRead = false });
        Assert.Equal(2, (await store.ReadAsync(Site, "RT-1")).Count);
        Assert.False((await store.VerifyAllAsync(Site)).IsIntact);
    }

    [Fact]
    public async Task A_head_without_events_is_found()
    {
        using var store = await WithTicket();
        Sql("DELETE FROM events;");
        var finding = Assert.Single((await store.VerifyAllAsync(Site)).Findings);
        Assert.Equal(("RT-1", TamperKind.HeadMismatch), (finding.StreamId, finding.Kind));
        Assert.Equal("the stream's head records version 2, but the stream has no stored events.", finding.Detail);
    }

    [Fact]
    public async Task A_host_switches_stores_with_one_line()
    {
        async Task<IReadOnlyList<StoredEvent>> Run(Action<IPropertyServiceBuilder> useStore)
        {
            var services = new ServiceCollection();
            useStore(services.AddPropertyService().UseEscalationNotifier<Escalation.InMemoryEscalationNotifier>());
            await using var provider = services.BuildServiceProvider();
            var store = provider.GetRequiredService<IEventStore>();
            var tickets = new EventStoreRepository<RepairTicket>(store, RepairTicket.FromEvents);
            Assert.True((await tickets.CreateAsync(() => RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start))).IsSuccess);
            return await store.ReadAsync(Site, "RT-1");
        }

        var inMemory = await Run(b => b.UseInMemoryStore());
        var onDisk = await Run(b => b.UseSqliteStore(_temp.File("di.db")));
        SameEvents.Assert(inMemory.Select(e => e.Event), onDisk.Select(e => e.Event));
        Assert.Equal(inMemory.Select(e => e.Hash.ToArray()), onDisk.Select(e => e.Hash.ToArray()));
        Assert.True(File.Exists(_temp.File("di.db")));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPropertyService().UseSqliteStore(" "));
    }

    private static DomainEvent LoadedEvent(int version)
    {
        var ticket = Ticket();
        RepairFixture.Ok(ticket.NotifyEngineering(RepairFixture.Officer, RepairFixture.Start + Duration.FromMinutes(2)));
        return ticket.Events[version - 1];
    }

    /// <summary>Rewrites a row's payload or type and recomputes its hash, as a newer library or a careful forger would.</summary>
    private void Rewrite(int version, Func<byte[], byte[]> payload, string? typeName)
    {
        using var connection = Raw();
        byte[] previous, old;
        string type;
        int schema;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT prev_hash, payload, type_name, schema_version FROM events WHERE version = {version};";
            using var reader = read.ExecuteReader();
            Assert.True(reader.Read());
            (previous, old, type, schema) = ((byte[])reader.GetValue(0), (byte[])reader.GetValue(1), reader.GetString(2), reader.GetInt32(3));
        }

        var written = payload(old);
        type = typeName ?? type;
        var hash = HashChain.Compute(previous, Site, "RT-1", version, type, schema, written);
        SqliteEventStoreTests.Execute(connection, null, $"UPDATE events SET payload = $p, type_name = $t, hash = $h WHERE version = {version};",
            ("$p", written), ("$t", type), ("$h", hash));
        SqliteEventStoreTests.Execute(connection, null, $"UPDATE streams SET head_hash = $h WHERE version = {version};", ("$h", hash));
    }

    [Fact]
    public async Task A_version_taken_behind_the_index_is_a_conflict_and_leaves_the_rest_of_a_batch_in_place()
    {
        using var store = await WithTicket();
        Sql("DELETE FROM streams WHERE stream_id = 'RT-1';"); // the index no longer knows RT-1 has two events
        var again = Ticket();
        var single = await store.AppendAsync(Site, "RT-1", 0, again.Events);
        Assert.False(single.IsSuccess);
        var other = Ticket("RT-2");
        var batch = await store.AppendBatchAsync([new AppendRequest(Site, "RT-2", 0, other.Events), new AppendRequest(Site, "RT-1", 0, again.Events)]);
        Assert.Equal([true, false], batch.Select(r => r.IsSuccess));
        Assert.Equal(2, (await store.ReadAsync(Site, "RT-2")).Count);
        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM events WHERE stream_id = 'RT-1';"));
    }

    [Fact]
    public async Task A_stream_read_again_is_served_from_the_cache_only_when_its_rows_match_their_hashes()
    {
        using var store = await WithTicket();
        var first = await store.ReadAsync(Site, "RT-1");
        var second = await store.ReadAsync(Site, "RT-1");
        Assert.All(first.Zip(second), p => Assert.Same(p.First.Event, p.Second.Event));

        using var uncached = new SqliteEventStore(new SqliteEventStoreOptions { Path = _temp.File(), CachedEvents = 0 });
        var a = await uncached.ReadAsync(Site, "RT-1");
        var b = await uncached.ReadAsync(Site, "RT-1");
        Assert.All(a.Zip(b), p => Assert.NotSame(p.First.Event, p.Second.Event));
        SameEvents.Assert(first.Select(e => e.Event), a.Select(e => e.Event));
        Assert.StartsWith("SqliteEventStoreOptions.CachedEvents is -1", Assert.Throws<ArgumentException>(() =>
            new SqliteEventStore(new SqliteEventStoreOptions { Path = _temp.File(), CachedEvents = -1 })).Message);

        Sql("UPDATE events SET payload = CAST(REPLACE(CAST(payload AS TEXT), 'O1', 'O2') AS BLOB) WHERE version = 2;");
        Assert.Equal(TamperKind.Edited, (await Assert.ThrowsAsync<StoredEventException>(async () => await store.ReadAsync(Site, "RT-1"))).Kind);
    }

    [Fact]
    public async Task Two_stores_on_one_file_like_two_processes_never_overwrite_each_other()
    {
        using var one = await WithTicket();
        using var two = SqliteEventStore.Open(_temp.File());
        var events = LoadedEvents(4);

        // The first store has written RT-1 up to v2 and remembers it; the second moves RT-1 on behind its back.
        Assert.True((await two.AppendAsync(Site, "RT-1", 2, [events[2]])).IsSuccess);
        var stale = await one.AppendAsync(Site, "RT-1", 2, [events[2]]);
        Assert.Equal(new ConcurrencyConflict(Site, "RT-1", 2, 3), stale.Conflict);
        Assert.Equal(4, (await one.AppendAsync(Site, "RT-1", 3, [events[3]])).Version);
        Assert.Equal(new ConcurrencyConflict(Site, "RT-1", 3, 4), (await two.AppendAsync(Site, "RT-1", 3, [events[3]])).Conflict);
        Assert.Equal([1, 2, 3, 4], (await two.ReadAsync(Site, "RT-1")).Select(e => e.Version));
        Assert.True((await one.VerifyAllAsync(Site)).IsIntact);
    }

    /// <summary>RT-1's first <paramref name="count"/> events: reported, work order issued, engineering notified, collected.</summary>
    private static IReadOnlyList<DomainEvent> LoadedEvents(int count)
    {
        var fixture = new RepairFixture();
        var ticket = fixture.ReadyToAssign();
        Assert.Equal("RT-1", ticket.Id);
        return [.. ticket.Events.Take(count)];
    }

    public void Dispose() => _temp.Dispose();
}
