namespace PropertyService.Storage.Sqlite;

/// <summary>A folder of its own for a test's database files, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("psc-sqlite-").FullName;
    }

    public string Folder { get; }

    public string File(string name = "events.db") => Path.Combine(Folder, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the system.
        }
    }
}
