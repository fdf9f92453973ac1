namespace PropertyService.Samples.Web.Hosting;

/// <summary>
/// Which store the host runs on (section <c>Storage</c>): <c>Provider</c> <c>sqlite</c> (the default, a file in the
/// data folder) or <c>postgresql</c> with <c>PostgreSqlConnectionString</c>, for several hosts sharing one database.
/// </summary>
public sealed class StorageSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> or <c>postgresql</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file (see <see cref="StoragePath"/>).</summary>
    public string? SqlitePath { get; set; }

    /// <summary>The PostgreSQL connection string when <see cref="Provider"/> is <c>postgresql</c>.</summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>The PostgreSQL schema of the store's tables; <c>property_service</c> by default.</summary>
    public string? PostgreSqlSchema { get; set; }

    /// <summary>Where the keys that protect sign-in cookies and resident links are kept; the data folder by default.</summary>
    public string? KeysPath { get; set; }

    /// <summary>Whether the host runs on PostgreSQL; throws for an unknown provider or a missing connection string.</summary>
    /// <returns>True for PostgreSQL, false for SQLite.</returns>
    /// <exception cref="InvalidOperationException">The settings do not name a usable store.</exception>
    public bool UsesPostgreSql()
    {
        switch (Provider?.Trim().ToLowerInvariant())
        {
            case "sqlite" or "" or null:
                return false;
            case "postgresql" or "postgres":
                return !string.IsNullOrWhiteSpace(PostgreSqlConnectionString)
                    ? true
                    : throw new InvalidOperationException("Storage:Provider is postgresql but Storage:PostgreSqlConnectionString is empty.");
            default:
                throw new InvalidOperationException($"Storage:Provider '{Provider}' is not a store; use sqlite or postgresql.");
        }
    }
}
