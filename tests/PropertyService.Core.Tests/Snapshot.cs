namespace PropertyService;

/// <summary>
/// Compares text with a file checked in beside the tests. Run the tests with <c>UPDATE_SNAPSHOTS=1</c> to
/// accept a deliberate change, then review the diff.
/// </summary>
internal static class Snapshot
{
    internal static void AssertMatches(string actual, string relativePath)
    {
        var path = Path.Combine(ProjectDirectory.Value, relativePath);
        var normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, normalized);
        }

        Assert.Equal(Normalize(File.ReadAllText(path)), normalized);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    // The test project's source folder, found from the test binaries (CI builds map source paths, so
    // [CallerFilePath] cannot be trusted there).
    private static readonly Lazy<string> ProjectDirectory = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PropertyService.Core.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PropertyService.Core.Tests.csproj above {AppContext.BaseDirectory}.");
    });
}
