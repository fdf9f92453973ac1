using Microsoft.Data.Sqlite;

namespace PropertyService.Storage.Sqlite;

/// <summary>Creates and migrates the store's tables; each schema version is one step in <see cref="Steps"/>.</summary>
internal static class SqliteSchema
{
    /// <summary>The newest schema version this library writes and reads.</summary>
    internal const int Current = 1;

    // Step n takes a database from version n - 1 to n. Never edit a step that has shipped: add the next one.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE events (
            position       INTEGER PRIMARY KEY,
            site           TEXT    NOT NULL,
            stream_id      TEXT    NOT NULL,
            version        INTEGER NOT NULL,
            type_name      TEXT    NOT NULL,
            schema_version INTEGER NOT NULL,
            occurred_at    INTEGER NOT NULL,
            payload        BLOB    NOT NULL,
            prev_hash      BLOB    NOT NULL,
            hash           BLOB    NOT NULL,
            UNIQUE (site, stream_id, version)
        );
        CREATE INDEX events_by_site ON events (site, position);
        CREATE TABLE streams (
            site           TEXT    NOT NULL,
            stream_id      TEXT    NOT NULL,
            aggregate_type TEXT    NOT NULL,
            state          TEXT    NOT NULL,
            owner          TEXT    NULL,
            due_at         INTEGER NULL,
            version        INTEGER NOT NULL,
            head_hash      BLOB    NOT NULL,
            updated_at     INTEGER NOT NULL,
            PRIMARY KEY (site, stream_id)
        ) WITHOUT ROWID;
        CREATE INDEX streams_by_state ON streams (site, aggregate_type, state);
        CREATE INDEX streams_by_owner ON streams (site, owner) WHERE owner IS NOT NULL;
        CREATE INDEX streams_by_due ON streams (site, due_at) WHERE due_at IS NOT NULL;
        CREATE TABLE checkpoints (
            site  TEXT    NOT NULL,
            name  TEXT    NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (site, name)
        ) WITHOUT ROWID;
        """,
    ];

    /// <summary>Brings the database to <see cref="Current"/>, in one transaction, or refuses it untouched.</summary>
    /// <exception cref="StoreSchemaException">The database is newer than this library, or not a store.</exception>
    internal static void Migrate(SqliteConnection connection, string database)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var found = Found(connection, transaction, database);
        if (found > Current)
        {
            throw new StoreSchemaException(database, found, Current,
                $"The event store {database} has schema version {found}, written by a newer PropertyService.Storage.Sqlite; this version reads up to schema {Current}. Upgrade the package; the database was not changed.");
        }

        for (var version = found + 1; version <= Current; version++)
        {
            Execute(connection, transaction, Steps[version - 1]);
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({version});");
        }

        transaction.Commit();
    }

    private static int Found(SqliteConnection connection, SqliteTransaction transaction, string database)
    {
        using var tables = connection.CreateCommand();
        tables.Transaction = transaction;
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        if (names.Count == 0)
        {
            Execute(connection, transaction, "CREATE TABLE schema_version (version INTEGER NOT NULL);");
            return 0;
        }

        if (!names.Contains("schema_version"))
        {
            throw new StoreSchemaException(database, null, Current,
                $"The database {database} holds tables ({string.Join(", ", names.Order(StringComparer.Ordinal))}) but no schema_version table: it is not a PropertyService event store. Give the store a file of its own; the database was not changed.");
        }

        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
