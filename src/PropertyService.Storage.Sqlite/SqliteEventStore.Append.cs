using Microsoft.Data.Sqlite;
using PropertyService.Utility;

namespace PropertyService.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const int SqliteConstraint = 19;

    private SqliteCommand _selectHead = null!;
    private SqliteCommand _insertEvent = null!;
    private SqliteCommand _upsertStream = null!;

    /// <inheritdoc/>
    public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var payloads = Payloads.Of(_serializer, request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Write([request], [payloads])[0]);
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(requests);
        var payloads = Payloads.Of(_serializer, requests);

        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<AppendResult>>(requests.Count == 0 ? [] : Write(requests, payloads));
    }

    private AppendResult[] Write(IReadOnlyList<AppendRequest> requests, byte[][][] payloads)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _writer.BeginTransaction(deferred: false);
            _selectHead.Transaction = transaction;
            _insertEvent.Transaction = transaction;
            _upsertStream.Transaction = transaction;
            var results = new AppendResult[requests.Count];
            var batch = requests.Count > 1;
            for (var i = 0; i < requests.Count; i++)
            {
                if (batch)
                {
                    transaction.Save("request"); // a refused request of a batch leaves the others in place
                }

                results[i] = WriteOne(requests[i], payloads[i]);
                if (batch)
                {
                    if (results[i].IsSuccess)
                    {
                        transaction.Release("request");
                    }
                    else
                    {
                        transaction.Rollback("request");
                        transaction.Release("request");
                    }
                }
                else if (!results[i].IsSuccess)
                {
                    return results; // nothing was written; disposing the transaction rolls it back
                }
            }

            transaction.Commit(); // the batch is durable here, or not at all (an exception rolls it back on dispose)
            return results;
        }
    }

    private AppendResult WriteOne(AppendRequest request, byte[][] payloads)
    {
        var site = request.Site.Value;
        _selectHead.Parameters[0].Value = site;
        _selectHead.Parameters[1].Value = request.StreamId;
        var current = 0;
        byte[] previous = HashChain.Genesis.ToArray();
        using (var reader = _selectHead.ExecuteReader())
        {
            if (reader.Read())
            {
                current = reader.GetInt32(0);
                previous = (byte[])reader.GetValue(1);
            }
        }

        if (current != request.ExpectedVersion)
        {
            return AppendResult.Refused(new ConcurrencyConflict(request.Site, request.StreamId, request.ExpectedVersion, current));
        }

        {
            try
            {
                for (var i = 0; i < payloads.Length; i++)
                {
                    var e = request.Events[i];
                    var type = EventTypeRegistry.Of(e.GetType());
                    var hash = HashChain.Compute(previous, request.Site, request.StreamId, e.Version, type.Name, type.SchemaVersion, payloads[i]);
                    var p = _insertEvent.Parameters;
                    p[0].Value = site;
                    p[1].Value = request.StreamId;
                    p[2].Value = e.Version;
                    p[3].Value = type.Name;
                    p[4].Value = type.SchemaVersion;
                    p[5].Value = e.OccurredAt.ToUnixTimeTicks();
                    p[6].Value = payloads[i];
                    p[7].Value = previous;
                    p[8].Value = hash;
                    _insertEvent.ExecuteNonQuery();
                    previous = hash;
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
            {
                // The unique (site, stream, version) key: the version is taken although the index said otherwise; the
                // caller rolls back what this request wrote.
                return AppendResult.Refused(new ConcurrencyConflict(request.Site, request.StreamId, request.ExpectedVersion, request.ExpectedVersion + 1));
            }

            var last = request.Events[^1];
            var status = request.Status;
            var s = _upsertStream.Parameters;
            s[0].Value = site;
            s[1].Value = request.StreamId;
            s[2].Value = status.AggregateType;
            s[3].Value = status.State;
            s[4].Value = (object?)status.Owner ?? DBNull.Value;
            s[5].Value = status.DueAt is { } due ? due.ToUnixTimeTicks() : DBNull.Value;
            s[6].Value = last.Version;
            s[7].Value = previous;
            s[8].Value = last.OccurredAt.ToUnixTimeTicks();
            _upsertStream.ExecuteNonQuery();
        }

        return AppendResult.Appended(request.Events[^1].Version);
    }

    private void PrepareWriter()
    {
        _selectHead = Command(_writer, "SELECT version, head_hash FROM streams WHERE site = $site AND stream_id = $stream;", "$site", "$stream");
        _insertEvent = Command(_writer,
            """
            INSERT INTO events (site, stream_id, version, type_name, schema_version, occurred_at, payload, prev_hash, hash)
            VALUES ($site, $stream, $version, $type, $schema, $at, $payload, $prev, $hash);
            """,
            "$site", "$stream", "$version", "$type", "$schema", "$at", "$payload", "$prev", "$hash");
        _upsertStream = Command(_writer,
            """
            INSERT INTO streams (site, stream_id, aggregate_type, state, owner, due_at, version, head_hash, updated_at)
            VALUES ($site, $stream, $type, $state, $owner, $due, $version, $head, $at)
            ON CONFLICT (site, stream_id) DO UPDATE SET
                aggregate_type = excluded.aggregate_type, state = excluded.state, owner = excluded.owner, due_at = excluded.due_at,
                version = excluded.version, head_hash = excluded.head_hash, updated_at = excluded.updated_at;
            """,
            "$site", "$stream", "$type", "$state", "$owner", "$due", "$version", "$head", "$at");
    }

    private void DisposeWriterCommands()
    {
        _selectHead?.Dispose();
        _insertEvent?.Dispose();
        _upsertStream?.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
