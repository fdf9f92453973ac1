namespace PropertyService.Storage;

/// <summary>
/// A durable store's database has a schema this library cannot use: written by a newer version of the library, or
/// not a store of this library at all. Nothing is changed in the database.
/// </summary>
public sealed class StoreSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="database">Which database (a path or a name; never a password).</param>
    /// <param name="foundVersion">The schema version found, or null when the database is not a store.</param>
    /// <param name="supportedVersion">The newest schema version this library reads.</param>
    /// <param name="message">What is wrong and what to do.</param>
    public StoreSchemaException(string database, int? foundVersion, int supportedVersion, string message)
        : base(message)
    {
        Database = database;
        FoundVersion = foundVersion;
        SupportedVersion = supportedVersion;
    }

    /// <summary>Which database.</summary>
    public string Database { get; }

    /// <summary>The schema version found, or null when the database is not a store of this library.</summary>
    public int? FoundVersion { get; }

    /// <summary>The newest schema version this library reads.</summary>
    public int SupportedVersion { get; }
}
