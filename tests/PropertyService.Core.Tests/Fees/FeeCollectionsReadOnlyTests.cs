using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

/// <summary>Every collection the fee types hand out is read-only, so nothing outside can change a value after it is built.</summary>
public class FeeCollectionsReadOnlyTests
{
    [Fact]
    public void Schedule_items_cannot_be_cast_back_and_changed()
    {
        var schedule = Schedule();
        ReadOnlyAssert.CannotBeChanged(schedule.Items);
        ReadOnlyAssert.CannotBeChanged(schedule.Items[0].Categories);
        ReadOnlyAssert.CannotBeChanged(new FeeScheduleHistory(schedule).Schedules);
        var builder = FeeSchedule.CreateBuilder(InForce).Add(schedule.Items[0]);
        ReadOnlyAssert.CannotBeChanged(builder.Items);
        ReadOnlyAssert.MadeOnce(() => schedule.Items);
        ReadOnlyAssert.MadeOnce(() => schedule.Items[0].Categories);
        var history = new FeeScheduleHistory(schedule);
        ReadOnlyAssert.MadeOnce(() => history.Schedules);
        ReadOnlyAssert.MadeOnce(() => builder.Items);
    }

    [Fact]
    public void Quote_lines_and_adjustments_cannot_be_cast_back_and_changed()
    {
        var rules = FeeRules.CreateBuiltIn(minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(100m) });
        var evaluator = new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules);
        var quote = QuoteOf(evaluator.Evaluate(Request("W-01")));

        Assert.NotEmpty(quote.Adjustments);
        ReadOnlyAssert.CannotBeChanged(quote.Lines);
        ReadOnlyAssert.CannotBeChanged(quote.Adjustments);
        ReadOnlyAssert.CannotBeChanged(quote.Request.Items);
        ReadOnlyAssert.CannotBeChanged(evaluator.Rules);
        ReadOnlyAssert.MadeOnce(() => quote.Lines);
        ReadOnlyAssert.MadeOnce(() => quote.Adjustments);
        ReadOnlyAssert.MadeOnce(() => quote.Request.Items);
        ReadOnlyAssert.MadeOnce(() => evaluator.Rules);
    }

    [Fact]
    public void Quote_built_by_hand_copies_and_protects_its_lines()
    {
        var line = new QuoteLine("W-01", "Replace tap washer", 1m, Money.Yuan(10m), Money.Zero(), Payer.Resident, "schedule price");
        var quote = new Quote(Request("W-01"), [line], [new QuoteAdjustment("Test", QuoteAdjustmentKind.Surcharge, Money.Yuan(1m), Payer.Resident, "why")]);

        ReadOnlyAssert.CannotBeChanged(quote.Lines);
        ReadOnlyAssert.CannotBeChanged(quote.Adjustments);
    }

    [Fact]
    public void Rule_context_lines_and_adjustments_cannot_be_changed_by_a_rule()
    {
        var probe = new ProbeRule();
        var rules = FeeRules.CreateBuiltIn(minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(100m) });
        rules.Add(probe);
        QuoteOf(new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules).Evaluate(Request("W-01")));

        Assert.True(probe.Ran);
    }

    [Fact]
    public void Assessment_lines_requires_assessment_codes_and_warranty_terms_cannot_be_cast_back()
    {
        var assessment = new FeeAssessment(Request("Z-99"), [new AssessedLine("Rebuild wall", Money.Yuan(100m), Money.Zero(), Payer.Resident, "Z-99")], Supervisor, Instant.FromUtc(2026, 3, 10, 1, 0));
        ReadOnlyAssert.CannotBeChanged(assessment.Lines);
        ReadOnlyAssert.CannotBeChanged(new RequiresAssessment(Request("Z-99"), ["Z-99"]).UnscheduledItemCodes);
        ReadOnlyAssert.MadeOnce(() => assessment.Lines);
        var requires = new RequiresAssessment(Request("Z-99"), ["Z-99"]);
        ReadOnlyAssert.MadeOnce(() => requires.UnscheduledItemCodes);
        var rule = new WarrantyRule();
        ReadOnlyAssert.MadeOnce(() => rule.Terms);

        var terms = new WarrantyRule().Terms;
        Assert.False(terms is Dictionary<string, WarrantyTerm>, "Warranty terms can be cast back to a Dictionary and changed.");
        Assert.False(terms is IDictionary<string, WarrantyTerm> { IsReadOnly: false });
    }

    private sealed class ProbeRule : IFeeRule
    {
        public bool Ran { get; private set; }

        public string Name => "Probe";

        public void Apply(FeeRuleContext context)
        {
            ReadOnlyAssert.CannotBeChanged(context.Lines);
            ReadOnlyAssert.CannotBeChanged(context.Adjustments);
            ReadOnlyAssert.MadeOnce(() => context.Lines);
            ReadOnlyAssert.MadeOnce(() => context.Adjustments);
            Ran = true;
        }
    }
}
