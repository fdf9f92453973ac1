using Npgsql;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Pipeline;
using PropertyService.Sla;
using PropertyService.Utility;

namespace PropertyService.Storage.PostgreSql;

/// <summary>
/// The SLA due-queue shared by every host of a site group: each stream's next turn lives in the store's <c>due</c>
/// table, written in the same transaction as its events; each host's <see cref="PollAsync"/> claims the streams whose
/// turn has come, skipping those another host holds (<c>FOR UPDATE SKIP LOCKED</c>) under a lease, evaluates each from
/// its history (<see cref="ServiceCenter.Evaluate"/>), delivers to the notifiers what was not delivered before, records
/// it with the stream's next turn, and releases the claim. So each SLA warning, breach and escalation notice (climbs
/// and the escalations of events too) is raised once across all hosts, and the claims of a host that stops mid-alert
/// are taken over when its lease passes.
/// </summary>
/// <remarks>
/// <para>With this queue the hosts do not publish their events to the <see cref="ServiceCenter"/> nor call its
/// <see cref="ServiceCenter.PollAsync"/>: commands go to the store (<see cref="EventStoreRepository{TAggregate}"/>), and
/// every host polls this queue (an escalation of an event is raised by the next poll of any host). Acknowledgements go
/// through <see cref="AcknowledgeAsync"/>, which every host then sees.</para>
/// <para>Exactly once holds for every host that records what it delivered; a host that dies after a notifier returned
/// and before the record has that item delivered again by the host that takes its claim over (at least once, never
/// lost): a notifier that must never repeat itself keeps the keys it has seen (<see cref="StreamEvaluation.KeyOf(EscalationNotice)"/>).</para>
/// <para>Thread-safe; a host polls from one loop at a time.</para>
/// </remarks>
public sealed class PostgreSqlDueQueue
{
    private readonly PostgreSqlEventStore _store;
    private readonly ServiceCenter _center;
    private readonly string _hostId;
    private readonly double _leaseSeconds;
    private readonly int _batchSize;
    private long _claims;

    /// <summary>Creates a host's handle on the shared queue.</summary>
    /// <param name="store">The shared store.</param>
    /// <param name="center">Evaluates the streams and delivers to this host's notifiers.</param>
    /// <param name="options">The settings; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="center"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (every error is listed).</exception>
    public PostgreSqlDueQueue(PostgreSqlEventStore store, ServiceCenter center, PostgreSqlDueQueueOptions? options = null)
    {
        _store = Preconditions.CheckNotNull(store);
        _center = Preconditions.CheckNotNull(center);
        options ??= new PostgreSqlDueQueueOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        _hostId = options.HostId;
        _leaseSeconds = options.Lease.TotalSeconds;
        _batchSize = options.BatchSize;
    }

    /// <summary>This host's name in its claims.</summary>
    public string HostId => _hostId;

    /// <summary>
    /// Raises what has fallen due before <paramref name="now"/> in the streams no other host holds: claims them a batch
    /// at a time, evaluates each, delivers the new alerts' notices to the notifiers, records them and releases the claims.
    /// </summary>
    /// <param name="now">The current instant (from the host's <see cref="IClock"/>).</param>
    /// <param name="cancellationToken">Cancels the poll; claims not released pass to another host when their lease passes.</param>
    /// <returns>What this host raised, the failures (a notifier or rule that threw, a stream that cannot be read back, a
    /// claim that passed before it was recorded), and when the queue's next turn is.</returns>
    /// <exception cref="NpgsqlException">The server cannot be reached.</exception>
    public async ValueTask<PollResult> PollAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var alerts = new List<SlaAlert>();
        var notices = new List<EscalationNotice>();
        var failures = new List<PipelineFailure>();
        while (true)
        {
            var token = $"{_hostId}#{Interlocked.Increment(ref _claims)}";
            var claimed = await ClaimAsync(now, token, cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                break;
            }

            var keys = claimed.Select(c => c.Key).ToArray();
            var histories = await _store.ReadStreamsAsync(keys, cancellationToken).ConfigureAwait(false);
            var acknowledgements = await ReadAcknowledgementsAsync(keys, cancellationToken).ConfigureAwait(false);
            var batchAlerts = new List<SlaAlert>();
            var batchNotices = new List<EscalationNotice>();
            var completions = new List<Completion>(claimed.Count);
            foreach (var claim in claimed)
            {
                var (events, error) = histories[claim.Key];
                if (error is not null)
                {
                    // Left claimed: tried again when the lease passes, and reported each time, until someone repairs it.
                    failures.Add(new PipelineFailure("store", nameof(PostgreSqlDueQueue), error.Kind.ToString(), claim.Key.Stream, error));
                    continue;
                }

                if (events!.Count == 0)
                {
                    completions.Add(new Completion(claim.Key, claim.Raised, 0, null));
                    continue;
                }

                StreamEvaluation evaluation;
                try
                {
                    evaluation = _center.Evaluate(events, now, acknowledgements.GetValueOrDefault(claim.Key));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A site this host cannot configure, say: left claimed, tried again when the lease passes.
                    failures.Add(new PipelineFailure("due-queue", _hostId, "evaluate", claim.Key.Stream, ex));
                    continue;
                }

                var raised = new HashSet<string>(claim.Raised, StringComparer.Ordinal);
                batchAlerts.AddRange(evaluation.Alerts.Where(a => raised.Add(StreamEvaluation.KeyOf(a))));
                batchNotices.AddRange(evaluation.Notices.Where(n => raised.Add(StreamEvaluation.KeyOf(n))));
                failures.AddRange(evaluation.Failures);
                completions.Add(new Completion(claim.Key, [.. raised], evaluation.Version, evaluation.NextDue));
            }

            // Delivered before recorded: a host that dies in between has its claim taken over and the items delivered again.
            await _center.RaiseAsync(batchAlerts, batchNotices, cancellationToken).ConfigureAwait(false);
            foreach (var lost in await CompleteAsync(completions, token, cancellationToken).ConfigureAwait(false))
            {
                failures.Add(new PipelineFailure("due-queue", _hostId, "lease", lost.Stream,
                    new TimeoutException($"The claim of {lost.Site}/{lost.Stream} passed to another host before this one recorded it: what it delivered may be delivered again. Lengthen PostgreSqlDueQueueOptions.Lease.")));
            }

            alerts.AddRange(batchAlerts);
            notices.AddRange(batchNotices);
            if (claimed.Count < _batchSize)
            {
                break;
            }
        }

