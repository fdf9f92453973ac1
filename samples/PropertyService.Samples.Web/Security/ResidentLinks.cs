using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace PropertyService.Samples.Web.Security;

/// <summary>
/// Makes and reads resident links. The token is the link's site, ticket, action and expiry, encrypted and
/// authenticated with the host's data-protection keys: it cannot be read, altered or pointed at another ticket,
/// and it expires by the injected <see cref="IClock"/>.
/// </summary>
public sealed class ResidentLinks
{
    private const string Purpose = "PropertyService.Samples.Web.ResidentLinks.v1";
    private const int MaxTokenLength = 2_048;
    private readonly IDataProtector _protector;
    private readonly IClock _clock;
    private readonly Duration _lifetime;

    /// <summary>Creates the link maker.</summary>
    /// <param name="protection">The host's data protection.</param>
    /// <param name="clock">The clock that decides expiry.</param>
    /// <param name="options">The settings.</param>
    public ResidentLinks(IDataProtectionProvider protection, IClock clock, IOptions<ResidentLinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(options);
        _protector = protection.CreateProtector(Purpose);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _lifetime = Duration.FromTimeSpan(options.Value.Lifetime);
        if (_lifetime <= Duration.Zero)
        {
            throw new InvalidOperationException("ResidentLinks:Lifetime must be positive.");
        }
    }

    /// <summary>Makes a link's token.</summary>
    /// <param name="site">The ticket's site.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="action">The one action allowed.</param>
    /// <returns>The link and its token.</returns>
    public (ResidentLink Link, string Token) Create(SiteId site, string ticketId, ResidentLinkAction action)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        var link = new ResidentLink(site, ticketId, action, _clock.GetCurrentInstant() + _lifetime);
        var payload = string.Join('\n', site.Value, ticketId, action.ToString(), link.ExpiresAt.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture));
        return (link, _protector.Protect(payload));
    }

    /// <summary>Reads a token.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="link">What the link grants, when it is genuine.</param>
    /// <param name="expired">True when the link is genuine but has expired.</param>
    /// <returns>True when the link is genuine and still works.</returns>
    public bool TryRead(string? token, out ResidentLink? link, out bool expired)
    {
        link = null;
        expired = false;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return false;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = payload.Split('\n');
        if (parts.Length != 4 || !Enum.TryParse<ResidentLinkAction>(parts[2], out var action)
            || !long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        link = new ResidentLink(new SiteId(parts[0]), parts[1], action, Instant.FromUnixTimeTicks(ticks));
        expired = _clock.GetCurrentInstant() >= link.ExpiresAt;
        return !expired;
    }
}
