using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PropertyService;

public class MoneyTests
{
    [Fact]
    public void Negative_amount_is_rejected_saying_so()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(-0.01m));

        Assert.Contains("cannot be negative", error.Message);
        Assert.Equal("amount", error.ParamName);
    }

    [Fact]
    public void Mixing_currencies_is_an_error_that_names_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Money.Yuan(1) + new Money(1, "HKD"));

        Assert.Contains("CNY", error.Message);
        Assert.Contains("HKD", error.Message);
        Assert.Contains("mixing currencies", error.Message);
        Assert.Throws<InvalidOperationException>(() => Money.Yuan(1) < new Money(1, "USD"));
    }

    [Fact]
    public void Subtracting_below_zero_is_an_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Money.Yuan(1) - Money.Yuan(2));
        Assert.Contains("cannot be negative", error.Message);
        Assert.Equal(Money.Yuan(0.5m), Money.Yuan(2) - Money.Yuan(1.5m));
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("RMB1")]
    [InlineData("")]
    public void Currency_must_be_an_iso_code(string currency) =>
        Assert.Throws<ArgumentException>(() => new Money(1, currency));

    [Theory]
    [InlineData("12.345", "12.35")]
    [InlineData("12.344", "12.34")]
    [InlineData("0.005", "0.01")]
    [InlineData("2.5", "2.50")]
    [InlineData("1.115", "1.12")]
    public void Rounds_half_away_from_zero_to_cents(string amount, string rounded) =>
        Assert.Equal(decimal.Parse(rounded, System.Globalization.CultureInfo.InvariantCulture),
            Money.Yuan(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Round().Amount);

    [Theory]
    [InlineData(12.5, "CNY", "¥12.50")]
    [InlineData(0, "CNY", "¥0.00")]
    [InlineData(3, "HKD", "HK$3.00")]
    [InlineData(1.2, "USD", "$1.20")]
    [InlineData(7, "GBP", "GBP 7.00")]
    public void Formats_with_symbol_and_two_decimals(decimal amount, string currency, string text) =>
        Assert.Equal(text, new Money(amount, currency).ToString());

    [Fact]
    public void Default_is_zero_yuan_and_equality_ignores_trailing_zeros()
    {
        Assert.Equal(Money.Zero(), default);
        Assert.Equal("CNY", default(Money).Currency);
        Assert.Equal(Money.Yuan(12.5m), Money.Yuan(12.50m));
        Assert.NotEqual(Money.Yuan(1), new Money(1, "HKD"));
        Assert.Equal(Money.Yuan(37.5m), Money.Yuan(12.5m) * 3);
    }

    [Fact]
    public void Error_messages_say_what_was_wrong()
    {
        Assert.StartsWith("Money cannot be negative, but the amount was -0.01.", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(-0.01m)).Message);
        Assert.Equal("Cannot subtract ¥2.00 from ¥1.00: money cannot be negative.", Assert.Throws<InvalidOperationException>(() => Money.Yuan(1) - Money.Yuan(2)).Message);
        Assert.Equal("Cannot add CNY and HKD amounts: mixing currencies is not allowed.", Assert.Throws<InvalidOperationException>(() => Money.Yuan(1).Add(new Money(1, "HKD"))).Message);
        Assert.Equal("Cannot subtract CNY and USD amounts: mixing currencies is not allowed.", Assert.Throws<InvalidOperationException>(() => Money.Yuan(5).Subtract(new Money(1, "USD"))).Message);
        Assert.Equal("Cannot compare EUR and CNY amounts: mixing currencies is not allowed.", Assert.Throws<InvalidOperationException>(() => new Money(1, "EUR").CompareTo(Money.Yuan(1))).Message);
        var currency = Assert.Throws<ArgumentException>(() => new Money(1, "cny"));
        Assert.Equal("currency", currency.ParamName);
        Assert.StartsWith("The currency must be an ISO 4217 code of three capital letters such as CNY, but was 'cny'.", currency.Message);
    }

    [Theory]
    [InlineData("cNY")]
    [InlineData("CnY")]
    [InlineData("CNy")]
    [InlineData("C1Y")]
    [InlineData("CN")]
    [InlineData("CNYY")]
    public void Every_letter_of_the_currency_is_checked(string currency) =>
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => new Money(1, currency)).ParamName);

    [Fact]
    public void Null_currency_and_negative_factor_are_argument_errors()
    {
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new Money(1, null!)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.Zero(null!)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(1) * -1m).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Yuan(1).Multiply(-0.5m)).ParamName);
    }

    [Fact]
    public void Negative_zero_is_zero()
    {
        var zero = new Money(-0.0m);

        Assert.True(zero.IsZero);
        Assert.Equal(Money.Zero(), zero);
    }

    [Fact]
    public void Amounts_keep_their_currency_and_exact_value()
    {
        var hkd = new Money(12.345m, "HKD");

        Assert.Equal(12.345m, hkd.Amount);
        Assert.Equal("HKD", hkd.Currency);
        Assert.Equal(new Money(12.35m, "HKD"), hkd.Round());
        Assert.Equal(new Money(24.69m, "HKD"), hkd * 2);
        Assert.Equal(new Money(24.69m, "HKD"), hkd + hkd);
        Assert.Equal(Money.Zero("HKD"), hkd - hkd);
        Assert.Equal("HKD", Money.Zero("HKD").Currency);
        Assert.True(Money.Zero("HKD").IsZero);
        Assert.False(hkd.IsZero);
        Assert.Equal(0.01m, Money.Yuan(0.01m).Amount);
    }

    [Fact]
    public void Comparisons_order_by_amount()
    {
        Money one = Money.Yuan(1), two = Money.Yuan(2), alsoOne = Money.Yuan(1.00m);

        Assert.True(one < two);
        Assert.False(two < one);
        Assert.False(one < alsoOne);
        Assert.True(two > one);
        Assert.False(one > two);
        Assert.False(one > alsoOne);
        Assert.True(one <= alsoOne);
        Assert.True(one <= two);
        Assert.False(two <= one);
        Assert.True(one >= alsoOne);
        Assert.True(two >= one);
        Assert.False(one >= two);
        Assert.True(one.CompareTo(two) < 0);
        Assert.Equal(0, one.CompareTo(alsoOne));
        Assert.True(two.CompareTo(one) > 0);
    }

    [Fact]
    public void Equality_is_by_value_and_currency()
    {
        Assert.True(Money.Yuan(12.5m) == Money.Yuan(12.50m));
        Assert.False(Money.Yuan(12.5m) != Money.Yuan(12.50m));
        Assert.True(Money.Yuan(1) != new Money(1, "HKD"));
        Assert.True(Money.Yuan(1) != Money.Yuan(2));
        Assert.Equal(Money.Yuan(12.5m).GetHashCode(), Money.Yuan(12.50m).GetHashCode());
        Assert.True(Money.Yuan(1).Equals((object)Money.Yuan(1)));
        Assert.False(Money.Yuan(1).Equals((object)1m));
        Assert.False(Money.Yuan(1).Equals(null));
    }

    [Theory]
    [InlineData(4, "EUR", "€4.00")]
    [InlineData(1, "MOP", "MOP$1.00")]
    [InlineData(12.345, "CNY", "¥12.35")]
    [InlineData(12.344, "HKD", "HK$12.34")]
    [InlineData(1000000, "JPY", "JPY 1000000.00")]
    public void Formats_other_currencies_and_rounds_half_away_from_zero(decimal amount, string currency, string text) =>
        Assert.Equal(text, new Money(amount, currency).ToString());

    private static Gen<decimal> Amounts =>
        from units in Gen.Choose(0, 1_000_000)
        from cents in Gen.Choose(0, 9999)
        select units + (cents / 10_000m);

    [Property]
    public Property Addition_is_associative_and_commutative() =>
        Prop.ForAll(Amounts.ToArbitrary(), Amounts.ToArbitrary(), Amounts.ToArbitrary(), (a, b, c) =>
        {
            Money x = Money.Yuan(a), y = Money.Yuan(b), z = Money.Yuan(c);
            return (x + y) + z == x + (y + z) && x + y == y + x;
        });

    [Property]
    public Property Results_are_never_negative() =>
        Prop.ForAll(Amounts.ToArbitrary(), Amounts.ToArbitrary(), (a, b) =>
        {
            Money x = Money.Yuan(a), y = Money.Yuan(b);
            var big = x >= y ? x : y;
            var small = x >= y ? y : x;
            return (big - small).Amount >= 0 && (x + y).Amount >= 0 && (x * 1.5m).Amount >= 0
                   && (small == big || Throws(() => _ = small - big));
        });

    [Property]
    public Property Rounding_is_idempotent_and_within_half_a_cent() =>
        Prop.ForAll(Amounts.ToArbitrary(), a =>
        {
            var rounded = Money.Yuan(a).Round();
            return rounded.Round() == rounded && Math.Abs(rounded.Amount - a) <= 0.005m;
        });

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
