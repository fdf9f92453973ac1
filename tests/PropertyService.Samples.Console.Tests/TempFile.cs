namespace PropertyService.Samples.Console;

/// <summary>A path in the temp folder that is deleted (with SQLite's side files) when the test ends.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".db")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cli-test-{Guid.NewGuid():N}{extension}");
    }

    public string Path { get; }

    public static TempFile WithText(string text, string extension = ".json")
    {
        var file = new TempFile(extension);
        File.WriteAllText(file.Path, text);
        return file;
    }

    public void Dispose()
    {
        foreach (var path in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
        {
            File.Delete(path);
        }
    }
}
