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
