using NodaTime;

namespace PropertyService.Samples.Console.Commands;

/// <summary>The site the commands play at, and the files that ship with the tool.</summary>
public static class SampleSite
{
    /// <summary>The site: a managed community in Shenzhen.</summary>
    public static readonly SiteId Id = new("SZ-VK-01");

    /// <summary>The site's time zone.</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The example fee schedule (维修项目收费标准) next to the program.</summary>
    public static string FeeSchedulePath => Path.Combine(AppContext.BaseDirectory, "fee-schedule.json");
}
