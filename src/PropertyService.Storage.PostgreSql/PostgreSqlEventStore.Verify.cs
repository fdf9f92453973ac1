using System.Data;
using Npgsql;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage.PostgreSql;

public sealed partial class PostgreSqlEventStore
{
    /// <inheritdoc/>
    public ValueTask<VerificationResult> VerifyAsync(SiteId site, string streamId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(streamId);
        return VerifyCoreAsync(site, streamId, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask<VerificationResult> VerifyAllAsync(SiteId site, CancellationToken cancellationToken = default) =>
        VerifyCoreAsync(site, null, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<Instant?> ReadCheckpointAsync(SiteId site, string name, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotBlank(name);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT value FROM {_schema}.checkpoints WHERE site = $1 AND name = $2", connection);
        command.Parameters.Add(Parameter(site.Value));
        command.Parameters.Add(Parameter(name));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long ticks ? Instant.FromUnixTimeTicks(ticks) : null;
    }

    /// <inheritdoc/>
    /// <remarks>A checkpoint only moves forward: writing an earlier instant than the one kept changes nothing, whichever
    /// host writes it.</remarks>
    public async ValueTask WriteCheckpointAsync(SiteId site, string name, Instant value, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckCheckpoint(site, name);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {_schema}.checkpoints AS c (site, name, value) VALUES ($1, $2, $3)
            ON CONFLICT (site, name) DO UPDATE SET value = GREATEST(c.value, excluded.value)
            """, connection);
        command.Parameters.Add(Parameter(site.Value));
        command.Parameters.Add(Parameter(name));
        command.Parameters.Add(Parameter(value.ToUnixTimeTicks()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<VerificationResult> VerifyCoreAsync(SiteId site, string? streamId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot: the events and the heads agree, even while other hosts append.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var heads = await HeadsAsync(connection, site, streamId, cancellationToken).ConfigureAwait(false);
        var verification = new SiteVerification(site, heads, _serializer);
        await using (var command = new NpgsqlCommand(
            streamId is null
                ? $"SELECT {LinkColumns} FROM {_schema}.events WHERE site = $1 ORDER BY stream_id COLLATE \"C\", position"
                : $"SELECT {LinkColumns} FROM {_schema}.events WHERE site = $1 AND stream_id = $2 ORDER BY position", connection))
        {
            command.Parameters.Add(Parameter(site.Value));
            if (streamId is not null)
            {
                command.Parameters.Add(Parameter(streamId));
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                verification.Add(reader.GetString(7), Link(reader));
            }
        }

        return verification.Finish();
    }

    private async Task<Dictionary<string, (int Version, ReadOnlyMemory<byte> Hash)>> HeadsAsync(
        NpgsqlConnection connection, SiteId site, string? streamId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            streamId is null
                ? $"SELECT stream_id, version, head_hash FROM {_schema}.streams WHERE site = $1"
                : $"SELECT stream_id, version, head_hash FROM {_schema}.streams WHERE site = $1 AND stream_id = $2", connection);
        command.Parameters.Add(Parameter(site.Value));
        if (streamId is not null)
        {
            command.Parameters.Add(Parameter(streamId));
        }

        var heads = new Dictionary<string, (int, ReadOnlyMemory<byte>)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            heads[reader.GetString(0)] = (reader.GetInt32(1), reader.GetFieldValue<byte[]>(2));
        }

        return heads;
    }
}
