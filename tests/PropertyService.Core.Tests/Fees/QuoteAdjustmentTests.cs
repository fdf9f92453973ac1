namespace PropertyService.Fees;

public class QuoteAdjustmentTests
{
    [Fact]
    public void A_discount_is_a_positive_amount_with_a_negative_sign()
    {
        var discount = new QuoteAdjustment("Goodwill", QuoteAdjustmentKind.Discount, Money.Yuan(5m), Payer.Resident, "long wait", 1);
        var surcharge = new QuoteAdjustment("AfterHours", QuoteAdjustmentKind.Surcharge, Money.Yuan(3m), Payer.Developer, "night work");

        Assert.Equal((-5m, 3m), (discount.SignedAmount, surcharge.SignedAmount));
        Assert.Equal((1, (int?)null), (discount.LineIndex, surcharge.LineIndex));
        Assert.Equal(("Goodwill", QuoteAdjustmentKind.Discount, Payer.Resident, "long wait"), (discount.RuleName, discount.Kind, discount.Payer, discount.Reason));
        Assert.Equal("Goodwill -¥5.00 Resident: long wait", discount.ToString());
        Assert.Equal("AfterHours +¥3.00 Developer: night work", surcharge.ToString());
    }

    [Fact]
    public void Every_field_is_checked()
    {
        Assert.Equal("lineIndex", Assert.Throws<ArgumentOutOfRangeException>(() => new QuoteAdjustment("R", QuoteAdjustmentKind.Surcharge, Money.Yuan(1m), Payer.Resident, "x", -1)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new QuoteAdjustment("R", (QuoteAdjustmentKind)5, Money.Yuan(1m), Payer.Resident, "x")).ParamName);
        Assert.Equal("payer", Assert.Throws<ArgumentOutOfRangeException>(() => new QuoteAdjustment("R", QuoteAdjustmentKind.Surcharge, Money.Yuan(1m), (Payer)9, "x")).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => new QuoteAdjustment("R", QuoteAdjustmentKind.Surcharge, Money.Yuan(0.001m), Payer.Resident, "x")).ParamName);
        Assert.Equal("ruleName", Assert.Throws<ArgumentException>(() => new QuoteAdjustment(" ", QuoteAdjustmentKind.Surcharge, Money.Yuan(1m), Payer.Resident, "x")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new QuoteAdjustment("R", QuoteAdjustmentKind.Surcharge, Money.Yuan(1m), Payer.Resident, " ")).ParamName);
        Assert.Equal(0, new QuoteAdjustment("R", QuoteAdjustmentKind.Surcharge, Money.Yuan(1m), Payer.Resident, "x", 0).LineIndex);
    }
}
