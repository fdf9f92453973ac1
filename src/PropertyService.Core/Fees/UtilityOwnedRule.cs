using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Built-in fee rule "UtilityOwned" (RP-05): work on a utility company's own installation (its pipes,
/// cables, meters) is the <see cref="Payer.UtilityCompany"/>'s.
/// </summary>
/// <remarks>
/// Applies to every line when <see cref="QuoteRequest.IsUtilityInstallation"/> is set, and to lines whose
/// schedule item is flagged <see cref="FeeScheduleItem.IsUtilityInstallation"/>. Only lines still charged
/// to the resident are reassigned. Stateless; safe to share between threads.
/// </remarks>
public sealed class UtilityOwnedRule : IFeeRule
{
    /// <summary>The rule's name, as recorded on its changes.</summary>
    public const string RuleName = "UtilityOwned";

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <inheritdoc/>
    public void Apply(FeeRuleContext context)
    {
        Preconditions.CheckNotNull(context);
        var wholeRequest = context.Request.IsUtilityInstallation;
        var lines = context.LineArray;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Payer == Payer.Resident && (wholeRequest || context.ScheduleItemFor(i)?.IsUtilityInstallation == true))
            {
                context.SetPayer(i, Payer.UtilityCompany, "Work on the utility company's own installation is paid by the utility company (RP-05).");
            }
        }
    }
}
