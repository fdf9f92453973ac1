using Npgsql;

namespace PropertyService.Storage.PostgreSql;

/// <summary>Creates and migrates the store's tables; each schema version is one step in <see cref="Steps"/>.</summary>
/// <remarks>Every table's key starts with the site, so a group can split its sites over several servers (docs/storage.md).
/// Instants are kept as Unix ticks (100 ns), as in the SQLite store, so a due time reads back exactly as written.</remarks>
internal static class PostgreSqlSchema
{
    /// <summary>The newest schema version this library writes and reads.</summary>
    internal const int Current = 1;

    // Step n takes a database from version n - 1 to n; "{s}" is the schema. Never edit a step that has shipped: add the next one.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE {s}.sites (
            site          text   PRIMARY KEY,
            last_position bigint NOT NULL
        );
        CREATE TABLE {s}.events (
            site           text    NOT NULL,
            stream_id      text    NOT NULL,
            version        integer NOT NULL,
            position       bigint  NOT NULL,
            type_name      text    NOT NULL,
            schema_version integer NOT NULL,
            occurred_at    bigint  NOT NULL,
            payload        bytea   NOT NULL,
            prev_hash      bytea   NOT NULL,
            hash           bytea   NOT NULL,
            PRIMARY KEY (site, stream_id, version),
            UNIQUE (site, position)
        );
        CREATE TABLE {s}.streams (
            site           text    NOT NULL,
            stream_id      text    NOT NULL,
            aggregate_type text    NOT NULL,
            state          text    NOT NULL,
            owner          text    NULL,
            due_at         bigint  NULL,
            version        integer NOT NULL,
            head_hash      bytea   NOT NULL,
            updated_at     bigint  NOT NULL,
            PRIMARY KEY (site, stream_id)
        );
        CREATE INDEX streams_by_state ON {s}.streams (site, aggregate_type, state);
        CREATE INDEX streams_by_owner ON {s}.streams (site, owner) WHERE owner IS NOT NULL;
        CREATE INDEX streams_by_due ON {s}.streams (site, due_at) WHERE due_at IS NOT NULL;
        CREATE TABLE {s}.due (
            site        text        NOT NULL,
            stream_id   text        NOT NULL,
            due_at      bigint      NULL,
            version     integer     NOT NULL DEFAULT 0,
            raised      text[]      NOT NULL DEFAULT '{}',
            lease_owner text        NULL,
            lease_until timestamptz NULL,
            PRIMARY KEY (site, stream_id)
        );
        CREATE INDEX due_by_time ON {s}.due (due_at) WHERE due_at IS NOT NULL;
        CREATE TABLE {s}.acknowledgements (
            site         text    NOT NULL,
            stream_id    text    NOT NULL,
            cause        text    NOT NULL,
            level        integer NOT NULL,
            actor_id     text    NOT NULL,
            actor_name   text    NOT NULL,
            actor_roles  text[]  NOT NULL,
            at           bigint  NOT NULL,
            PRIMARY KEY (site, stream_id, cause, level)
        );
        CREATE TABLE {s}.checkpoints (
            site  text   NOT NULL,
            name  text   NOT NULL,
            value bigint NOT NULL,
            PRIMARY KEY (site, name)
        );
        """,
    ];

    /// <summary>Brings the schema to <see cref="Current"/> in one transaction, or refuses it untouched. Hosts starting
    /// together take turns (an advisory lock on the schema's name).</summary>
    /// <exception cref="StoreSchemaException">The schema is newer than this library, or holds tables of something else.</exception>
    internal static async Task MigrateAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock(hashtext('property_service.schema.' || '{schema}'));", cancellationToken).ConfigureAwait(false);
        var found = await FoundAsync(connection, schema, cancellationToken).ConfigureAwait(false);
        var database = $"{connection.Database}/{schema}";
        if (found > Current)
        {
            throw new StoreSchemaException(database, found, Current,
                $"The event store {database} has schema version {found}, written by a newer PropertyService.Storage.PostgreSql; this version reads up to schema {Current}. Upgrade the package; the database was not changed.");
        }

        if (found < 0)
        {
            throw new StoreSchemaException(database, null, Current,
                $"The PostgreSQL schema {database} holds tables but no schema_version table: it is not a PropertyService event store. Give the store a schema of its own (PostgreSqlEventStoreOptions.Schema); the database was not changed.");
        }

        if (found == 0)
        {
            await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {schema}; CREATE TABLE {schema}.schema_version (version integer NOT NULL);", cancellationToken).ConfigureAwait(false);
        }

        for (var version = found + 1; version <= Current; version++)
        {
            await ExecuteAsync(connection, Steps[version - 1].Replace("{s}", schema, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"INSERT INTO {schema}.schema_version (version) VALUES ({version});", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The schema's version: 0 when it has no tables, -1 when it has tables but no schema_version.</returns>
    private static async Task<int> FoundAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var tables = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = $1;", connection);
        tables.Parameters.Add(new NpgsqlParameter { Value = schema });
        var names = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(reader.GetString(0));
            }
        }

        if (names.Count == 0)
        {
            return 0;
        }

        if (!names.Contains("schema_version"))
        {
            return -1;
        }

        await using var version = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {schema}.schema_version;", connection);
        return Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
