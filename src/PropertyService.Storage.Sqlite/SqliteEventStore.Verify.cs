using Microsoft.Data.Sqlite;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    /// <inheritdoc/>
    public ValueTask<VerificationResult> VerifyAsync(SiteId site, string streamId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(streamId);
        return ValueTask.FromResult(Verify(site, streamId, cancellationToken));
    }

    /// <inheritdoc/>
    public ValueTask<VerificationResult> VerifyAllAsync(SiteId site, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Verify(site, null, cancellationToken));

    /// <inheritdoc/>
    public ValueTask<Instant?> ReadCheckpointAsync(SiteId site, string name, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotBlank(name);
        cancellationToken.ThrowIfCancellationRequested();
        var session = RentReader();
        try
        {
            using var command = session.Connection.CreateCommand();
            command.CommandText = "SELECT value FROM checkpoints WHERE site = $site AND name = $name;";
            command.Parameters.AddWithValue("$site", site.Value);
            command.Parameters.AddWithValue("$name", name);
            return ValueTask.FromResult(command.ExecuteScalar() is long ticks ? Instant.FromUnixTimeTicks(ticks) : (Instant?)null);
        }
        finally
        {
            ReturnReader(session);
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteCheckpointAsync(SiteId site, string name, Instant value, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckCheckpoint(site, name);

        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _writer.CreateCommand();
            command.CommandText =
                """
                INSERT INTO checkpoints (site, name, value) VALUES ($site, $name, $value)
                ON CONFLICT (site, name) DO UPDATE SET value = MAX(value, excluded.value);
                """;
            command.Parameters.AddWithValue("$site", site.Value);
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$value", value.ToUnixTimeTicks());
            command.ExecuteNonQuery();
        }

        return ValueTask.CompletedTask;
    }

    private VerificationResult Verify(SiteId site, string? streamId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var session = RentReader();
        try
        {
            // One read transaction: the events and the heads are one snapshot, even while appends go on.
            using var transaction = session.Connection.BeginTransaction(deferred: true);
            var heads = Heads(session.Connection, transaction, site, streamId);
            var verification = new SiteVerification(site, heads, _serializer);
            using (var command = session.Connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = streamId is null
                    ? "SELECT position, version, type_name, schema_version, payload, prev_hash, hash, stream_id FROM events WHERE site = $site ORDER BY stream_id, position;"
                    : "SELECT position, version, type_name, schema_version, payload, prev_hash, hash, stream_id FROM events WHERE site = $site AND stream_id = $stream ORDER BY position;";
                command.Parameters.AddWithValue("$site", site.Value);
                command.Parameters.AddWithValue("$stream", (object?)streamId ?? DBNull.Value);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    if (verification.Add(reader.GetString(7), RawLink(reader)))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }

            return verification.Finish();
        }
        finally
        {
            ReturnReader(session);
        }
    }

    /// <summary>A row as stored, whatever is wrong with it: a column of the wrong kind reads as empty, which the chain check refuses.</summary>
    private static ChainLink RawLink(SqliteDataReader reader)
    {
        static byte[] Blob(SqliteDataReader r, int i)
        {
            try
            {
                return r.IsDBNull(i) ? [] : r.GetFieldValue<byte[]>(i);
            }
            catch (InvalidCastException)
            {
                return [];
            }
        }

        var previous = Blob(reader, 5);
        return new ChainLink(
            reader.GetInt32(1),
            reader.IsDBNull(2) ? "" : reader.GetString(2),
            reader.GetInt32(3),
            Blob(reader, 4),
            previous.Length == HashChain.HashLength ? previous : new byte[HashChain.HashLength],
            Blob(reader, 6));
    }

    private static Dictionary<string, (int Version, ReadOnlyMemory<byte> Hash)> Heads(
        SqliteConnection connection, SqliteTransaction transaction, SiteId site, string? streamId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = streamId is null
            ? "SELECT stream_id, version, head_hash FROM streams WHERE site = $site;"
            : "SELECT stream_id, version, head_hash FROM streams WHERE site = $site AND stream_id = $stream;";
        command.Parameters.AddWithValue("$site", site.Value);
        command.Parameters.AddWithValue("$stream", (object?)streamId ?? DBNull.Value);
        var heads = new Dictionary<string, (int, ReadOnlyMemory<byte>)>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            heads[reader.GetString(0)] = (reader.GetInt32(1), reader.IsDBNull(2) ? ReadOnlyMemory<byte>.Empty : reader.GetFieldValue<byte[]>(2));
        }

        return heads;
    }
}
