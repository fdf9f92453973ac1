using Npgsql;

namespace PropertyService.Storage.PostgreSql;

/// <summary>The store contract against a real PostgreSQL server; each store gets a schema of its own, dropped afterwards.</summary>
public sealed class PostgreSqlEventStoreTests : EventStoreContractTests, IAsyncLifetime
{
    private readonly List<PostgreSqlEventStore> _stores = [];

    protected override IEventStore CreateStore()
    {
        var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = PostgresServer.ConnectionString, Schema = PostgresServer.NewSchemaName() });
        _stores.Add(store);
        return store;
    }

    protected override async Task TamperAsync(IEventStore store, SiteId site, string streamId, Action<List<TamperRow>> change)
    {
        var schema = ((PostgreSqlEventStore)store).Schema;
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new List<TamperRow>();
        await using (var read = new NpgsqlCommand(
            $"SELECT position, version, type_name, schema_version, payload, prev_hash, hash, occurred_at FROM {schema}.events WHERE site = $1 AND stream_id = $2 ORDER BY position", connection, transaction))
        {
            read.Parameters.Add(new() { Value = site.Value });
            read.Parameters.Add(new() { Value = streamId });
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new TamperRow
                {
                    Position = reader.GetInt64(0), Version = reader.GetInt32(1), TypeName = reader.GetString(2), SchemaVersion = reader.GetInt32(3),
                    Payload = (byte[])reader.GetValue(4), PreviousHash = (byte[])reader.GetValue(5), Hash = (byte[])reader.GetValue(6), Original = reader.GetInt64(7),
                });
            }
        }

        change(rows);
        await Execute($"DELETE FROM {schema}.events WHERE site = $1 AND stream_id = $2", site.Value, streamId);
        foreach (var row in rows)
        {
            await Execute(
                $"INSERT INTO {schema}.events (site, stream_id, version, position, type_name, schema_version, occurred_at, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                site.Value, streamId, row.Version, row.Position, row.TypeName, row.SchemaVersion, row.Original!, row.Payload, row.PreviousHash, row.Hash);
        }

        await transaction.CommitAsync();

        async Task Execute(string sql, params object[] values)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in values)
            {
                command.Parameters.Add(new() { Value = value });
            }

            await command.ExecuteNonQueryAsync();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            var schema = store.Schema;
            await store.DisposeAsync();
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
