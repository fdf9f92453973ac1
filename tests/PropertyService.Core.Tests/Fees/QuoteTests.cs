using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class QuoteTests
{
    private static QuoteLine Line(decimal labour, Payer payer = Payer.Resident) =>
        new("W-01", "Replace tap washer", 1m, Money.Yuan(labour), Money.Zero(), payer, "schedule price (RP-12)");

    [Fact]
    public void Totals_are_computed_per_payer_from_lines_and_signed_adjustments()
    {
        var quote = new Quote(Request("W-01"),
            [Line(10m), Line(30m, Payer.Developer)],
            [new QuoteAdjustment("Test", QuoteAdjustmentKind.Discount, Money.Yuan(4m), Payer.Resident, "discount", 0),
             new QuoteAdjustment("Test", QuoteAdjustmentKind.Surcharge, Money.Yuan(1.5m), Payer.Developer, "surcharge")]);

        Assert.Equal(Money.Yuan(6m), quote.TotalFor(Payer.Resident));
        Assert.Equal(Money.Yuan(31.5m), quote.TotalFor(Payer.Developer));
        Assert.Equal(Money.Yuan(37.5m), quote.GrandTotal);
        Assert.Equal(-4m, quote.Adjustments[0].SignedAmount);
    }

    [Fact]
    public void No_total_may_be_negative()
    {
        var error = Assert.Throws<ArgumentException>(() => new Quote(Request("W-01"), [Line(10m)],
            [new QuoteAdjustment("Test", QuoteAdjustmentKind.Discount, Money.Yuan(10.01m), Payer.Resident, "too much")]));
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Amounts_must_be_in_whole_cents_and_an_assessed_quote_needs_assessor_and_time()
    {
        Assert.Throws<ArgumentException>(() => Line(10.005m));
        Assert.Throws<ArgumentException>(() => new QuoteAdjustment("Test", QuoteAdjustmentKind.Surcharge, Money.Yuan(0.001m), Payer.Resident, "x"));
        Assert.Throws<ArgumentException>(() => new Quote(Request("W-01"), [Line(1m)], [], assessor: Supervisor));
        var assessed = new Quote(Request("W-01"), [Line(1m)], [], assessor: Supervisor, assessedAt: Instant.FromUtc(2026, 3, 10, 1, 0));
        Assert.True(assessed.IsAssessed);
    }

    [Fact]
    public void Fee_evaluation_holds_exactly_one_outcome()
    {
        FeeEvaluation rejected = new Rejection("fees.no-items", "No items.");
        Assert.True(rejected.IsRejected);
        Assert.False(rejected.IsQuote || rejected.IsRequiresAssessment);
        Assert.Equal("rejected", rejected.Match(_ => "quote", _ => "assess", _ => "rejected"));
        Assert.Throws<InvalidOperationException>(() => default(FeeEvaluation).Match(_ => 1, _ => 2, _ => 3));
    }

    private static QuoteAdjustment Adjust(QuoteAdjustmentKind kind, decimal amount, Payer payer, int? line = null) =>
        new("Test", kind, Money.Yuan(amount), payer, "test", line);

    [Fact]
    public void Net_of_a_line_reflects_the_discount_made_for_that_line()
    {
        var quote = new Quote(Request("W-01"), [Line(10m), Line(30m)], [Adjust(QuoteAdjustmentKind.Discount, 4m, Payer.Resident, 1)]);

        Assert.Equal(Money.Yuan(10m), quote.NetFor(0, Payer.Resident));
        Assert.Equal(Money.Yuan(26m), quote.NetFor(1, Payer.Resident));
        Assert.Equal(Money.Zero(), quote.NetFor(1, Payer.Developer));
    }

    [Fact]
    public void Whole_quote_adjustments_are_shared_in_proportion_with_the_cents_left_to_the_largest_remainder()
    {
        // Resident pays 10 + 20 = 30; a whole-quote surcharge of 1.00 is split 0.333.. / 0.666..: 0.33 and 0.67.
        var quote = new Quote(Request("W-01"), [Line(10m), Line(20m), Line(50m, Payer.Developer)],
            [Adjust(QuoteAdjustmentKind.Surcharge, 1m, Payer.Resident)]);

        Assert.Equal([10.33m, 20.67m, 0m], Enumerable.Range(0, 3).Select(i => quote.NetFor(i, Payer.Resident).Amount));
        Assert.Equal([0m, 0m, 50m], Enumerable.Range(0, 3).Select(i => quote.NetFor(i, Payer.Developer).Amount));
    }

    [Fact]
    public void Equal_remainders_give_the_cent_to_the_first_line()
    {
        var quote = new Quote(Request("W-01"), [Line(10m), Line(10m), Line(10m)], [Adjust(QuoteAdjustmentKind.Discount, 0.01m, Payer.Resident)]);

        Assert.Equal([9.99m, 10m, 10m], Enumerable.Range(0, 3).Select(i => quote.NetFor(i, Payer.Resident).Amount));
    }

    [Fact]
    public void A_line_discount_above_the_lines_amount_spills_over_the_payers_other_lines()
    {
        var quote = new Quote(Request("W-01"), [Line(10m), Line(30m)], [Adjust(QuoteAdjustmentKind.Discount, 16m, Payer.Resident, 0)]);

        Assert.Equal(Money.Zero(), quote.NetFor(0, Payer.Resident));
        Assert.Equal(Money.Yuan(24m), quote.NetFor(1, Payer.Resident));
    }

    [Fact]
    public void A_charge_to_a_payer_with_no_priced_line_is_shared_equally_over_its_lines_or_all_lines()
    {
        var zeroLines = new Quote(Request("W-01"), [Line(0m), Line(0m), Line(7m, Payer.Developer)],
            [Adjust(QuoteAdjustmentKind.Surcharge, 35m, Payer.Resident)]);
        Assert.Equal([17.5m, 17.5m, 0m], Enumerable.Range(0, 3).Select(i => zeroLines.NetFor(i, Payer.Resident).Amount));

        var noLines = new Quote(Request("W-01"), [Line(5m), Line(7m)], [Adjust(QuoteAdjustmentKind.Surcharge, 0.05m, Payer.Developer)]);
        Assert.Equal([0.03m, 0.02m], Enumerable.Range(0, 2).Select(i => noLines.NetFor(i, Payer.Developer).Amount));
    }

    [Fact]
    public void NetFor_refuses_a_line_outside_the_quote_and_an_undefined_payer()
    {
        var quote = new Quote(Request("W-01"), [Line(10m)], []);

        var line = Assert.Throws<ArgumentOutOfRangeException>(() => quote.NetFor(1, Payer.Resident));
        Assert.Equal(("lineIndex", 1), (line.ParamName, line.ActualValue));
        Assert.StartsWith("The quote has 1 lines, so there is no line 1.", line.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => quote.NetFor(-1, Payer.Resident));
        Assert.Throws<ArgumentOutOfRangeException>(() => quote.NetFor(0, (Payer)9));
    }

    [Fact]
    public void A_hand_built_quote_whose_total_would_overflow_is_an_argument_error()
    {
        var half = decimal.Round(decimal.MaxValue / 2m, 0) - 1m;
        var error = Assert.Throws<ArgumentException>(() => new Quote(Request("W-01"), [Line(half), Line(half, Payer.Developer), Line(half, Payer.Developer)], []));
        Assert.StartsWith("The quote's total is more than can be computed.", error.Message);
        Assert.IsType<OverflowException>(error.InnerException);

        var grand = Assert.Throws<ArgumentException>(() => new Quote(Request("W-01"), [Line(half), Line(half, Payer.Developer), Line(half, Payer.PropertyCompany)], []));
        Assert.StartsWith("The quote's total is more than can be computed.", grand.Message);
    }
}
