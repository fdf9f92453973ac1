namespace PropertyService.Samples.Console.Commands;

public class QuoteArgumentsTests
{
    [Theory]
    [InlineData("W-01", "W-01", "1")]
    [InlineData("W-11:2.5", "W-11", "2.5")]
    [InlineData(" W-01 :3", "W-01", "3")]
    public void An_item_is_a_code_with_an_optional_quantity(string text, string code, string quantity)
    {
        Assert.True(QuoteArguments.TryParseItem(text, out var item, out var error), error);
        Assert.Equal((code, decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)), (item!.ItemCode, item.Quantity));
    }

    [Theory]
    [InlineData("")]
    [InlineData(":2")]
    [InlineData("W-01:")]
    [InlineData("W-01:-1")]
    [InlineData("W-01:1,5")]
    [InlineData("W-01:1e3")]
    public void An_item_without_a_code_or_with_a_bad_quantity_is_refused(string text)
    {
        Assert.False(QuoteArguments.TryParseItem(text, out var item, out var error));
        Assert.Null(item);
        Assert.Contains(text, error);
    }

    [Theory]
    [InlineData("W-02=35.50", "W-02", "35.50")]
    [InlineData("W-02=0", "W-02", "0")]
    public void An_item_amount_is_code_equals_amount(string text, string code, string amount)
    {
        Assert.True(QuoteArguments.TryParseItemAmount(text, out var parsedCode, out var parsedAmount, out _));
        Assert.Equal((code, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)), (parsedCode, parsedAmount));
    }

    [Theory]
    [InlineData("W-02")]
    [InlineData("=5")]
    [InlineData("W-02=-5")]
    [InlineData("W-02=five")]
    public void An_item_amount_without_a_code_or_a_good_amount_is_refused(string text)
    {
        Assert.False(QuoteArguments.TryParseItemAmount(text, out _, out _, out var error));
        Assert.Contains(text, error);
    }
}
