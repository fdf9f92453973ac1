using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Globalization;

namespace PropertyService.Repairs;

/// <summary>
/// Numbers work orders per site in memory: <c>WO-000001</c>, <c>WO-000002</c>, … For tests, samples and
/// single-process hosts; a durable host keeps its counter in its store.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class InMemoryWorkOrderNumberSource : IWorkOrderNumberSource
{
    private readonly ConcurrentDictionary<SiteId, StrongBox<long>> _counters = new();
    private readonly string _prefix;

    /// <summary>Creates a source whose numbers start with <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The text before the running number; <c>"WO-"</c> by default.</param>
    public InMemoryWorkOrderNumberSource(string prefix = "WO-") => _prefix = prefix ?? string.Empty;

    /// <inheritdoc/>
    public string Next(SiteId site)
    {
        var counter = _counters.GetOrAdd(site, static _ => new StrongBox<long>());
        var next = Interlocked.Increment(ref counter.Value);
        return _prefix + next.ToString("D6", CultureInfo.InvariantCulture);
    }
}
