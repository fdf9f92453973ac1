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
}
