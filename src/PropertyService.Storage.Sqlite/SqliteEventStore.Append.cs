using Microsoft.Data.Sqlite;
using PropertyService.Utility;

namespace PropertyService.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    private const int SqliteConstraint = 19;
    private const int MaxCachedHeads = 100_000;
    private static readonly byte[] Genesis = HashChain.Genesis.ToArray();

    // Each stream's version and last hash as committed by this store: spares a read of the index per append. Another
    // process's append to the same stream makes an entry stale; the unique key then refuses the insert, the entry is
    // dropped and the request is written again from the index. Touched only under _writeLock.
    private readonly Dictionary<(string Site, string Stream), (int Version, byte[] Hash)> _heads = [];

    // The heads written by the transaction under way, applied to _heads once it commits.
    private readonly Dictionary<(string Site, string Stream), (int Version, byte[] Hash)> _pendingHeads = [];

    private SqliteCommand _selectHead = null!;
    private SqliteCommand _insertEvent = null!;
    private SqliteCommand _upsertStream = null!;

    private readonly Lock _queueLock = new();
    private List<PendingWrite> _queue = [];
    private bool _writing;

    /// <inheritdoc/>
    /// <remarks>Appends from many threads share transactions (group commit): an append is acknowledged only after the
    /// transaction holding it is committed, but one disk sync serves every append that waited for it.</remarks>
    public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var payloads = Payloads.Of(_serializer, request);
        cancellationToken.ThrowIfCancellationRequested();
        var written = Write(new PendingWrite([request], [payloads]));
        return written.IsCompletedSuccessfully ? ValueTask.FromResult(written.Result[0]) : First(written);

        static async ValueTask<AppendResult> First(Task<AppendResult[]> results) => (await results.ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(requests);
        var payloads = Payloads.Of(_serializer, requests);
        cancellationToken.ThrowIfCancellationRequested();
        if (requests.Count == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<AppendResult>>([]);
        }

        var written = Write(new PendingWrite(requests, payloads));
        return written.IsCompletedSuccessfully ? ValueTask.FromResult<IReadOnlyList<AppendResult>>(written.Result) : All(written);

        static async ValueTask<IReadOnlyList<AppendResult>> All(Task<AppendResult[]> results) => await results.ConfigureAwait(false);
    }

    /// <summary>
    /// Queues a write. The caller that finds no write under way writes everything queued, in one transaction, and goes
    /// on until the queue is empty; the others wait for their result. So appends that arrive during a disk sync share
    /// the next one.
    /// </summary>
    private Task<AppendResult[]> Write(PendingWrite pending)
    {
        lock (_queueLock)
        {
            _queue.Add(pending);
            if (_writing)
            {
                return pending.Completion.Task;
            }

            _writing = true;
        }

        while (true)
        {
            List<PendingWrite> group;
            lock (_queueLock)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    break;
                }

                group = _queue;
                _queue = [];
            }

            try
            {
                var results = WriteGroup(group);
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Completion.TrySetResult(results[i]);
                }
            }
            catch (Exception ex)
            {
                // Nothing of the group was committed: each of its appends fails with the cause.
                foreach (var p in group)
                {
                    p.Completion.TrySetException(ex);
                }
            }
        }

        return pending.Completion.Task;
    }

    private AppendResult[][] WriteGroup(List<PendingWrite> group)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var written = new List<(byte[] Hash, DomainEvent Event)>();

            // Savepoints cost two statements per request, and only a version taken behind the index's back (the unique
            // key) needs one: write without them, and only if that happens write the group again with them.
            var results = TryWriteGroup(group, savepoints: false, written) ?? TryWriteGroup(group, savepoints: true, written)!;
            foreach (var (hash, e) in written)
            {
                _cache.Add(hash, e);
            }

            if (_heads.Count + _pendingHeads.Count > MaxCachedHeads)
            {
                _heads.Clear();
            }

            foreach (var (key, head) in _pendingHeads)
            {
                _heads[key] = head;
            }

            _pendingHeads.Clear();

            return results;
        }
    }

    /// <returns>The results, or null when a request broke the unique key without savepoints (nothing was committed).</returns>
    private AppendResult[][]? TryWriteGroup(List<PendingWrite> group, bool savepoints, List<(byte[] Hash, DomainEvent Event)> written)
    {
        written.Clear();
        _pendingHeads.Clear();
        using var transaction = _writer.BeginTransaction(deferred: false);
        _selectHead.Transaction = transaction;
        _insertEvent.Transaction = transaction;
        _upsertStream.Transaction = transaction;
        var results = new AppendResult[group.Count][];
        for (var g = 0; g < group.Count; g++)
        {
            var requests = group[g].Requests;
            results[g] = new AppendResult[requests.Count];
            for (var i = 0; i < requests.Count; i++)
            {
                if (savepoints)
                {
                    transaction.Save("request");
                }

                var kept = written.Count;
                var (result, broken) = WriteOne(requests[i], group[g].Payloads[i], written);
                results[g][i] = result;
                if (broken && !savepoints)
                {
                    return null; // disposing the transaction rolls back the whole group
                }

                if (savepoints)
                {
                    if (broken)
                    {
                        transaction.Rollback("request"); // only this request: the others of the transaction stay
                        written.RemoveRange(kept, written.Count - kept);
                    }

                    transaction.Release("request");
                }
            }
        }

        transaction.Commit(); // every append of the group is durable here, or none (an exception rolls back on dispose)
        return results;
    }

    /// <summary>One caller's append or batch, waiting for the transaction that will hold it.</summary>
    private sealed class PendingWrite(IReadOnlyList<AppendRequest> requests, byte[][][] payloads)
    {
        internal IReadOnlyList<AppendRequest> Requests { get; } = requests;

        internal byte[][][] Payloads { get; } = payloads;

        internal TaskCompletionSource<AppendResult[]> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <returns>The result, and whether the request broke the unique key after writing part of itself.</returns>
    private (AppendResult Result, bool Broken) WriteOne(AppendRequest request, byte[][] payloads, List<(byte[] Hash, DomainEvent Event)> written)
    {
        var site = request.Site.Value;
        var key = (site, request.StreamId);
        if (!_pendingHeads.TryGetValue(key, out var head))
        {
            if (_heads.TryGetValue(key, out head) ? head.Version != request.ExpectedVersion : request.ExpectedVersion != 0)
            {
                head = ReadHead(site, request.StreamId); // a refusal is confirmed from the index
                _heads.Remove(key);
            }
            else if (head.Hash is null)
            {
                head = (0, Genesis); // a new stream, as far as this store knows: the unique key refuses it if it is not
            }
        }

        var (current, previous) = head;

        if (current != request.ExpectedVersion)
        {
            return (AppendResult.Refused(new ConcurrencyConflict(request.Site, request.StreamId, request.ExpectedVersion, current)), false);
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
                    written.Add((hash, e));
                    previous = hash;
                }
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
            {
                _heads[key] = (-1, []); // stale (the stream moved on in another process): read the index next time
                _pendingHeads.Remove(key);
                // The unique (site, stream, version) key: the version is taken although the index said otherwise (the
                // index was changed behind the store's back); the caller rolls back what this request wrote.
                return (AppendResult.Refused(new ConcurrencyConflict(request.Site, request.StreamId, request.ExpectedVersion, request.ExpectedVersion + 1)), true);
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
            _pendingHeads[key] = (last.Version, previous);
        }

        return (AppendResult.Appended(request.Events[^1].Version), false);
    }

    private (int Version, byte[] Hash) ReadHead(string site, string streamId)
    {
        _selectHead.Parameters[0].Value = site;
        _selectHead.Parameters[1].Value = streamId;
        using var reader = _selectHead.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), (byte[])reader.GetValue(1)) : (0, Genesis);
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
