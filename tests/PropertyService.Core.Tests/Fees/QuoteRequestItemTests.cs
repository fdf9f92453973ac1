namespace PropertyService.Fees;

public class QuoteRequestItemTests
{
    [Fact]
    public void An_item_trims_its_code_and_needs_a_positive_quantity()
    {
        var item = new QuoteRequestItem(" W-01 ", 2.5m) { ChosenUnitLabour = Money.Yuan(40m), MaterialCost = Money.Yuan(3m) };

        Assert.Equal(("W-01", 2.5m, Money.Yuan(40m), Money.Yuan(3m)), (item.ItemCode, item.Quantity, item.ChosenUnitLabour, item.MaterialCost));
        Assert.Equal(1m, new QuoteRequestItem("W-01").Quantity);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new QuoteRequestItem("W-01", 0m));
        Assert.StartsWith("The quantity of item W-01 must be positive, but was 0.", error.Message);
        Assert.Equal("quantity", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuoteRequestItem("W-01", -1m));
        Assert.Throws<ArgumentException>(() => new QuoteRequestItem(" "));
        Assert.Throws<ArgumentNullException>(() => new QuoteRequestItem(null!));
    }

    [Fact]
    public void Items_are_values()
    {
        Assert.Equal(new QuoteRequestItem("W-01", 2m), new QuoteRequestItem(" W-01", 2m));
        Assert.NotEqual(new QuoteRequestItem("W-01", 2m), new QuoteRequestItem("W-01", 2m) { MaterialCost = Money.Yuan(1m) });
    }
}
