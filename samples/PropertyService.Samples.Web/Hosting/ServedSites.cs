using Microsoft.Extensions.Options;
using NodaTime;

namespace PropertyService.Samples.Web.Hosting;

/// <summary>The sites this host serves and their time zone, from <see cref="ServiceCenterHostOptions"/>.</summary>
public sealed class ServedSites
{
    private readonly HashSet<SiteId> _sites;

    /// <summary>Reads the options.</summary>
    /// <param name="options">The host's options.</param>
    public ServedSites(IOptions<ServiceCenterHostOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var names = value.Sites.Length == 0 ? [ServiceCenterHostOptions.DefaultSite] : value.Sites;
        _sites = [.. names.Select(n => new SiteId(n))];
        Zone = DateTimeZoneProviders.Tzdb[value.TimeZone];
    }

    /// <summary>The sites, each restored at start-up.</summary>
    public IReadOnlyCollection<SiteId> All => _sites;

    /// <summary>The sites' time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Finds a served site by its identifier as written in a URL.</summary>
    /// <param name="text">The identifier.</param>
    /// <param name="site">The site, when served.</param>
    /// <returns>Whether this host serves it.</returns>
    public bool TryGet(string? text, out SiteId site)
    {
        site = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        site = new SiteId(text);
        return _sites.Contains(site);
    }
}
