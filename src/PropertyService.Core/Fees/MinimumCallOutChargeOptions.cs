namespace PropertyService.Fees;

/// <summary>Settings of the <see cref="MinimumCallOutChargeRule"/>. Off by default.</summary>
/// <remarks>Not thread-safe while being changed; give the rule a finished options object.</remarks>
public sealed class MinimumCallOutChargeOptions
{
    /// <summary>Whether the minimum applies at all; false by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>The least a resident pays for a call-out in which they pay for any line; ¥30 by default.
    /// Must be in the schedule's currency.</summary>
    public Money Minimum { get; set; } = Money.Yuan(30m);
}
