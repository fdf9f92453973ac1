namespace PropertyService.Fees;

/// <summary>Money helpers shared by the fee types: whole-cent checks and per-line rounding.</summary>
internal static class FeeMath
{
    /// <summary>Rounds half away from zero to 0.01 (四舍五入), as every line and adjustment is.</summary>
    internal static Money Round(Money money) => money.Round();

    // A decimal with at most two decimal places is whole cents without rounding (the common case, and
    // much cheaper than a decimal round and compare); otherwise, e.g. 1.500, compare with the rounded value.
    internal static bool IsWholeCents(decimal amount) =>
        amount.Scale <= 2 || decimal.Round(amount, 2, MidpointRounding.AwayFromZero) == amount;

    internal static Money CheckCents(Money money, string paramName) =>
        IsWholeCents(money.Amount)
            ? money
            : throw new ArgumentException($"{paramName} must be in whole cents (rounded to 0.01), but was {money.Amount}.", paramName);

    /// <summary>The sum of <paramref name="amounts"/>.</summary>
    /// <exception cref="OverflowException">The sum is beyond what a decimal holds.</exception>
    internal static decimal Sum(decimal[] amounts)
    {
        var sum = 0m;
        foreach (var amount in amounts)
        {
            sum += amount;
        }

        return sum;
    }
}
