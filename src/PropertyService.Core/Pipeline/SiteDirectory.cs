using System.Collections.Concurrent;
using PropertyService.Utility;

namespace PropertyService.Pipeline;

/// <summary>
/// Looks up a site's configuration by <see cref="SiteId"/>: the sites configured one by one, and for any other site the
/// defaults (made once per site, on first use).
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class SiteDirectory
{
    private readonly IReadOnlyDictionary<SiteId, SiteConfiguration> _configured;
    private readonly Func<SiteId, SiteConfiguration> _defaults;
    private readonly ConcurrentDictionary<SiteId, SiteConfiguration> _others = new();

    /// <summary>Creates a directory.</summary>
    /// <param name="configured">The sites configured one by one.</param>
    /// <param name="defaults">Makes the configuration of any other site.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two configurations are for the same site.</exception>
    public SiteDirectory(IEnumerable<SiteConfiguration> configured, Func<SiteId, SiteConfiguration> defaults)
    {
        var sites = new Dictionary<SiteId, SiteConfiguration>();
        foreach (var site in Preconditions.CheckNotNull(configured))
        {
            Preconditions.CheckNotNull(site, nameof(configured));
            if (!sites.TryAdd(site.Site, site))
            {
                throw new ArgumentException($"Site {site.Site} is configured twice.", nameof(configured));
            }
        }

        _configured = sites;
        _defaults = Preconditions.CheckNotNull(defaults);
    }

    /// <summary>The sites configured one by one.</summary>
    public IReadOnlyCollection<SiteId> Configured => [.. _configured.Keys];

    /// <summary>A site's configuration: its own, or the defaults.</summary>
    /// <param name="site">The site.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty.</exception>
    public SiteConfiguration For(SiteId site)
    {
        if (site.IsEmpty)
        {
            throw new ArgumentException("The site is empty.", nameof(site));
        }

        return _configured.TryGetValue(site, out var configuration) ? configuration : _others.GetOrAdd(site, _defaults);
    }
}
