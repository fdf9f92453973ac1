namespace PropertyService.Samples.Web.Security;

/// <summary>Sign-in settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Security";

    /// <summary>Sign-in attempts allowed per client address in each <see cref="SignInWindow"/>; 10 by default.</summary>
    public int SignInPermitLimit { get; set; } = 10;

    /// <summary>The window of <see cref="SignInPermitLimit"/>; one minute by default.</summary>
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sign-in lasts without use; twelve hours (a shift and its handover) by default.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
