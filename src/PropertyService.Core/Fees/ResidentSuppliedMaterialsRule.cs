using PropertyService.Utility;

namespace PropertyService.Fees;

/// <summary>
/// Built-in fee rule "ResidentSuppliedMaterials": when the resident supplies the materials
/// (业主自备材料), there is no material charge. Each line's material charge is taken off by a discount
/// adjustment to that line's payer, with the reason.
/// </summary>
/// <remarks>
/// Checking the supplied materials as qualified or unqualified is RP-15, in the repair workflow; this
/// rule only prices. Stateless; safe to share between threads.
/// </remarks>
public sealed class ResidentSuppliedMaterialsRule : IFeeRule
{
    /// <summary>The rule's name, as recorded on its changes.</summary>
    public const string RuleName = "ResidentSuppliedMaterials";

    /// <inheritdoc/>
    public string Name => RuleName;

    /// <inheritdoc/>
    public void Apply(FeeRuleContext context)
    {
        Preconditions.CheckNotNull(context);
        if (!context.Request.ResidentSuppliesMaterials)
        {
            return;
        }

        var lines = context.LineArray;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.Material.IsZero)
            {
                context.AddDiscount(line.Material, line.Payer, "The resident supplies the materials, so there is no material charge (materials are checked under RP-15).", i);
            }
        }
    }
}
