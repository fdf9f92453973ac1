using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using PropertyService.Storage.Serialization;
using PropertyService.Utility;

namespace PropertyService.Storage.Sqlite;

/// <summary>
/// The embedded durable <see cref="IEventStore"/>: one SQLite file in WAL mode. Each append is one transaction; a
/// unique key on (site, stream, version) guards against two writers taking the same version, even from two processes;
/// each event carries its hash chained over the previous event of its stream (<see cref="HashChain"/>); the stream
/// index behind <see cref="QueryAsync"/> is updated in the same transaction. The store creates its schema, migrates it
/// forward, and refuses a database written by a newer library (<see cref="StoreSchemaException"/>).
/// </summary>
/// <remarks>
/// Thread-safe. Writes go through one connection, one at a time; reads use a small pool of their own connections and
/// run beside writes (WAL). Dispose the store to close its connections. The layout is in <c>docs/storage.md</c>.
/// </remarks>
public sealed partial class SqliteEventStore : IEventStore, IDisposable
{
    private const int MaxIdleReaders = 8;

    private readonly string _connectionString;
    private readonly string _path;
    private readonly EventSerializer _serializer;
    private readonly bool _verifyOnRead;
    private readonly Lock _writeLock = new();
    private readonly SqliteConnection _writer;
    private readonly ConcurrentBag<ReaderSession> _readers = [];
    private readonly int _busyMilliseconds;
    private readonly EventCache _cache;
    private bool _disposed;

    /// <summary>Opens (or creates) a store.</summary>
    /// <param name="options">The file and settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The path is blank, or the busy timeout or cache size negative.</exception>
    /// <exception cref="StoreSchemaException">The file was written by a newer library, or is not a store.</exception>
    /// <exception cref="SqliteException">The file cannot be opened (not a database, no permission).</exception>
    public SqliteEventStore(SqliteEventStoreOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new ArgumentException("SqliteEventStoreOptions.Path is blank: give the database file.", nameof(options));
        }

        if (options.BusyTimeout < NodaTime.Duration.Zero)
        {
            throw new ArgumentException($"SqliteEventStoreOptions.BusyTimeout is {options.BusyTimeout}; it cannot be negative.", nameof(options));
        }

        _path = System.IO.Path.GetFullPath(options.Path);
        var folder = System.IO.Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (options.CachedEvents < 0)
        {
            throw new ArgumentException($"SqliteEventStoreOptions.CachedEvents is {options.CachedEvents}; it cannot be negative.", nameof(options));
        }

        _serializer = options.Serializer ?? EventSerializer.Default;
        _verifyOnRead = options.VerifyOnRead;
        _cache = new EventCache(options.VerifyOnRead ? options.CachedEvents : 0);
        _busyMilliseconds = (int)Math.Min(int.MaxValue, options.BusyTimeout.TotalMilliseconds);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, _busyMilliseconds / 1000),
        }.ToString();

        _writer = new SqliteConnection(_connectionString);
        try
        {
            _writer.Open();
            Pragma(_writer, $"PRAGMA busy_timeout = {_busyMilliseconds};");
            var mode = Scalar(_writer, "PRAGMA journal_mode = WAL;");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The event store {_path} could not be put in WAL mode (journal_mode is {mode}).");
            }

            Pragma(_writer, options.Synchronous == SqliteSynchronous.Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
            SqliteSchema.Migrate(_writer, _path);
            PrepareWriter();
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    /// <summary>Opens (or creates) a store with the default settings (WAL, synchronous FULL, verified reads).</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="StoreSchemaException">The file was written by a newer library, or is not a store.</exception>
    public static SqliteEventStore Open(string path) => new(new SqliteEventStoreOptions { Path = path });

    /// <summary>The database file.</summary>
    public string Path => _path;

    /// <summary>Closes the store's connections. Calls made afterwards throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            DisposeWriterCommands();
            _writer.Dispose();
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private ReaderSession RentReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_readers.TryTake(out var reader))
        {
            return reader;
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Pragma(connection, $"PRAGMA busy_timeout = {_busyMilliseconds};");
            return new ReaderSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void ReturnReader(ReaderSession reader)
    {
        if (_disposed || _readers.Count >= MaxIdleReaders)
        {
            reader.Dispose();
            return;
        }

        _readers.Add(reader);
    }

    /// <summary>A read connection with its prepared statements, kept for the next read.</summary>
    private sealed class ReaderSession : IDisposable
    {
        internal ReaderSession(SqliteConnection connection)
        {
            Connection = connection;
            ReadStream = Command(connection,
                "SELECT position, version, type_name, schema_version, payload, prev_hash, hash FROM events WHERE site = $site AND stream_id = $stream AND version >= $from ORDER BY version;",
                "$site", "$stream", "$from");
            ReadSite = Command(connection,
                "SELECT position, version, type_name, schema_version, payload, prev_hash, hash, stream_id FROM events WHERE site = $site AND position > $after ORDER BY position LIMIT $max;",
                "$site", "$after", "$max");
        }

        internal SqliteConnection Connection { get; }

        internal SqliteCommand ReadStream { get; }

        internal SqliteCommand ReadSite { get; }

        public void Dispose()
        {
            ReadStream.Dispose();
            ReadSite.Dispose();
            Connection.Dispose();
        }
    }
}
