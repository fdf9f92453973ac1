using Microsoft.Data.Sqlite;

namespace PropertyService.Storage.Sqlite;

public sealed class SqliteEventStoreTests : EventStoreContractTests, IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly List<SqliteEventStore> _stores = [];

    protected override IEventStore CreateStore()
    {
        var store = SqliteEventStore.Open(_temp.File($"events-{_stores.Count}.db"));
        _stores.Add(store);
        return store;
    }

    protected override Task TamperAsync(IEventStore store, SiteId site, string streamId, Action<List<TamperRow>> change)
    {
        using var connection = new SqliteConnection($"Data Source={((SqliteEventStore)store).Path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var rows = new List<TamperRow>();
        var extra = new List<(long Position, long OccurredAt)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT position, version, type_name, schema_version, payload, prev_hash, hash, occurred_at FROM events WHERE site = $s AND stream_id = $id ORDER BY position;";
            read.Parameters.AddWithValue("$s", site.Value);
            read.Parameters.AddWithValue("$id", streamId);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new TamperRow
                {
                    Position = reader.GetInt64(0), Version = reader.GetInt32(1), TypeName = reader.GetString(2), SchemaVersion = reader.GetInt32(3),
                    Payload = (byte[])reader.GetValue(4), PreviousHash = (byte[])reader.GetValue(5), Hash = (byte[])reader.GetValue(6), Original = reader.GetInt64(7),
                });
            }
        }

        change(rows);
        Execute(connection, transaction, "DELETE FROM events WHERE site = $s AND stream_id = $id;", ("$s", site.Value), ("$id", streamId));
        foreach (var row in rows)
        {
            Execute(connection, transaction,
                "INSERT INTO events (position, site, stream_id, version, type_name, schema_version, occurred_at, payload, prev_hash, hash) VALUES ($p, $s, $id, $v, $t, $sv, $at, $pl, $ph, $h);",
                ("$p", row.Position), ("$s", site.Value), ("$id", streamId), ("$v", row.Version), ("$t", row.TypeName), ("$sv", row.SchemaVersion),
                ("$at", row.Original!), ("$pl", row.Payload), ("$ph", row.PreviousHash), ("$h", row.Hash));
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _temp.Dispose();
    }
}
