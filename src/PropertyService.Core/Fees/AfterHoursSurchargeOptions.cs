using NodaTime;

namespace PropertyService.Fees;

/// <summary>Settings of the <see cref="AfterHoursSurchargeRule"/>. Off by default.</summary>
/// <remarks>Not thread-safe while being changed; give the rule a finished options object.</remarks>
public sealed class AfterHoursSurchargeOptions
{
    /// <summary>Whether the surcharge applies at all; false by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>The surcharge as a percentage of what the resident pays so far; 20 by default.</summary>
    public decimal Percentage { get; set; } = 20m;

    /// <summary>When after-hours starts, site-local; 17:30 by default (the CS-12 night duty).</summary>
    public LocalTime Start { get; set; } = new(17, 30);

    /// <summary>When after-hours ends, site-local; 08:30 by default. When before <see cref="Start"/>, the hours span midnight.</summary>
    public LocalTime End { get; set; } = new(8, 30);
}
