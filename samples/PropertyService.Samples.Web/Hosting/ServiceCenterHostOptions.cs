using NodaTime;

namespace PropertyService.Samples.Web.Hosting;

/// <summary>The <c>ServiceCenter</c> section: which sites this host serves, their time zone and how often SLAs are polled.</summary>
public sealed class ServiceCenterHostOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ServiceCenter";

    /// <summary>The site served when none is configured.</summary>
    public const string DefaultSite = "SZ-VK-01";

    /// <summary>The sites' time zone when none is configured.</summary>
    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>The sites this host serves; requests for another site are answered 404.</summary>
    /// <value>The default value is <see cref="DefaultSite"/> alone (used when the list is empty).</value>
    public string[] Sites { get; set; } = [];

    /// <summary>The sites' IANA time zone (for the fee schedule's working hours and local appointment times).</summary>
    /// <value>The default value is <see cref="DefaultTimeZone"/>.</value>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>How often the service center is polled for SLA warnings, breaches and escalations.</summary>
    /// <value>The default value is one second.</value>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Every problem with the options, or none.</summary>
    /// <returns>The errors.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Sites.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("ServiceCenter:Sites holds a blank site.");
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone ?? string.Empty) is null)
        {
            errors.Add($"ServiceCenter:TimeZone '{TimeZone}' is not an IANA time zone.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            errors.Add("ServiceCenter:PollInterval must be positive.");
        }

        return errors;
    }
}
