using System.Globalization;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Built-in fee rule "AfterHoursSurcharge": when the work starts within the configured after-hours
/// (site-local), the resident is charged a percentage of what they pay so far. Off by default.
/// </summary>
/// <remarks>
/// Uses <see cref="QuoteRequest.WorkStartsAt"/>; without it, nothing changes. Only the resident's share
/// is surcharged. Immutable once made (it copies its options); safe to share between threads.
/// </remarks>
public sealed class AfterHoursSurchargeRule : IFeeRule
{
    /// <summary>The rule's name, as recorded on its changes.</summary>
    public const string RuleName = "AfterHoursSurcharge";

    private readonly string _reason;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The settings; the defaults (off) when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative or above 1000.</exception>
    /// <exception cref="ArgumentException">Start and end are the same time.</exception>
    public AfterHoursSurchargeRule(AfterHoursSurchargeOptions? options = null)
    {
        options ??= new AfterHoursSurchargeOptions();
        if (options.Percentage is < 0m or > 1000m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Percentage, "The after-hours surcharge percentage must be between 0 and 1000.");
        }

        if (options.Start == options.End)
        {
            throw new ArgumentException("After-hours start and end must differ.", nameof(options));
        }

        Enabled = options.Enabled;
        Percentage = options.Percentage;
        Start = options.Start;
        End = options.End;
        _reason = $"Work starting between {Start:HH:mm} and {End:HH:mm} is after hours: {Percentage.ToString(CultureInfo.InvariantCulture)}% surcharge.";
    }

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <summary>Whether the surcharge applies at all.</summary>
    public bool Enabled { get; }

    /// <summary>The surcharge as a percentage of what the resident pays so far.</summary>
    public decimal Percentage { get; }

    /// <summary>When after-hours starts, site-local.</summary>
    public LocalTime Start { get; }

    /// <summary>When after-hours ends, site-local.</summary>
    public LocalTime End { get; }

    /// <summary>Whether <paramref name="time"/> is within the after-hours.</summary>
    /// <param name="time">A site-local time.</param>
    public bool IsAfterHours(LocalTime time) =>
        Start < End ? time >= Start && time < End : time >= Start || time < End;

    /// <inheritdoc/>
    public void Apply(FeeRuleContext context)
    {
        Preconditions.CheckNotNull(context);
        if (!Enabled || context.Request.WorkStartsAt is not { } at || !IsAfterHours(at.TimeOfDay))
        {
            return;
        }

        var basis = context.TotalAmount(Payer.Resident);
        if (basis > 0m)
        {
            context.AddSurcharge(new Money(basis * Percentage / 100m, context.Currency), Payer.Resident, _reason);
        }
    }
}
