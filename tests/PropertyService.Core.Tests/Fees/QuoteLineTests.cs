namespace PropertyService.Fees;

public class QuoteLineTests
{
    private static QuoteLine Line(string? code = "W-01", decimal quantity = 2m, decimal labour = 20m, decimal material = 4m, Payer payer = Payer.Resident) =>
        new(code, "Replace tap washer", quantity, Money.Yuan(labour), Money.Yuan(material), payer, "schedule price (RP-12)");

    [Fact]
    public void A_line_keeps_its_facts_and_adds_labour_and_material()
    {
        var line = Line();

        Assert.Equal(("W-01", "Replace tap washer", 2m, Payer.Resident, "schedule price (RP-12)", false),
            (line.ItemCode, line.Description, line.Quantity, line.Payer, line.PayerReason, line.IsAssessed));
        Assert.Equal(Money.Yuan(24m), line.Subtotal);
        Assert.Equal("W-01 Replace tap washer ×2: ¥20.00 + ¥4.00 = ¥24.00, Resident (schedule price (RP-12))", line.ToString());
        Assert.Equal("Replace tap washer ×2: ¥20.00 + ¥4.00 = ¥24.00, Resident (schedule price (RP-12))", Line(code: " ").ToString());
        Assert.Null(Line(code: null).ItemCode);
        Assert.Equal("W-01", Line(code: " W-01 ").ItemCode);
    }

    [Fact]
    public void Quantity_must_be_positive_and_amounts_in_whole_cents_of_one_currency()
    {
        var quantity = Assert.Throws<ArgumentOutOfRangeException>(() => Line(quantity: 0m));
        Assert.StartsWith("The quantity of line 'Replace tap washer' must be positive, but was 0.", quantity.Message);
        Assert.Equal("quantity", quantity.ParamName);

        var cents = Assert.Throws<ArgumentException>(() => Line(labour: 1.005m));
        Assert.Equal("labour must be in whole cents (rounded to 0.01), but was 1.005. (Parameter 'labour')", cents.Message);
        Assert.Equal("material", Assert.Throws<ArgumentException>(() => Line(material: 0.001m)).ParamName);
        Assert.NotNull(Line(labour: 1.500m)); // 1.500 is whole cents written with a third decimal place

        var currency = Assert.Throws<ArgumentException>(() => new QuoteLine("W-01", "x", 1m, Money.Yuan(1m), new Money(1m, "HKD"), Payer.Resident, "r"));
        Assert.Equal("Line 'x' mixes CNY labour and HKD material. (Parameter 'material')", currency.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Line(payer: (Payer)17));
        Assert.Throws<ArgumentException>(() => new QuoteLine("W-01", " ", 1m, Money.Yuan(1m), Money.Zero(), Payer.Resident, "r"));
        Assert.Throws<ArgumentException>(() => new QuoteLine("W-01", "x", 1m, Money.Yuan(1m), Money.Zero(), Payer.Resident, " "));
    }

    [Fact]
    public void WithPayer_changes_only_payer_and_reason_and_checks_them()
    {
        var line = Line(quantity: 3m).WithPayer(Payer.Developer, "warranty");

        Assert.Equal(Line(quantity: 3m) with { }, Line(quantity: 3m));
        Assert.Equal((Payer.Developer, "warranty", 3m, Money.Yuan(20m), Money.Yuan(4m), "W-01"), (line.Payer, line.PayerReason, line.Quantity, line.Labour, line.Material, line.ItemCode));
        Assert.Throws<ArgumentOutOfRangeException>(() => line.WithPayer((Payer)9, "x"));
        Assert.Throws<ArgumentException>(() => line.WithPayer(Payer.Resident, " "));
    }
}
