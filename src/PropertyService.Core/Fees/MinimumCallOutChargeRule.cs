using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Built-in fee rule "MinimumCallOutCharge": when the resident pays for any line but their total so far
/// is below the minimum call-out charge, a surcharge tops it up to the minimum. Off by default.
/// </summary>
/// <remarks>
/// Runs last among the built-ins so that it sees every earlier surcharge and discount. Immutable once
/// made (it copies its options); safe to share between threads.
/// </remarks>
public sealed class MinimumCallOutChargeRule : IFeeRule
{
    /// <summary>The rule's name, as recorded on its changes.</summary>
    public const string RuleName = "MinimumCallOutCharge";

    private readonly string _reason;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The settings; the defaults (off) when null.</param>
    public MinimumCallOutChargeRule(MinimumCallOutChargeOptions? options = null)
    {
        options ??= new MinimumCallOutChargeOptions();
        Enabled = options.Enabled;
        Minimum = options.Minimum.Round();
        _reason = $"The minimum call-out charge is {Minimum}.";
    }

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <summary>Whether the minimum applies at all.</summary>
    public bool Enabled { get; }

    /// <summary>The least a resident pays for a call-out in which they pay for any line.</summary>
    public Money Minimum { get; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The minimum's currency differs from the schedule's.</exception>
    public void Apply(FeeRuleContext context)
    {
        Preconditions.CheckNotNull(context);
        if (!Enabled)
        {
            return;
        }

        if (Minimum.Currency != context.Currency)
        {
            throw new InvalidOperationException($"The minimum call-out charge is in {Minimum.Currency}, but the schedule is in {context.Currency}.");
        }

        var residentPaysALine = false;
        var lines = context.LineArray;
        for (var i = 0; i < lines.Length && !residentPaysALine; i++)
        {
            residentPaysALine = lines[i].Payer == Payer.Resident;
        }

        var total = context.TotalAmount(Payer.Resident);
        if (residentPaysALine && total < Minimum.Amount)
        {
            context.AddSurcharge(new Money(Minimum.Amount - total, context.Currency), Payer.Resident, _reason);
        }
    }
}
