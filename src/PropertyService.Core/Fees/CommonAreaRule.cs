using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Built-in fee rule "CommonArea" (RP-02, RP-06): common-area repairs are never charged to a resident.
/// Routine work is the <see cref="Payer.PropertyCompany"/>'s; major work (flagged on the request or the
/// schedule item) is the <see cref="Payer.MaintenanceFund"/>'s.
/// </summary>
/// <remarks>
/// A request is common-area work when its category is <see cref="RepairCategory.CommonArea"/> or its
/// location kind is <see cref="LocationKind.CommonArea"/>. Only lines still charged to the resident are
/// reassigned. Stateless; safe to share between threads.
/// </remarks>
public sealed class CommonAreaRule : IFeeRule
{
    /// <summary>The rule's name, as recorded on its changes.</summary>
    public const string RuleName = "CommonArea";

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <inheritdoc/>
    public void Apply(FeeRuleContext context)
    {
        Preconditions.CheckNotNull(context);
        var request = context.Request;
        if (request.Category != RepairCategory.CommonArea && request.LocationKind != LocationKind.CommonArea)
        {
            return;
        }

        var lines = context.LineArray;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Payer != Payer.Resident)
            {
                continue;
            }

            if (request.IsMajorWork || context.ScheduleItemFor(i)?.IsMajorWork == true)
            {
                context.SetPayer(i, Payer.MaintenanceFund, "Major common-area work is paid from the maintenance fund, not by a resident (RP-06).");
            }
            else
            {
                context.SetPayer(i, Payer.PropertyCompany, "Routine common-area work is paid by the property company, not by a resident (RP-06).");
            }
        }
    }
}
