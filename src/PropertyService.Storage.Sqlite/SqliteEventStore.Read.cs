using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using PropertyService.Storage.Serialization;
using PropertyService.Utility;

namespace PropertyService.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        var from = Math.Max(fromVersion, 1);
        var session = RentReader();
        try
        {
            var command = session.ReadStream;
            command.Parameters[0].Value = site.Value;
            command.Parameters[1].Value = streamId;
            command.Parameters[2].Value = from;
            var events = new List<StoredEvent>();
            ReadOnlyMemory<byte> previous = default;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var link = Link(reader, site, streamId);
                    var expected = from + events.Count;
                    if (link.Version != expected)
                    {
                        throw new StoredEventException(site, streamId, expected, link.Version > expected ? TamperKind.Removed : TamperKind.Inserted,
                            link.Version > expected ? $"the stream goes from v{expected - 1} to v{link.Version}." : $"v{link.Version} appears more than once.");
                    }

                    if (_verifyOnRead && events.Count > 0 && !link.PreviousHash.Span.SequenceEqual(previous.Span))
                    {
                        throw new StoredEventException(site, streamId, link.Version - 1, TamperKind.Edited,
                            $"v{link.Version} was chained to another v{link.Version - 1}: it was altered and rehashed, or replaced.");
                    }

                    events.Add(ToStoredEvent(site, streamId, reader.GetInt64(0), link));
                    previous = link.Hash;
                }
            }

            return ValueTask.FromResult<IReadOnlyList<StoredEvent>>(events);
        }
        finally
        {
            ReturnReader(session);
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<StoredEvent>> ReadSiteAsync(SiteId site, long afterPosition = 0, int maxCount = 1000, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckPage(afterPosition, maxCount);

        cancellationToken.ThrowIfCancellationRequested();
        var session = RentReader();
        try
        {
            var command = session.ReadSite;
            command.Parameters[0].Value = site.Value;
            command.Parameters[1].Value = afterPosition;
            command.Parameters[2].Value = maxCount;
            var events = new List<StoredEvent>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var streamId = reader.GetString(7);
                    events.Add(ToStoredEvent(site, streamId, reader.GetInt64(0), Link(reader, site, streamId)));
                }
            }

            return ValueTask.FromResult<IReadOnlyList<StoredEvent>>(events);
        }
        finally
        {
            ReturnReader(session);
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<StreamSummary>> QueryAsync(SiteId site, StreamQuery query, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckQuery(query);

        cancellationToken.ThrowIfCancellationRequested();
        var session = RentReader();
        try
        {
            using var command = session.Connection.CreateCommand();
            var sql = new StringBuilder("SELECT stream_id, aggregate_type, state, owner, due_at, version, updated_at FROM streams WHERE site = $site");
            command.Parameters.AddWithValue("$site", site.Value);
            if (query.AggregateType is not null)
            {
                sql.Append(" AND aggregate_type = $type");
                command.Parameters.AddWithValue("$type", query.AggregateType);
            }

            if (query.States is { Count: > 0 } states)
            {
                sql.Append(" AND state IN (");
                var i = 0;
                foreach (var state in states)
                {
                    sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"$state{i}");
                    command.Parameters.AddWithValue($"$state{i++}", state);
                }

                sql.Append(')');
            }

            if (query.Owner is not null)
            {
                sql.Append(" AND owner = $owner");
                command.Parameters.AddWithValue("$owner", query.Owner);
            }

            if (query.DueBefore is { } dueBefore)
            {
                sql.Append(" AND due_at IS NOT NULL AND due_at < $due ORDER BY due_at, stream_id");
                command.Parameters.AddWithValue("$due", dueBefore.ToUnixTimeTicks());
            }
            else
            {
                sql.Append(" ORDER BY stream_id");
            }

            sql.Append(" LIMIT $limit;");
            command.Parameters.AddWithValue("$limit", query.Limit);
            command.CommandText = sql.ToString();
            var summaries = new List<StreamSummary>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var status = new StreamStatus(
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : Instant.FromUnixTimeTicks(reader.GetInt64(4)));
                summaries.Add(new StreamSummary(site, reader.GetString(0), status, reader.GetInt32(5), Instant.FromUnixTimeTicks(reader.GetInt64(6))));
            }

            return ValueTask.FromResult<IReadOnlyList<StreamSummary>>(summaries);
        }
        finally
        {
            ReturnReader(session);
        }
    }

    /// <summary>Reads the columns a chain check needs; a column of the wrong kind reads as empty, which the check then refuses.</summary>
    private static ChainLink Link(SqliteDataReader reader, SiteId site, string streamId)
    {
        var version = reader.GetInt32(1);
        try
        {
            return new ChainLink(version, reader.GetString(2), reader.GetInt32(3),
                Bytes(reader, 4), Bytes(reader, 5), Bytes(reader, 6));
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or InvalidOperationException)
        {
            throw new StoredEventException(site, streamId, version, TamperKind.Unreadable, $"a column cannot be read ({ex.Message}).", ex);
        }
    }

    private static byte[] Bytes(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<byte[]>(ordinal);

    private StoredEvent ToStoredEvent(SiteId site, string streamId, long position, ChainLink link) =>
        StoredRows.Materialize(site, streamId, position, link, _serializer, _verifyOnRead, _cache);
}
