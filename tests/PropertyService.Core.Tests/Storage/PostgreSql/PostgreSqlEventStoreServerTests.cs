using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Repairs;
using PropertyService.Storage.Sqlite;

namespace PropertyService.Storage.PostgreSql;

/// <summary>What only a shared server asks of the store: several hosts (connections) at once, following each other's
/// commits, schema checks, and the one-line switch.</summary>
public sealed class PostgreSqlEventStoreServerTests : IAsyncLifetime
{
    private static readonly SiteId Site = RepairFixture.Site;
    private readonly List<string> _schemas = [];
    private readonly List<PostgreSqlEventStore> _stores = [];

    /// <summary>A store as one host would open it; several calls with the same schema are several hosts on one database.</summary>
    private PostgreSqlEventStore Host(string schema, Action<PostgreSqlEventStoreOptions>? configure = null)
    {
        var options = new PostgreSqlEventStoreOptions { ConnectionString = PostgresServer.ConnectionString, Schema = schema };
        configure?.Invoke(options);
        var store = new PostgreSqlEventStore(options);
        _stores.Add(store);
        return store;
    }

    private string NewSchema()
    {
        _ = PostgresServer.ConnectionString; // skips here, before there is anything to clean up, when there is no server
        var schema = PostgresServer.NewSchemaName();
        _schemas.Add(schema);
        return schema;
    }

