namespace PropertyService.Samples.Web.Hosting;

/// <summary>Where the host keeps its SQLite file: <c>Storage:SqlitePath</c>, or <c>data/service-center.db</c> under the content root.</summary>
public static class StoragePath
{
    /// <summary>The configuration key of the file's path.</summary>
    public const string ConfigurationKey = "Storage:SqlitePath";

    /// <summary>The path under the content root when none is configured.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("data", "service-center.db");

    /// <summary>Resolves the file's full path and creates its folder.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="contentRoot">The content root; a relative configured path is taken from it.</param>
    /// <returns>The full path of the SQLite file.</returns>
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(contentRoot);
        var configured = configuration[ConfigurationKey];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultRelativePath : configured, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
