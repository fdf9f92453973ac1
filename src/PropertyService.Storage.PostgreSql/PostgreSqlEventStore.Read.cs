using System.Globalization;
using System.Text;
using Npgsql;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage.PostgreSql;

public sealed partial class PostgreSqlEventStore
{
    private const string LinkColumns = "position, version, type_name, schema_version, payload, prev_hash, hash, stream_id";

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        var from = Math.Max(fromVersion, 1);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {LinkColumns} FROM {_schema}.events WHERE site = $1 AND stream_id = $2 AND version >= $3 ORDER BY version", connection);
        command.Parameters.Add(Parameter(site.Value));
        command.Parameters.Add(Parameter(streamId));
        command.Parameters.Add(Parameter(from));
        var events = new List<StoredEvent>();
        ReadOnlyMemory<byte> previous = default;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(NextOfStream(reader, site, streamId, from + events.Count, events.Count == 0, ref previous));
        }

        return events;
    }

    /// <summary>Reads several streams in one query, for a due-queue's batch: each stream checked as <see cref="ReadAsync"/>
    /// checks it. A stream that cannot be read back gets its exception instead of its events; the others still read.</summary>
    internal async Task<Dictionary<(string Site, string Stream), (List<DomainEvent>? Events, StoredEventException? Error)>> ReadStreamsAsync(
        IReadOnlyCollection<(string Site, string Stream)> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {LinkColumns}, site FROM {_schema}.events
            WHERE (site, stream_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
            ORDER BY site COLLATE "C", stream_id COLLATE "C", version
            """, connection);
        command.Parameters.Add(Parameter(keys.Select(k => k.Site).ToArray()));
        command.Parameters.Add(Parameter(keys.Select(k => k.Stream).ToArray()));
        var streams = keys.ToDictionary(k => k, _ => ((List<DomainEvent>?)[], (StoredEventException?)null));
        ReadOnlyMemory<byte> previous = default;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = (reader.GetString(8), reader.GetString(7));
            var (events, error) = streams[key];
            if (events is null)
            {
                continue; // already refused
            }

            try
            {
                events.Add(NextOfStream(reader, new SiteId(key.Item1), key.Item2, events.Count + 1, events.Count == 0, ref previous).Event);
            }
            catch (StoredEventException ex)
            {
                streams[key] = (null, ex);
            }
        }

        return streams;
    }

    /// <summary>The next row of a stream read in version order, checked against the one before it.</summary>
    private StoredEvent NextOfStream(NpgsqlDataReader reader, SiteId site, string streamId, int expected, bool first, ref ReadOnlyMemory<byte> previous)
    {
        var link = Link(reader);
        if (link.Version != expected)
        {
            throw new StoredEventException(site, streamId, expected, link.Version > expected ? TamperKind.Removed : TamperKind.Inserted,
                link.Version > expected ? $"the stream goes from v{expected - 1} to v{link.Version}." : $"v{link.Version} appears more than once.");
        }

        if (_verifyOnRead && !first && !link.PreviousHash.Span.SequenceEqual(previous.Span))
        {
            throw new StoredEventException(site, streamId, link.Version - 1, TamperKind.Edited,
                $"v{link.Version} was chained to another v{link.Version - 1}: it was altered and rehashed, or replaced.");
        }

        var stored = StoredRows.Materialize(site, streamId, reader.GetInt64(0), link, _serializer, _verifyOnRead, _cache);
        previous = link.Hash;
        return stored;
    }

    /// <inheritdoc/>
    /// <remarks>Positions are numbered per site, in commit order: reading after the last position seen never skips an
    /// event that another host commits later.</remarks>
    public async ValueTask<IReadOnlyList<StoredEvent>> ReadSiteAsync(SiteId site, long afterPosition = 0, int maxCount = 1000, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckPage(afterPosition, maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {LinkColumns} FROM {_schema}.events WHERE site = $1 AND position > $2 ORDER BY position LIMIT $3", connection);
        command.Parameters.Add(Parameter(site.Value));
        command.Parameters.Add(Parameter(afterPosition));
        command.Parameters.Add(Parameter(maxCount));
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(StoredRows.Materialize(site, reader.GetString(7), reader.GetInt64(0), Link(reader), _serializer, _verifyOnRead, _cache));
        }

        return events;
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<StreamSummary>> QueryAsync(SiteId site, StreamQuery query, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckQuery(query);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder($"SELECT stream_id, aggregate_type, state, owner, due_at, version, updated_at FROM {_schema}.streams WHERE site = $1");
        command.Parameters.Add(Parameter(site.Value));
        string Next(NpgsqlParameter parameter)
        {
            command.Parameters.Add(parameter);
            return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (query.AggregateType is not null)
        {
            sql.Append(" AND aggregate_type = ").Append(Next(Parameter(query.AggregateType)));
        }

        if (query.States is { Count: > 0 } states)
        {
            sql.Append(" AND state = ANY(").Append(Next(Parameter(states.ToArray()))).Append(')');
        }

        if (query.Owner is not null)
        {
            sql.Append(" AND owner = ").Append(Next(Parameter(query.Owner)));
        }

        if (query.DueBefore is { } dueBefore)
        {
            sql.Append(" AND due_at < ").Append(Next(Parameter(dueBefore.ToUnixTimeTicks()))).Append(" ORDER BY due_at, stream_id COLLATE \"C\"");
        }
        else
        {
            sql.Append(" ORDER BY stream_id COLLATE \"C\"");
        }

        sql.Append(" LIMIT ").Append(Next(Parameter(query.Limit)));
        command.CommandText = sql.ToString();
        var summaries = new List<StreamSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var status = new StreamStatus(
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : Instant.FromUnixTimeTicks(reader.GetInt64(4)));
            summaries.Add(new StreamSummary(site, reader.GetString(0), status, reader.GetInt32(5), Instant.FromUnixTimeTicks(reader.GetInt64(6))));
        }

        return summaries;
    }

    /// <summary>Reads the columns a chain check needs (the columns are typed and not null, so a row always reads).</summary>
    private static ChainLink Link(NpgsqlDataReader reader) =>
        new(reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3),
            reader.GetFieldValue<byte[]>(4), reader.GetFieldValue<byte[]>(5), reader.GetFieldValue<byte[]>(6));
}
