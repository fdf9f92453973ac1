using System.Globalization;

namespace PropertyService.Samples.Web.LoadClient;

/// <summary>The results of a run: creates, then lists of open tickets.</summary>
/// <param name="Options">What was run.</param>
/// <param name="Creates">The create phase.</param>
/// <param name="Lists">The list phase.</param>
public sealed record LoadReport(LoadOptions Options, OperationStats Creates, OperationStats Lists)
{
    /// <summary>Writes the report as a table.</summary>
    /// <param name="writer">Where to.</param>
    public void Print(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "Load on {0}, site {1}, {2} requests in flight, {3:F1} s per phase",
            Options.Url, Options.Site, Options.Concurrency, Options.Duration.TotalSeconds));
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14} {1,9} {2,7} {3,10} {4,9} {5,9} {6,9}",
            "operation", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms"));
        foreach (var stats in new[] { Creates, Lists })
        {
            writer.WriteLine(stats);
        }

        foreach (var stats in new[] { Creates, Lists }.Where(s => s.FirstError is not null))
        {
            writer.WriteLine($"first {stats.Name} error: {stats.FirstError}");
        }
    }
}
