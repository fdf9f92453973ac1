using Npgsql;
using NpgsqlTypes;
using PropertyService.Utility;

namespace PropertyService.Storage.PostgreSql;

public sealed partial class PostgreSqlEventStore
{
    /// <summary>The channel on which every store of the database announces commits (payload: schema, tab, site).</summary>
    internal const string Channel = "property_service_events";

    private const string UniqueViolation = "23505";
    private const string Deadlock = "40P01";
    private const string SerializationFailure = "40001";
    private const int MaxGroup = 512;

    private readonly Lock _queueLock = new();
    private List<PendingWrite> _queue = [];
    private bool _writing;

    /// <inheritdoc/>
    /// <remarks>Appends from many threads share transactions (group commit): an append is acknowledged only after the
    /// transaction holding it is committed, but one commit serves every append that waited for it.</remarks>
    public async ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var payloads = Payloads.Of(_serializer, request);
        cancellationToken.ThrowIfCancellationRequested();
        return (await Write(new PendingWrite([request], [payloads])).ConfigureAwait(false))[0];
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(requests);
        var payloads = Payloads.Of(_serializer, requests);
        cancellationToken.ThrowIfCancellationRequested();
        return requests.Count == 0 ? [] : await Write(new PendingWrite(requests, payloads)).ConfigureAwait(false);
    }

    /// <summary>
    /// Queues a write. The caller that finds no write under way becomes the writer: it writes everything queued, in one
    /// transaction, and goes on until the queue is empty; the others wait for their result.
    /// </summary>
    private Task<AppendResult[]> Write(PendingWrite pending)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_queueLock)
        {
            _queue.Add(pending);
            if (_writing)
            {
                return pending.Completion.Task;
            }

            _writing = true;
        }

        _ = WriteQueuedAsync();
        return pending.Completion.Task;
    }

    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            List<PendingWrite> group;
            lock (_queueLock)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }

                // A bounded group: one huge transaction would hold the heads' locks for long.
                var take = 0;
                var requests = 0;
                while (take < _queue.Count && (take == 0 || requests + _queue[take].Requests.Count <= MaxGroup))
                {
                    requests += _queue[take++].Requests.Count;
                }

                group = _queue.GetRange(0, take);
                _queue.RemoveRange(0, take);
            }

            try
            {
                var results = await WriteGroupAsync(group).ConfigureAwait(false);
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
    }

    private async Task<AppendResult[][]> WriteGroupAsync(List<PendingWrite> group)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryWriteGroupAsync(group).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (attempt < _options.MaxRetries && ex.SqlState is UniqueViolation or Deadlock or SerializationFailure)
            {
                // Another host created one of the streams at the same moment, or the two transactions locked each other:
                // nothing was committed; written again, the heads now show the other host's events (a conflict, then).
            }
        }
    }

    private async Task<AppendResult[][]> TryWriteGroupAsync(List<PendingWrite> group)
    {
        await using var connection = await OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var heads = await LockHeadsAsync(connection, group).ConfigureAwait(false);
        var rows = new Rows();
        var results = new AppendResult[group.Count][];
        for (var g = 0; g < group.Count; g++)
        {
            var requests = group[g].Requests;
            results[g] = new AppendResult[requests.Count];
            for (var i = 0; i < requests.Count; i++)
            {
                results[g][i] = Plan(requests[i], group[g].Payloads[i], heads, rows);
            }
        }

        if (rows.Count > 0)
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(rows.InsertEvents(_schema));
            batch.BatchCommands.Add(rows.UpsertStreams(_schema, heads));
            batch.BatchCommands.Add(rows.MarkDue(_schema));
            batch.BatchCommands.Add(rows.Notify(_schema));
            await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false); // every append of the group is durable here, or none
        foreach (var (hash, e) in rows.Written)
        {
            _cache.Add(hash, e);
        }

        return results;
    }

    /// <summary>Reads and locks the heads of the group's streams, in key order so that two hosts never wait on each other.</summary>
    private async Task<Dictionary<(string Site, string Stream), Head>> LockHeadsAsync(NpgsqlConnection connection, List<PendingWrite> group)
    {
        var keys = new SortedSet<(string Site, string Stream)>(Comparer<(string, string)>.Create((a, b) =>
        {
            var site = string.CompareOrdinal(a.Item1, b.Item1);
            return site != 0 ? site : string.CompareOrdinal(a.Item2, b.Item2);
        }));
        foreach (var pending in group)
        {
            foreach (var request in pending.Requests)
            {
                keys.Add((request.Site.Value, request.StreamId));
            }
        }

        await using var command = new NpgsqlCommand(
            $"""
            SELECT site, stream_id, version, head_hash FROM {_schema}.streams
            WHERE (site, stream_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            ORDER BY site COLLATE "C", stream_id COLLATE "C" FOR UPDATE
            """, connection);
        command.Parameters.Add(Parameter(keys.Select(k => k.Site).ToArray()));
        command.Parameters.Add(Parameter(keys.Select(k => k.Stream).ToArray()));
        var heads = new Dictionary<(string, string), Head>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            heads[(reader.GetString(0), reader.GetString(1))] = new Head(reader.GetInt32(2), reader.GetFieldValue<byte[]>(3), Exists: true);
        }

        return heads;
    }

    /// <summary>Decides one request against the heads as they stand in this transaction, and queues its rows.</summary>
    private static AppendResult Plan(AppendRequest request, byte[][] payloads, Dictionary<(string, string), Head> heads, Rows rows)
    {
        var key = (request.Site.Value, request.StreamId);
        var head = heads.TryGetValue(key, out var found) ? found : new Head(0, HashChain.Genesis.ToArray(), Exists: false);
        if (head.Version != request.ExpectedVersion)
        {
            return AppendResult.Refused(new ConcurrencyConflict(request.Site, request.StreamId, request.ExpectedVersion, head.Version));
        }

        var previous = head.Hash;
        for (var i = 0; i < payloads.Length; i++)
        {
            var e = request.Events[i];
            var type = EventTypeRegistry.Of(e.GetType());
            var hash = HashChain.Compute(previous, request.Site, request.StreamId, e.Version, type.Name, type.SchemaVersion, payloads[i]);
            rows.AddEvent(request.Site.Value, request.StreamId, e, type, payloads[i], previous, hash);
            previous = hash;
        }

        var last = request.Events[^1];
        heads[key] = head with { Version = last.Version, Hash = previous };
        rows.SetStream(key, request.Status, last);
        return AppendResult.Appended(last.Version);
    }

    /// <summary>A stream's version and last hash, and whether its index row existed before this transaction.</summary>
    private readonly record struct Head(int Version, byte[] Hash, bool Exists);

    /// <summary>One caller's append or batch, waiting for the transaction that will hold it.</summary>
    private sealed class PendingWrite(IReadOnlyList<AppendRequest> requests, byte[][][] payloads)
    {
        internal IReadOnlyList<AppendRequest> Requests { get; } = requests;

        internal byte[][][] Payloads { get; } = payloads;

        internal TaskCompletionSource<AppendResult[]> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The rows one transaction writes, column by column, so each table takes one statement.</summary>
    private sealed class Rows
    {
        private readonly List<string> _sites = [];
        private readonly List<string> _streams = [];
        private readonly List<int> _versions = [];
        private readonly List<string> _types = [];
        private readonly List<int> _schemaVersions = [];
        private readonly List<long> _occurredAt = [];
        private readonly List<byte[]> _payloads = [];
        private readonly List<byte[]> _previous = [];
        private readonly List<byte[]> _hashes = [];
        private readonly Dictionary<(string Site, string Stream), (StreamStatus Status, DomainEvent Last)> _streamRows = [];

        internal int Count => _sites.Count;

        internal List<(byte[] Hash, DomainEvent Event)> Written { get; } = [];

        internal void AddEvent(string site, string stream, DomainEvent e, EventTypeInfo type, byte[] payload, byte[] previous, byte[] hash)
        {
            _sites.Add(site);
            _streams.Add(stream);
            _versions.Add(e.Version);
            _types.Add(type.Name);
            _schemaVersions.Add(type.SchemaVersion);
            _occurredAt.Add(e.OccurredAt.ToUnixTimeTicks());
            _payloads.Add(payload);
            _previous.Add(previous);
            _hashes.Add(hash);
            Written.Add((hash, e));
        }

        internal void SetStream((string, string) key, StreamStatus status, DomainEvent last) => _streamRows[key] = (status, last);

        /// <summary>Takes each site's next positions (the site's row stays locked until commit, so positions follow commit
        /// order) and inserts the events, numbered in the order they were planned.</summary>
        internal NpgsqlBatchCommand InsertEvents(string schema)
        {
            var perSite = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = new int[_sites.Count];
            for (var i = 0; i < _sites.Count; i++)
            {
                index[i] = perSite[_sites[i]] = perSite.GetValueOrDefault(_sites[i]) + 1;
            }

            var counts = _sites.Select(s => perSite[s]).ToArray();
            var command = new NpgsqlBatchCommand(
                $"""
                WITH taken AS (
                    INSERT INTO {schema}.sites AS s (site, last_position)
                    SELECT site, n FROM unnest($1::text[], $11::int[]) AS r(site, n) GROUP BY site, n ORDER BY site COLLATE "C"
                    ON CONFLICT (site) DO UPDATE SET last_position = s.last_position + excluded.last_position
                    RETURNING site, last_position)
                INSERT INTO {schema}.events (site, stream_id, version, position, type_name, schema_version, occurred_at, payload, prev_hash, hash)
                SELECT r.site, r.stream_id, r.version, t.last_position - r.n + r.i, r.type_name, r.schema_version, r.occurred_at, r.payload, r.prev_hash, r.hash
                FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::bigint[], $7::bytea[], $8::bytea[], $9::bytea[], $10::int[], $11::int[])
                     AS r(site, stream_id, version, type_name, schema_version, occurred_at, payload, prev_hash, hash, i, n)
                JOIN taken t ON t.site = r.site
                """);
            command.Parameters.Add(Parameter(_sites.ToArray()));
            command.Parameters.Add(Parameter(_streams.ToArray()));
            command.Parameters.Add(Parameter(_versions.ToArray()));
            command.Parameters.Add(Parameter(_types.ToArray()));
            command.Parameters.Add(Parameter(_schemaVersions.ToArray()));
            command.Parameters.Add(Parameter(_occurredAt.ToArray()));
            command.Parameters.Add(new NpgsqlParameter { Value = _payloads.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = _previous.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = _hashes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(Parameter(index));
            command.Parameters.Add(Parameter(counts));
            return command;
        }

        internal NpgsqlBatchCommand UpsertStreams(string schema, Dictionary<(string Site, string Stream), Head> heads)
        {
            var rows = _streamRows.ToArray();
            var command = new NpgsqlBatchCommand(
                $"""
                INSERT INTO {schema}.streams (site, stream_id, aggregate_type, state, owner, due_at, version, head_hash, updated_at)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::int[], $8::bytea[], $9::bigint[])
                ON CONFLICT (site, stream_id) DO UPDATE SET
                    aggregate_type = excluded.aggregate_type, state = excluded.state, owner = excluded.owner, due_at = excluded.due_at,
                    version = excluded.version, head_hash = excluded.head_hash, updated_at = excluded.updated_at
                """);
            command.Parameters.Add(Parameter(rows.Select(r => r.Key.Site).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Key.Stream).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Status.AggregateType).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Status.State).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Status.Owner).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Status.DueAt?.ToUnixTimeTicks()).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Last.Version).ToArray()));
            command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => heads[r.Key].Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Last.OccurredAt.ToUnixTimeTicks()).ToArray()));
            return command;
        }

        /// <summary>Puts each stream written in the due-queue at its last event's time (or keeps an earlier turn), so a
        /// host polling the queue evaluates it: the escalations of the new events, and its next due instant.</summary>
        internal NpgsqlBatchCommand MarkDue(string schema)
        {
            // In key order, as the due-queue records its batches, so the two never lock these rows in opposite orders.
            var rows = _streamRows.OrderBy(r => r.Key.Site, StringComparer.Ordinal).ThenBy(r => r.Key.Stream, StringComparer.Ordinal).ToArray();
            var command = new NpgsqlBatchCommand(
                $"""
                INSERT INTO {schema}.due AS d (site, stream_id, due_at)
                SELECT site, stream_id, due_at FROM unnest($1::text[], $2::text[], $3::bigint[]) WITH ORDINALITY AS r(site, stream_id, due_at, n) ORDER BY n
                ON CONFLICT (site, stream_id) DO UPDATE SET due_at = LEAST(d.due_at, excluded.due_at)
                """);
            command.Parameters.Add(Parameter(rows.Select(r => r.Key.Site).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Key.Stream).ToArray()));
            command.Parameters.Add(Parameter(rows.Select(r => r.Value.Last.OccurredAt.ToUnixTimeTicks()).ToArray()));
            return command;
        }

        /// <summary>Tells listening hosts which sites have new events; delivered when (and only if) the transaction commits.</summary>
        internal NpgsqlBatchCommand Notify(string schema)
        {
            var command = new NpgsqlBatchCommand($"SELECT pg_notify('{Channel}', $1 || chr(9) || site) FROM unnest($2::text[]) AS s(site)");
            command.Parameters.Add(Parameter(schema));
            command.Parameters.Add(Parameter(_sites.Distinct(StringComparer.Ordinal).ToArray()));
            return command;
        }
    }
}