        failures.AddRange(_center.TakeFailures());
        return new PollResult(alerts, notices, failures, await NextDueAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>When the queue's next turn is, among the streams no host holds, or null when nothing is due.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The instant, or null.</returns>
    public async ValueTask<Instant?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT min(due_at) FROM {_store.Schema}.due WHERE due_at IS NOT NULL AND (lease_until IS NULL OR lease_until < clock_timestamp())", connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long ticks ? Instant.FromUnixTimeTicks(ticks) : null;
    }

    /// <summary>
    /// Records that someone took an escalation on, for every host: decided from the aggregate's history and the
    /// acknowledgements already recorded (<see cref="ServiceCenter.Acknowledge"/>), then recorded, and the stream put
    /// back in the queue so its climb stops.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="aggregateId">The aggregate escalated (<see cref="EscalationNotice.AggregateId"/>).</param>
    /// <param name="cause">The cause, as in the notice.</param>
    /// <param name="actor">Someone of the site holding the role notified, or one above it in the chain.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the acknowledgement.</param>
    /// <returns>The acknowledgement, or a rejection saying why not (another host's acknowledgement at the same moment
    /// included).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/>, <paramref name="cause"/> or <paramref name="actor"/> is null.</exception>
    public async ValueTask<Result<EscalationAcknowledgement>> AcknowledgeAsync(
        SiteId site, string aggregateId, string cause, Actor actor, Instant at, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(aggregateId);
        Preconditions.CheckNotNull(cause);
        Preconditions.CheckNotNull(actor);
        var history = (await _store.ReadAsync(site, aggregateId, 1, cancellationToken).ConfigureAwait(false)).Select(s => s.Event).ToArray();
        if (history.Length == 0)
        {
            return new EscalationBoard().Acknowledge(site, cause, actor, at); // nothing escalated: the board's own refusal
        }

        var key = (site.Value, aggregateId);
        for (var attempt = 0; ; attempt++)
        {
            var known = (await ReadAcknowledgementsAsync([key], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(key);
            var decided = _center.Acknowledge(history, known, cause, actor, at);
            if (!decided.IsSuccess || attempt > 0)
            {
                return decided;
            }

            if (await RecordAsync(key, decided.Value, cancellationToken).ConfigureAwait(false))
            {
                return decided;
            }

            // Another host recorded this level a moment ago: decide again with it, which refuses.
        }
    }

    private async Task<bool> RecordAsync((string Site, string Stream) key, EscalationAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var schema = _store.Schema;
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO {schema}.acknowledgements (site, stream_id, cause, level, actor_id, actor_name, actor_roles, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = key.Site });
        insert.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = key.Stream });
        insert.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = acknowledgement.Cause });
        insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = acknowledgement.Level.Value });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = acknowledgement.By.Id });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = acknowledgement.By.DisplayName });
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. acknowledgement.By.Roles.Select(r => r.ToString())] });
        insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = acknowledgement.At.ToUnixTimeTicks() });
        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        // Back in the queue at the acknowledgement's instant: the next poll evaluates it again and its climb stops.
        await using var due = new NpgsqlCommand($"UPDATE {schema}.due SET due_at = LEAST(due_at, $3) WHERE site = $1 AND stream_id = $2", connection, transaction);
        due.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.Site });
        due.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.Stream });
        due.Parameters.Add(new NpgsqlParameter<long> { TypedValue = acknowledgement.At.ToUnixTimeTicks() });
        await due.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Claims up to a batch of streams whose turn came before <paramref name="now"/>, skipping those another
    /// host holds; the claim is committed at once, so it outlives this connection until its lease passes.</summary>
    private async Task<List<Claim>> ClaimAsync(Instant now, string token, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE {_store.Schema}.due AS d SET lease_owner = $1, lease_until = clock_timestamp() + make_interval(secs => $2)
            FROM (SELECT site, stream_id FROM {_store.Schema}.due
                  WHERE due_at < $3 AND (lease_until IS NULL OR lease_until < clock_timestamp())
                  ORDER BY due_at LIMIT $4 FOR UPDATE SKIP LOCKED) AS c
            WHERE d.site = c.site AND d.stream_id = c.stream_id
            RETURNING d.site, d.stream_id, d.raised
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = token });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = _leaseSeconds });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = now.ToUnixTimeTicks() });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = _batchSize });
        var claims = new List<Claim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            claims.Add(new Claim((reader.GetString(0), reader.GetString(1)), reader.GetFieldValue<string[]>(2)));
        }

        return claims;
    }

    /// <summary>Records each stream's delivered keys and next turn and releases its claim, if the claim is still this
    /// host's; a stream written since it was read keeps its earlier turn, so it is evaluated again.</summary>
    /// <returns>The streams whose claim had passed to another host.</returns>
    private async Task<List<(string Site, string Stream)>> CompleteAsync(List<Completion> completions, string token, CancellationToken cancellationToken)
    {
        var lost = new List<(string, string)>();
        if (completions.Count == 0)
        {
            return lost;
        }

        // In key order, as appends lock these rows, so the two never wait on each other in a circle.
        completions = [.. completions.OrderBy(c => c.Key.Site, StringComparer.Ordinal).ThenBy(c => c.Key.Stream, StringComparer.Ordinal)];
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var completion in completions)
        {
            var command = new NpgsqlBatchCommand(
                $"""
                UPDATE {_store.Schema}.due AS d SET raised = $1, version = $2, lease_owner = NULL, lease_until = NULL,
                    due_at = CASE WHEN COALESCE((SELECT st.version FROM {_store.Schema}.streams st WHERE st.site = d.site AND st.stream_id = d.stream_id), 0) > $2
                                  THEN d.due_at ELSE $3 END
                WHERE d.site = $4 AND d.stream_id = $5 AND d.lease_owner = $6
                """);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = completion.Raised });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = completion.Version });
            command.Parameters.Add(new NpgsqlParameter { Value = completion.NextDue is { } next ? next.ToUnixTimeTicks() : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = completion.Key.Site });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = completion.Key.Stream });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = token });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < completions.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected == 0)
            {
                lost.Add(completions[i].Key);
            }
        }

        return lost;
    }

    private async Task<Dictionary<(string Site, string Stream), List<EscalationAcknowledgement>>> ReadAcknowledgementsAsync(
        IReadOnlyCollection<(string Site, string Stream)> keys, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT site, stream_id, cause, level, actor_id, actor_name, actor_roles, at FROM {_store.Schema}.acknowledgements
            WHERE (site, stream_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys.Select(k => k.Site)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys.Select(k => k.Stream)] });
        var acknowledgements = new Dictionary<(string, string), List<EscalationAcknowledgement>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var site = new SiteId(reader.GetString(0));
            var by = new Actor(reader.GetString(4), reader.GetString(5), site, reader.GetFieldValue<string[]>(6).Select(Enum.Parse<Role>));
            var key = (reader.GetString(0), reader.GetString(1));
            if (!acknowledgements.TryGetValue(key, out var list))
            {
                acknowledgements[key] = list = [];
            }

            list.Add(new EscalationAcknowledgement(reader.GetString(2), new EscalationLevel(reader.GetInt32(3)), by, Instant.FromUnixTimeTicks(reader.GetInt64(7))));
        }

        return acknowledgements;
    }

    private sealed record Claim((string Site, string Stream) Key, string[] Raised);

    private sealed record Completion((string Site, string Stream) Key, string[] Raised, int Version, Instant? NextDue);
}
