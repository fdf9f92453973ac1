using NodaTime;
using PropertyService.Storage.Serialization;

namespace PropertyService.Storage.Sqlite;

/// <summary>Settings of a <see cref="SqliteEventStore"/>.</summary>
public sealed class SqliteEventStoreOptions
{
    /// <summary>The database file; created with its folder when missing. Required.</summary>
    public string Path { get; set; } = "";

    /// <summary>How hard a commit is made durable; <see cref="SqliteSynchronous.Full"/> by default.</summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>How long a write waits for another process holding the database; 5 seconds by default.</summary>
    public Duration BusyTimeout { get; set; } = Duration.FromSeconds(5);

    /// <summary>Whether reads check each event's hash and its link to the previous one, so an edited row is refused
    /// instead of loaded; on by default (it costs about a microsecond per event).</summary>
    public bool VerifyOnRead { get; set; } = true;

    /// <summary>How many events the store keeps deserialized, by their hash, so a stream read again (or just written) is
    /// not deserialized again; 10,000 by default, 0 for none. Used only with <see cref="VerifyOnRead"/>, which proves each
    /// row matches its hash.</summary>
    public int CachedEvents { get; set; } = 10_000;

    /// <summary>Writes and reads the payloads; <see cref="EventSerializer.Default"/> when null.</summary>
    public EventSerializer? Serializer { get; set; }
}
