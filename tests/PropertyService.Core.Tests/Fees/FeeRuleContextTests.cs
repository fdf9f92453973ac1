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

    [Fact]
    public void Adjustments_are_checked_rounded_and_recorded_with_the_rules_name()
    {
        QuoteAdjustment? zero = null;
        var quote = QuoteOf(Evaluate(Request("W-01", "E-01"), c =>
        {
            Assert.Equal("Rule0", c.RuleName);
            Assert.Same(c.Schedule, c.Schedule);
            Assert.Equal("CNY", c.Currency);
            Assert.False(c.IsAssessment);
            Assert.Equal("W-01", c.ScheduleItemFor(0)!.Code);
            zero = c.AddSurcharge(Money.Yuan(0.004m), Payer.Resident, "Rounds to nothing.");
            var rounded = c.AddSurcharge(Money.Yuan(1.005m), Payer.Resident, "Call-out.", 1);
            Assert.Equal(Money.Yuan(1.01m), rounded!.Amount);
            Assert.Equal("Rule0", rounded.RuleName);
            Assert.Same(rounded, Assert.Single(c.Adjustments));

            Assert.Equal("Rule Rule0 gave an amount in HKD, but the quote is in CNY. (Parameter 'amount')",
                Assert.Throws<ArgumentException>(() => c.AddSurcharge(new Money(1m, "HKD"), Payer.Resident, "x")).Message);
            var line = Assert.Throws<ArgumentOutOfRangeException>(() => c.AddDiscount(Money.Yuan(1m), Payer.Resident, "x", 2));
            Assert.StartsWith("The quote has 2 lines, so there is no line 2.", line.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => c.ScheduleItemFor(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => c.SetPayer(2, Payer.Developer, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => c.AddSurcharge(Money.Yuan(1m), (Payer)9, "x"));
            Assert.Throws<ArgumentOutOfRangeException>(() => c.TotalFor((Payer)9));
            Assert.Equal("Rule Rule0 gave Resident a discount of ¥40.02, more than the ¥40.01 it pays: no total may be negative.",
                Assert.Throws<InvalidOperationException>(() => c.AddDiscount(Money.Yuan(40.02m), Payer.Resident, "x")).Message);
            Assert.NotNull(c.AddDiscount(Money.Yuan(40.01m), Payer.Resident, "Everything."));
        }));

        Assert.Null(zero);
        Assert.Equal(2, quote.Adjustments.Count);
        Assert.True(quote.TotalFor(Payer.Resident).IsZero);
    }

    [Fact]
    public void Setting_the_same_payer_only_changes_the_reason()
    {
        var quote = QuoteOf(Evaluate(Request("W-01"), c => c.SetPayer(0, Payer.Resident, "Still the resident's.")));

        Assert.Equal((Payer.Resident, "Still the resident's."), (quote.Lines[0].Payer, quote.Lines[0].PayerReason));
        Assert.Equal(Money.Yuan(12m), quote.TotalFor(Payer.Resident));
    }

    [Fact]
    public void After_the_rules_ran_the_context_refuses_every_change()
    {
        FeeRuleContext? kept = null;
        _ = QuoteOf(Evaluate(Request("W-01"), c => kept = c));

        const string Message = "The quote is built; a fee rule can change it only while it is applied.";
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => kept!.SetPayer(0, Payer.Developer, "x")).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => kept!.AddSurcharge(Money.Yuan(1m), Payer.Resident, "x")).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => kept!.AddDiscount(Money.Yuan(1m), Payer.Resident, "x")).Message);
    }
}