    [SkippableFact]
    public async Task Sixteen_writers_on_one_ticket_over_four_connections_apply_each_command_once_or_conflict()
    {
        var schema = NewSchema();
        var hosts = Enumerable.Range(0, 4).Select(_ => Host(schema)).ToArray();
        var loaded = EventStoreContractTests.LoadedAtCompletion(1)[0];
        Assert.True((await hosts[0].AppendAsync(Site, "RT-1", 0, loaded)).IsSuccess);
        var applied = 0;
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            var store = hosts[w % hosts.Length];
            var ticket = RepairTicket.FromEvents((await store.ReadAsync(Site, "RT-1")).Select(s => s.Event));
            for (var i = 0; i < 100; i++)
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
                    Assert.Equal(version, append.Conflict!.ExpectedVersion);
                    Assert.True(append.Conflict.CurrentVersion > version);
                    Interlocked.Increment(ref conflicts);
                    ticket = RepairTicket.FromEvents((await store.ReadAsync(Site, "RT-1")).Select(s => s.Event));
                }
            }
        })));

        var stream = await hosts[1].ReadAsync(Site, "RT-1");
        Assert.Equal(1600, applied + conflicts);
        Assert.True(applied > 0 && conflicts > 0);
        Assert.Equal(loaded.Count + applied, stream.Count);
        Assert.Equal(Enumerable.Range(1, stream.Count), stream.Select(s => s.Version));
        Assert.Equal(Enumerable.Range(1, stream.Count).Select(p => (long)p), stream.Select(s => s.Position).Order());
        Assert.True((await hosts[2].VerifyAllAsync(Site)).IsIntact);
    }

    [SkippableFact]
    public async Task Two_hosts_creating_the_same_ticket_at_once_get_one_stream_and_one_conflict()
    {
        var schema = NewSchema();
        var (a, b) = (Host(schema), Host(schema));
        for (var round = 0; round < 20; round++)
        {
            var ticket = RepairTicket.Report($"RT-{round}", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
            var results = await Task.WhenAll(
                Task.Run(async () => await a.AppendAsync(Site, ticket.Id, 0, ticket.Events)),
                Task.Run(async () => await b.AppendAsync(Site, ticket.Id, 0, ticket.Events)));
            Assert.Single(results, r => r.IsSuccess);
            Assert.Equal(1, results.Single(r => !r.IsSuccess).Conflict!.CurrentVersion);
            Assert.Single(await a.ReadAsync(Site, ticket.Id));
        }
    }

    [SkippableFact]
    public async Task A_host_follows_what_another_host_commits_in_order_and_without_gaps()
    {
        var schema = NewSchema();
        var writer = Host(schema);
        var reader = Host(schema, o => o.WatchPollInterval = Duration.FromHours(1)); // only a notification can wake it in time
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<StoredEvent>();
        var watching = Task.Run(async () =>
        {
            await foreach (var stored in reader.WatchSiteAsync(Site, 0, timeout.Token))
            {
                seen.Add(stored);
                if (seen.Count == 40)
                {
                    return;
                }
            }
        });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var ticket = RepairTicket.Report($"RT-{w}-{i}", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
                Assert.True((await writer.AppendAsync(Site, ticket.Id, 0, ticket.Events)).IsSuccess);
            }
        })));

        await watching;
        Assert.Equal(Enumerable.Range(1, 40).Select(p => (long)p), seen.Select(s => s.Position));
        Assert.Equal(40, seen.Select(s => s.StreamId).Distinct().Count());
    }

    [SkippableFact]
    public async Task A_watcher_whose_listening_connection_is_cut_still_gets_every_event()
    {
        var schema = NewSchema();
        var writer = Host(schema);
        var reader = Host(schema, o => o.WatchPollInterval = Duration.FromMilliseconds(200));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var events = reader.WatchSiteAsync(Site, 0, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var first = RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
        await writer.AppendAsync(Site, "RT-1", 0, first.Events);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("RT-1", events.Current.StreamId);

        // The server drops every connection that is listening (a restart or a network cut, as the watcher sees it).
        await using (var admin = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE 'LISTEN %'", admin);
            Assert.NotNull(await kill.ExecuteScalarAsync());
        }

        for (var i = 2; i <= 5; i++)
        {
            var ticket = RepairTicket.Report($"RT-{i}", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
            await writer.AppendAsync(Site, ticket.Id, 0, ticket.Events);
            Assert.True(await events.MoveNextAsync());
            Assert.Equal(($"RT-{i}", (long)i), (events.Current.StreamId, events.Current.Position));
        }
    }

    [SkippableFact]
    public async Task A_host_switches_from_sqlite_to_postgresql_with_one_line()
    {
        var schema = NewSchema();
        var folder = Directory.CreateTempSubdirectory("psc-switch-");
        try
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

            var onFile = await Run(b => b.UseSqliteStore(Path.Combine(folder.FullName, "di.db")));
            var onServer = await Run(b => b.UseSqliteStore(Path.Combine(folder.FullName, "di.db")).UsePostgreSqlStore(PostgresServer.ConnectionString, o => o.Schema = schema));
            SameEvents.Assert(onFile.Select(e => e.Event), onServer.Select(e => e.Event));
            Assert.Equal(onFile.Select(e => e.Hash.ToArray()), onServer.Select(e => e.Hash.ToArray()));
            await using var check = await PostgreSqlEventStore.OpenAsync(new PostgreSqlEventStoreOptions { ConnectionString = PostgresServer.ConnectionString, Schema = schema });
            Assert.Single(await check.ReadAsync(Site, "RT-1"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_schema_written_by_a_newer_library_is_refused_untouched()
    {
        var schema = NewSchema();
        var store = Host(schema);
        var ticket = RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Aggregate;
        await store.AppendAsync(Site, "RT-1", 0, ticket.Events);
        await Sql($"INSERT INTO {schema}.schema_version (version) VALUES (99)");

        var newer = await Assert.ThrowsAsync<StoreSchemaException>(() => PostgreSqlEventStore.OpenAsync(new() { ConnectionString = PostgresServer.ConnectionString, Schema = schema }));
        Assert.Equal((99, 1), (newer.FoundVersion, newer.SupportedVersion));
        Assert.Contains(schema, newer.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await Sql($"SELECT count(*) FROM {schema}.events"));
    }

    [SkippableFact]
    public async Task A_schema_holding_other_tables_is_refused_untouched()
    {
        var schema = NewSchema();
        await Sql($"CREATE SCHEMA {schema}; CREATE TABLE {schema}.invoices (id int)");
        var foreign = await Assert.ThrowsAsync<StoreSchemaException>(() => PostgreSqlEventStore.OpenAsync(new() { ConnectionString = PostgresServer.ConnectionString, Schema = schema }));
        Assert.Null(foreign.FoundVersion);
        Assert.Equal(1L, await Sql($"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}'"));
    }

    [SkippableFact]
    public async Task Hosts_starting_together_create_the_schema_once()
    {
        var schema = NewSchema();
        var connection = PostgresServer.ConnectionString;
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PostgreSqlEventStore.OpenAsync(new() { ConnectionString = connection, Schema = schema }))));
        _stores.AddRange(stores);
        Assert.Equal(1L, await Sql($"SELECT count(*) FROM {schema}.schema_version"));
    }

    [Fact]
    public void Bad_options_are_listed_each_by_name_before_any_connection()
    {
        var bad = new PostgreSqlEventStoreOptions { ConnectionString = " ", Schema = "Bad-Name", CachedEvents = -1, WatchPollInterval = Duration.Zero, MaxRetries = -1 };
        var errors = bad.Validate();
        Assert.Equal(5, errors.Count);
        foreach (var name in new[] { "ConnectionString", "Schema", "CachedEvents", "WatchPollInterval", "MaxRetries" })
        {
            Assert.Contains(errors, e => e.Contains($"PostgreSqlEventStoreOptions.{name}", StringComparison.Ordinal));
        }

        Assert.Throws<ArgumentException>(() => new PostgreSqlEventStore(bad));
        Assert.Throws<ArgumentNullException>(() => new PostgreSqlEventStore(null!));
        Assert.Throws<ArgumentException>(() => new PostgreSqlEventStore(new() { ConnectionString = "Host=x;NoSuchKeyword=1" }));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPropertyService().UsePostgreSqlStore(" "));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPropertyService().UsePostgreSqlStore("Host=x", o => o.Schema = "1abc"));
        foreach (var schema in new[] { "", "a-b", "Abc", "1abc", new string('a', 64), "a b", "a;drop" })
        {
            Assert.NotEmpty(new PostgreSqlEventStoreOptions { ConnectionString = "Host=x", Schema = schema }.Validate());
        }

        Assert.Empty(new PostgreSqlEventStoreOptions { ConnectionString = "Host=x", Schema = "ps_" + new string('a', 60) }.Validate());
    }

    [Fact]
    public async Task An_unreachable_server_fails_at_open_and_a_disposed_store_refuses_calls()
    {
        var options = new PostgreSqlEventStoreOptions { ConnectionString = "Host=127.0.0.1;Port=1;Timeout=2" };
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => PostgreSqlEventStore.OpenAsync(options));
        var store = new PostgreSqlEventStore(options);
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.ReadAsync(Site, "RT-1"));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.AppendAsync(Site, "RT-1", 0, [LoadedEvent()]));
        Assert.Throws<ObjectDisposedException>(() => store.WatchSiteAsync(Site));
    }

    private static DomainEvent LoadedEvent() =>
        RepairTicket.Report("RT-1", RepairFixture.Request("S-01"), RepairFixture.Officer, RepairFixture.Start).Value.Events[0];

    private static async Task<object?> Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_schemas.Count > 0)
        {
            await Sql(string.Join(';', _schemas.Select(s => $"DROP SCHEMA IF EXISTS {s} CASCADE")));
        }
    }
}
