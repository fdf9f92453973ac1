namespace PropertyService.Samples.Web.Security;

/// <summary>Resident link settings (section <c>ResidentLinks</c>).</summary>
public sealed class ResidentLinkOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ResidentLinks";

    /// <summary>How long a link works after it is made; three days by default.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(3);
}
