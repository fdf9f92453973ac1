using Npgsql;
using PropertyService.Storage.Serialization;
using PropertyService.Utility;

namespace PropertyService.Storage.PostgreSql;

/// <summary>
/// The shared durable <see cref="IEventStore"/> on a PostgreSQL server, for a site group whose service centers run on
/// several hosts. Each append is one transaction that locks the stream's head row, so two hosts can never take the same
/// version (and the primary key on (site, stream, version) stands behind it); each event carries its hash chained over
/// the previous event of its stream (<see cref="HashChain"/>); the stream index behind <see cref="QueryAsync"/> is
/// updated in the same transaction. Each site numbers its events in commit order (<see cref="StoredEvent.Position"/>),
/// so a host that reads a site's events after a position it has seen never misses one committed by another host;
/// <see cref="WatchSiteAsync"/> follows them as they are committed. The store creates its schema, migrates it forward,
/// and refuses a schema written by a newer library (<see cref="StoreSchemaException"/>).
/// </summary>
/// <remarks>
/// <para>Thread-safe. Appends that arrive while another is being written share the next transaction (group commit), so
/// one commit serves many callers. Reads use pooled connections and run beside writes.</para>
/// <para>Nothing touches the server until the first call (or <see cref="OpenAsync"/>): then the schema is created or
/// checked, once. Dispose the store to close its connections. The layout is in <c>docs/storage.md</c>.</para>
/// </remarks>
public sealed partial class PostgreSqlEventStore : IEventStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly EventSerializer _serializer;
    private readonly bool _verifyOnRead;
    private readonly EventCache _cache;
    private readonly PostgreSqlEventStoreOptions _options;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private volatile bool _ready;
    private volatile bool _disposed;

    /// <summary>Creates a store on a database; nothing is read or written until the first call.</summary>
    /// <param name="options">The connection string and settings; copied, so later changes do not reach the store.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (every error is listed), or the connection string cannot be parsed.</exception>
    public PostgreSqlEventStore(PostgreSqlEventStoreOptions options)
    {
        Preconditions.CheckNotNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        _options = new PostgreSqlEventStoreOptions
        {
            ConnectionString = options.ConnectionString, Schema = options.Schema, VerifyOnRead = options.VerifyOnRead,
            CachedEvents = options.CachedEvents, WatchPollInterval = options.WatchPollInterval, MaxRetries = options.MaxRetries,
            Serializer = options.Serializer,
        };
        _schema = options.Schema;
        _serializer = options.Serializer ?? EventSerializer.Default;
        _verifyOnRead = options.VerifyOnRead;
        _cache = new EventCache(options.VerifyOnRead ? options.CachedEvents : 0);
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"PostgreSqlEventStoreOptions.ConnectionString cannot be read: {ex.Message}", nameof(options), ex);
        }

        // The store runs the same few statements all day: let the server keep their plans.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }

        builder.ConnectionStringBuilder.ApplicationName ??= "PropertyService";
        _dataSource = builder.Build();
    }

    /// <summary>The PostgreSQL schema holding the store's tables.</summary>
    public string Schema => _schema;

    /// <summary>Opens a store and creates or checks its schema before returning, so a wrong connection string or a
    /// newer schema shows at start-up rather than at the first command.</summary>
    /// <param name="options">The connection string and settings.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store, ready.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="StoreSchemaException">The schema was written by a newer library, or holds tables of something else.</exception>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the connection.</exception>
    public static async Task<PostgreSqlEventStore> OpenAsync(PostgreSqlEventStoreOptions options, CancellationToken cancellationToken = default)
    {
        var store = new PostgreSqlEventStore(options);
        try
        {
            await store.EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the store's connections and stops its watchers. Calls made afterwards throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Closes the store's connections and stops its watchers.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopListenerAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Opens a pooled connection, creating or checking the schema on the first call.</summary>
    internal async ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_ready)
        {
            await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        }

        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await PostgreSqlSchema.MigrateAsync(connection, _schema, cancellationToken).ConfigureAwait(false);
            _ready = true; // a failure leaves it false: the next call tries again
        }
        finally
        {
            _opening.Release();
        }
    }

    private static NpgsqlParameter Parameter<T>(T value) => new NpgsqlParameter<T> { TypedValue = value };
}
