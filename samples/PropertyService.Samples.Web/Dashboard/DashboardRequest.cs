using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PropertyService.Samples.Web.Http;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>What every page needs to know about the request it answers: who is signed in (and so which site they see),
/// in which language, the site's time zone, the anti-forgery token for its forms and scripts, and the time now.</summary>
/// <param name="Staff">The signed-in staff member; the pages show their own site.</param>
/// <param name="Language">The page's language.</param>
/// <param name="Zone">The site's time zone, for local times.</param>
/// <param name="RequestToken">The anti-forgery request token, for forms and for the script's calls.</param>
/// <param name="Path">The request's path, for the language switch.</param>
/// <param name="Now">The current instant, from the host's clock.</param>
public sealed record DashboardRequest(Actor Staff, DashboardLanguage Language, DateTimeZone Zone, string RequestToken, string Path, Instant Now)
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    /// <summary>The site shown: the staff member's own.</summary>
    public SiteId Site => Staff.Site;

    /// <summary>The library's culture for the page's language (for rejections, SLA timer names and escalation notices).</summary>
    public CultureInfo Culture => Language == DashboardLanguage.English ? RequestCulture.English : RequestCulture.Chinese;

    /// <summary>The label <paramref name="key"/> in the page's language.</summary>
    /// <param name="key">The key in <see cref="Labels"/>.</param>
    /// <returns>The text.</returns>
    public string L(string key) => Labels.Get(key, Language);

    /// <summary>An instant as the site's local date and time, such as <c>2026-11-27 14:05</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public string Local(Instant instant) => LocalPattern.Format(instant.InZone(Zone).LocalDateTime);

}
