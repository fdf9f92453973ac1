using NodaTime;
using PropertyService.Storage.Serialization;

namespace PropertyService.Storage.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlEventStore"/>.</summary>
public sealed class PostgreSqlEventStoreOptions
{
    /// <summary>The default <see cref="Schema"/>.</summary>
    public const string DefaultSchema = "property_service";

    /// <summary>The Npgsql connection string of the database. Required.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The PostgreSQL schema holding the store's tables, created when missing: a lowercase identifier (letters,
    /// digits, underscores, not starting with a digit, at most 63 characters). Stores in different schemas of one database
    /// are apart. <value>The default value is <c>property_service</c>.</value></summary>
    public string Schema { get; set; } = DefaultSchema;

    /// <summary>Whether reads check each event's hash and its link to the previous one, so an edited row is refused
    /// instead of loaded. <value>The default value is <see langword="true"/>.</value></summary>
    public bool VerifyOnRead { get; set; } = true;

    /// <summary>How many events the store keeps deserialized, by their hash (used only with <see cref="VerifyOnRead"/>).
    /// <value>The default value is 10,000; 0 for none.</value></summary>
    public int CachedEvents { get; set; } = 10_000;

    /// <summary>How often a watcher (<see cref="PostgreSqlEventStore.WatchSiteAsync"/>) reads the site's new events when
    /// no notification came, which covers notifications lost while the listening connection was down.
    /// <value>The default value is 1 second.</value></summary>
    public Duration WatchPollInterval { get; set; } = Duration.FromSeconds(1);

    /// <summary>How many times an append is written again after the server refused its transaction for a reason that
    /// passes (a deadlock with another host, a new stream created by another host at the same moment).
    /// <value>The default value is 5.</value></summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Writes and reads the payloads; <see cref="EventSerializer.Default"/> when null.</summary>
    public EventSerializer? Serializer { get; set; }

    /// <summary>Lists every invalid setting, each naming its property.</summary>
    /// <returns>The errors; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add("PostgreSqlEventStoreOptions.ConnectionString is blank: give the Npgsql connection string of the database.");
        }

        if (!IsIdentifier(Schema))
        {
            errors.Add($"PostgreSqlEventStoreOptions.Schema is '{Schema}': use a lowercase identifier of letters, digits and underscores, not starting with a digit, at most 63 characters.");
        }

        if (CachedEvents < 0)
        {
            errors.Add($"PostgreSqlEventStoreOptions.CachedEvents is {CachedEvents}; it cannot be negative.");
        }

        if (WatchPollInterval <= Duration.Zero)
        {
            errors.Add($"PostgreSqlEventStoreOptions.WatchPollInterval is {WatchPollInterval}; it must be positive.");
        }

        if (MaxRetries < 0)
        {
            errors.Add($"PostgreSqlEventStoreOptions.MaxRetries is {MaxRetries}; it cannot be negative.");
        }

        return errors;
    }

    private static bool IsIdentifier(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 63 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
