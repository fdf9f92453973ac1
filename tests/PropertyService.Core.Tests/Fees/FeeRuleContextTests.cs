using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class FeeRuleContextTests
{
    private sealed class Rule(string name, Action<FeeRuleContext> apply) : IFeeRule
    {
        public string Name => name;

        public void Apply(FeeRuleContext context) => apply(context);
    }

    private static FeeEvaluation Evaluate(QuoteRequest request, params Action<FeeRuleContext>[] applies) =>
        new FeeEvaluator(new FeeScheduleHistory(Schedule()), applies.Select((a, i) => (IFeeRule)new Rule($"Rule{i}", a))).Evaluate(request);

    [Fact]
    public void Moving_a_line_whose_discounts_exceed_its_price_cannot_leave_the_new_payer_negative()
    {
        // W-01 costs 12, E-01 27: the resident's 39 covers a 20 discount on line 0, but the developer has nothing to absorb it.
        var error = Assert.Throws<InvalidOperationException>(() => Evaluate(Request("W-01", "E-01"), c =>
        {
            c.AddDiscount(Money.Yuan(20m), Payer.Resident, "Goodwill.", 0);
            c.SetPayer(0, Payer.Developer, "Warranty.");
        }));

        Assert.Equal("Rule Rule0 cannot move line 0 to Developer: the line's discounts exceed its price and would leave Developer's total negative.", error.Message);
    }

    [Fact]
    public void Moving_a_line_takes_its_own_adjustments_along_and_keeps_the_totals()
    {
        var quote = QuoteOf(Evaluate(Request("W-01", "E-01"), c =>
        {
            c.AddDiscount(Money.Yuan(2m), Payer.Resident, "Goodwill.", 0);
            c.AddSurcharge(Money.Yuan(1m), Payer.Resident, "Call-out.");
            c.SetPayer(0, Payer.Developer, "Warranty.");
            Assert.Equal(Money.Yuan(10m), c.TotalFor(Payer.Developer));
            Assert.Equal(Money.Yuan(28m), c.TotalFor(Payer.Resident));
        }));

        Assert.Equal((Payer.Developer, "Warranty."), (quote.Lines[0].Payer, quote.Lines[0].PayerReason));
        Assert.Equal(Payer.Developer, quote.Adjustments[0].Payer);
        Assert.Equal(Payer.Resident, quote.Adjustments[1].Payer);
        Assert.Equal(Money.Yuan(10m), quote.TotalFor(Payer.Developer));
        Assert.Equal(Money.Yuan(28m), quote.TotalFor(Payer.Resident));
    }

    [Fact]
    public void Moving_a_line_away_from_a_payer_whose_whole_quote_discount_it_funds_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Evaluate(Request("W-01", "E-01"), c =>
        {
            c.AddDiscount(Money.Yuan(30m), Payer.Resident, "Goodwill.");
            c.SetPayer(1, Payer.Developer, "Warranty.");
        }));

        Assert.Equal("Rule Rule0 cannot move line 1 from Resident: discounts already given to Resident would exceed what it is charged.", error.Message);
    }
}
