namespace PropertyService;

/// <summary>The repository checkout the tests run in, found from the test binaries (CI maps source paths).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootDirectory = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PropertyService.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PropertyService.Core.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder holding <c>PropertyService.Core.sln</c>.</summary>
    internal static string Root => RootDirectory.Value;

    /// <summary>A path relative to the root, with forward slashes, as docs write it.</summary>
    internal static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
