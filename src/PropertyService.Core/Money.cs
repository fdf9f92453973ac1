using System.Globalization;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// A non-negative amount of money in one currency, with exact decimal arithmetic.
/// </summary>
/// <remarks>
/// <para>Amounts are kept exactly as computed; <see cref="Round"/> rounds half away from zero to 0.01
/// (四舍五入), which is what fee calculations apply per line. Adding or comparing amounts in different
/// currencies throws <see cref="InvalidOperationException"/>; subtracting into a negative amount throws too,
/// since a resident can never owe a negative sum.</para>
/// <para><c>default(Money)</c> is zero yuan (CNY). Immutable; safe to share between threads.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>The currency used when none is given: Chinese yuan.</summary>
    public const string DefaultCurrency = "CNY";

    private readonly string? _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; must not be negative. Kept exactly (not rounded).</param>
    /// <param name="currency">An ISO 4217 code of three capital letters; <see cref="DefaultCurrency"/> when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three capital letters.</exception>
    public Money(decimal amount, string currency = DefaultCurrency)
    {
        // The sign bit is tested first (cheap) so that only negative values and -0 pay for the decimal comparison.
        if (decimal.IsNegative(amount) && amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Money cannot be negative, but the amount was {amount.ToString(CultureInfo.InvariantCulture)}.");
        }

        Amount = amount;
        _currency = CheckCurrency(currency);
    }

    /// <summary>The amount, exactly as computed.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency => _currency ?? DefaultCurrency;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">An ISO 4217 code; <see cref="DefaultCurrency"/> when omitted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three capital letters.</exception>
    public static Money Zero(string currency = DefaultCurrency) => new(0m, currency);

    /// <summary>An amount in Chinese yuan (CNY).</summary>
    /// <param name="amount">The amount; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static Money Yuan(decimal amount) => new(amount);

    /// <summary>Rounds half away from zero to 0.01 (四舍五入): 12.345 becomes 12.35.</summary>
    public Money Round() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero), Currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public Money Add(Money other) => new(Amount + other.Amount, SameCurrency(other, "add"));

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ, or the result would be negative.</exception>
    public Money Subtract(Money other)
    {
        var currency = SameCurrency(other, "subtract");
        if (other.Amount > Amount)
        {
            throw new InvalidOperationException($"Cannot subtract {other} from {this}: money cannot be negative.");
        }

        return new(Amount - other.Amount, currency);
    }

    /// <summary>Multiplies by a non-negative factor (a quantity or a percentage), exactly.</summary>
    /// <param name="factor">The factor; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public Money Multiply(decimal factor) => new(Amount * Preconditions.CheckNonNegative(factor), Currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ, or the result would be negative.</exception>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Multiplies by a non-negative factor, exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    public static Money operator *(Money money, decimal factor) => money.Multiply(factor);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Whether two amounts have the same currency and the same value (12.5 equals 12.50).</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ in currency or value.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>
    /// Formats the amount rounded to 0.01 with the currency's symbol: <c>¥12.50</c>, <c>HK$3.00</c>,
    /// <c>$1.20</c>, <c>€4.00</c>; other currencies as <c>GBP 7.00</c>.
    /// </summary>
    public override string ToString()
    {
        var number = Math.Round(Amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        return Currency switch
        {
            "CNY" => "¥" + number,
            "HKD" => "HK$" + number,
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "MOP" => "MOP$" + number,
            var code => code + " " + number,
        };
    }

    private string SameCurrency(Money other, string operation) =>
        Currency == other.Currency
            ? Currency
            : throw new InvalidOperationException($"Cannot {operation} {Currency} and {other.Currency} amounts: mixing currencies is not allowed.");

    private static string CheckCurrency(string currency)
    {
        Preconditions.CheckNotNull(currency);

        // Checked char by char rather than with LINQ's All: this runs for every amount built (several per
        // quote), and enumerating a string through IEnumerable<char> allocates an enumerator each time.
        if (currency.Length != 3 || !char.IsAsciiLetterUpper(currency[0]) || !char.IsAsciiLetterUpper(currency[1]) || !char.IsAsciiLetterUpper(currency[2]))
        {
            throw new ArgumentException($"The currency must be an ISO 4217 code of three capital letters such as CNY, but was '{currency}'.", nameof(currency));
        }

        return currency;
    }
}
