namespace PropertyService.Storage.Sqlite;

/// <summary>How hard SQLite works to make a commit durable (<c>PRAGMA synchronous</c>), in WAL mode.</summary>
public enum SqliteSynchronous
{
    /// <summary>Every commit is synced to disk before it is acknowledged: nothing acknowledged is lost, even on power loss. The default.</summary>
    Full,

    /// <summary>The write-ahead log is synced at checkpoints only: nothing is lost when the process dies, but the last
    /// commits may be lost on power loss or an operating-system crash. Several times faster.</summary>
    Normal,
}
