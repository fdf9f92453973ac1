namespace PropertyService.Fees;

/// <summary>
/// The built-in fee rules, in their default order. Edit the returned list to add your own rules or to
/// remove, reorder or replace built-ins, then give it to <see cref="FeeEvaluator"/>.
/// </summary>
public static class FeeRules
{
    /// <summary>
    /// Creates the six built-in rules, in the default order: first who pays
    /// (<see cref="UtilityOwnedRule"/>, <see cref="WarrantyRule"/>, <see cref="CommonAreaRule"/>: the first
    /// to claim a resident's line wins), then money (<see cref="ResidentSuppliedMaterialsRule"/>,
    /// <see cref="AfterHoursSurchargeRule"/>, <see cref="MinimumCallOutChargeRule"/>).
    /// </summary>
    /// <param name="warranty">Warranty terms; the statutory defaults when null.</param>
    /// <param name="afterHours">After-hours surcharge settings; off when null.</param>
    /// <param name="minimumCallOut">Minimum call-out charge settings; off when null.</param>
    /// <returns>A new list the caller owns.</returns>
    public static List<IFeeRule> CreateBuiltIn(
        WarrantyRuleOptions? warranty = null,
        AfterHoursSurchargeOptions? afterHours = null,
        MinimumCallOutChargeOptions? minimumCallOut = null) =>
    [
        new UtilityOwnedRule(),
        new WarrantyRule(warranty),
        new CommonAreaRule(),
        new ResidentSuppliedMaterialsRule(),
        new AfterHoursSurchargeRule(afterHours),
        new MinimumCallOutChargeRule(minimumCallOut),
    ];
}
