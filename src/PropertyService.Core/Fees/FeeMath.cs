namespace PropertyService.Fees;

/// <summary>Money helpers shared by the fee types: whole-cent checks and per-line rounding.</summary>
internal static class FeeMath
{
    /// <summary>Rounds half away from zero to 0.01 (四舍五入), as every line and adjustment is.</summary>
    internal static Money Round(Money money) => money.Round();

    internal static bool IsWholeCents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) == amount;

    internal static Money CheckCents(Money money, string paramName) =>
        IsWholeCents(money.Amount)
            ? money
            : throw new ArgumentException($"{paramName} must be in whole cents (rounded to 0.01), but was {money.Amount}.", paramName);
}
