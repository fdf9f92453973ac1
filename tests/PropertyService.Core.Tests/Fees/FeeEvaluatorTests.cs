using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class FeeEvaluatorTests
{
    private readonly FeeEvaluator _evaluator = new(Schedule());

    [Fact]
    public void Scheduled_items_are_priced_from_the_schedule_and_paid_by_the_resident_RP12()
    {
        var quote = QuoteOf(_evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-01", 2), new QuoteRequestItem("E-01"))));

        Assert.Equal(2, quote.Lines.Count);
        Assert.Equal((Money.Yuan(20m), Money.Yuan(4m), Money.Yuan(24m)), (quote.Lines[0].Labour, quote.Lines[0].Material, quote.Lines[0].Subtotal));
        Assert.All(quote.Lines, l => Assert.Equal(Payer.Resident, l.Payer));
        Assert.Contains("RP-12", quote.Lines[0].PayerReason);
        Assert.Equal(Money.Yuan(51m), quote.TotalFor(Payer.Resident));
        Assert.Equal(Money.Yuan(51m), quote.GrandTotal);
        Assert.False(quote.IsAssessed);
        Assert.Equal(InForce, quote.ScheduleInForceFrom);
    }

    [Fact]
    public void Unscheduled_item_requires_assessment_listing_those_items_RP14()
    {
        var evaluation = _evaluator.Evaluate(Request("W-01", "Z-99", "Z-98", "Z-99"));

        Assert.True(evaluation.IsRequiresAssessment);
        Assert.Equal(["Z-99", "Z-98"], evaluation.RequiresAssessment.UnscheduledItemCodes);
        Assert.Contains("RP-14", evaluation.RequiresAssessment.Message);
        Assert.Null(evaluation.Quote);
    }

    [Fact]
    public void Quotes_use_the_schedule_in_force_when_the_repair_was_reported()
    {
        var old = Schedule(new LocalDate(2025, 1, 1));
        var newer = FeeSchedule.CreateBuilder(new LocalDate(2026, 3, 1))
            .Add(new FeeScheduleItem("W-01", "Replace tap washer", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(12m)))
            .Build();
        var evaluator = new FeeEvaluator(new FeeScheduleHistory(newer, old), FeeRules.CreateBuiltIn());

        QuoteRequest On(LocalDate date) => new(Site, RepairCategory.Unit, date, [new QuoteRequestItem("W-01")]) { WorkStartsAt = new LocalDateTime(2026, 3, 5, 10, 0) };

        Assert.Equal(Money.Yuan(12m), QuoteOf(evaluator.Evaluate(On(new LocalDate(2026, 2, 28)))).GrandTotal);
        Assert.Equal(Money.Yuan(12m), QuoteOf(evaluator.Evaluate(On(new LocalDate(2026, 3, 1)))).GrandTotal - Money.Yuan(0m));
        Assert.Equal(new LocalDate(2025, 1, 1), QuoteOf(evaluator.Evaluate(On(new LocalDate(2026, 2, 28)))).ScheduleInForceFrom);
        Assert.Equal(new LocalDate(2026, 3, 1), QuoteOf(evaluator.Evaluate(On(new LocalDate(2026, 3, 1)))).ScheduleInForceFrom);
        var none = evaluator.Evaluate(On(new LocalDate(2024, 12, 31)));
        Assert.Equal("fees.no-schedule-in-force", none.Rejection!.Code);
    }

    [Fact]
    public void Request_without_items_is_rejected_not_quoted_RP12()
    {
        var evaluation = _evaluator.Evaluate(Request());
        Assert.Equal(("fees.no-items", "Items"), (evaluation.Rejection!.Code, evaluation.Rejection.Field));
    }

    [Fact]
    public void Item_not_for_the_category_is_rejected_naming_it()
    {
        var evaluation = _evaluator.Evaluate(Request(RepairCategory.Gas, new QuoteRequestItem("W-01")));
        Assert.Equal("fees.item-not-for-category", evaluation.Rejection!.Code);
        Assert.Contains("W-01", evaluation.Rejection.Message);
    }

    [Fact]
    public void Per_item_quantity_must_be_whole_but_per_metre_may_be_fractional()
    {
        var bad = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-01", 1.5m)));
        Assert.Equal(("fees.quantity-not-whole", "Quantity"), (bad.Rejection!.Code, bad.Rejection.Field));

        var quote = QuoteOf(_evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-11", 1.333m))));
        Assert.Equal(Money.Yuan(53.32m), quote.Lines[0].Labour);   // 53.32
        Assert.Equal(Money.Yuan(26.66m), quote.Lines[0].Material); // 26.66
    }

    [Fact]
    public void Rounding_is_half_away_from_zero_per_line()
    {
        var schedule = FeeSchedule.CreateBuilder(InForce)
            .Add(new FeeScheduleItem("P-1", "Sealant", [RepairCategory.Unit], FeeUnit.PerMetre, Money.Yuan(0.25m), material: Money.Yuan(0.05m)))
            .Build();
        var quote = QuoteOf(new FeeEvaluator(schedule).Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("P-1", 0.3m), new QuoteRequestItem("P-1", 0.3m))));

        Assert.Equal(Money.Yuan(0.08m), quote.Lines[0].Labour);   // 0.075 → 0.08
        Assert.Equal(Money.Yuan(0.02m), quote.Lines[0].Material); // 0.015 → 0.02
        Assert.Equal(Money.Yuan(0.20m), quote.GrandTotal);        // sum of rounded lines, not rounded sum
    }

    [Fact]
    public void Price_range_uses_its_bottom_or_the_assessors_pick_within_it()
    {
        Assert.Equal(Money.Yuan(30m), QuoteOf(_evaluator.Evaluate(Request("W-03"))).GrandTotal);

        var picked = Request(RepairCategory.Unit, new QuoteRequestItem("W-03") { ChosenUnitLabour = Money.Yuan(45m) });
        Assert.Equal(Money.Yuan(45m), QuoteOf(_evaluator.Evaluate(picked)).GrandTotal);

        var outside = Request(RepairCategory.Unit, new QuoteRequestItem("W-03") { ChosenUnitLabour = Money.Yuan(55m) });
        Assert.Equal(("fees.price-outside-range", "ChosenUnitLabour"), (_evaluator.Evaluate(outside).Rejection!.Code, _evaluator.Evaluate(outside).Rejection!.Field));

        var fixedPrice = Request(RepairCategory.Unit, new QuoteRequestItem("W-01") { ChosenUnitLabour = Money.Yuan(10m) });
        Assert.Equal("fees.price-not-a-range", _evaluator.Evaluate(fixedPrice).Rejection!.Code);
    }

    [Fact]
    public void Chosen_labour_price_must_be_in_the_schedules_currency_and_within_the_range_inclusive_RP12()
    {
        var hkd = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-03") { ChosenUnitLabour = new Money(40m, "HKD") })).Rejection!;
        Assert.Equal(("fees.price-outside-range", "RP-12", "ChosenUnitLabour"), (hkd.Code, hkd.RuleId, hkd.Field));
        Assert.Equal("The labour price HK$40.00 chosen for item W-03 (Clear blocked drain) is outside its range ¥30.00–¥50.00.", hkd.Message);

        var below = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-03") { ChosenUnitLabour = Money.Yuan(29.99m) })).Rejection!;
        Assert.Equal("The labour price ¥29.99 chosen for item W-03 (Clear blocked drain) is outside its range ¥30.00–¥50.00.", below.Message);
        Assert.Equal(Money.Yuan(30m), QuoteOf(_evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-03") { ChosenUnitLabour = Money.Yuan(30m) }))).GrandTotal);
        Assert.Equal(Money.Yuan(100m), QuoteOf(_evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-03", 2) { ChosenUnitLabour = Money.Yuan(50m) }))).GrandTotal);

        var fixedPrice = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-01") { ChosenUnitLabour = Money.Yuan(10m) })).Rejection!;
        Assert.Equal(("RP-12", "ChosenUnitLabour"), (fixedPrice.RuleId, fixedPrice.Field));
        Assert.Equal("Item W-01 (Replace tap washer) has the fixed labour price ¥10.00; a price can be chosen only for an item priced as a range.", fixedPrice.Message);
    }

    [Fact]
    public void Material_cost_must_be_in_the_schedules_currency_and_is_only_for_materials_at_cost_RP12()
    {
        var hkd = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("E-03") { MaterialCost = new Money(5m, "HKD") })).Rejection!;
        Assert.Equal(("fees.currency-mismatch", "RP-12", "MaterialCost"), (hkd.Code, hkd.RuleId, hkd.Field));
        Assert.Equal("The material cost HK$5.00 of item E-03 is in HKD, but the fee schedule is in CNY.", hkd.Message);

        var notAtCost = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-01") { MaterialCost = Money.Yuan(1m) })).Rejection!;
        Assert.Equal("Item W-01 (Replace tap washer) has a fixed material price; a material cost can be entered only for materials at cost.", notAtCost.Message);
        Assert.Equal("RP-12", notAtCost.RuleId);

        // At cost with nothing entered yet: no material charge, in the schedule's currency.
        var none = QuoteOf(_evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("E-03", 2))));
        Assert.Equal((Money.Zero(), Money.Yuan(50m)), (none.Lines[0].Material, none.Lines[0].Labour));
    }

    [Fact]
    public void Materials_at_cost_are_charged_as_entered_on_site()
    {
        var quote = QuoteOf(_evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("E-03") { MaterialCost = Money.Yuan(88.888m) })));
        Assert.Equal(Money.Yuan(88.89m), quote.Lines[0].Material);

        var notAtCost = _evaluator.Evaluate(Request(RepairCategory.Unit, new QuoteRequestItem("W-01") { MaterialCost = Money.Yuan(1m) }));
        Assert.Equal(("fees.material-not-at-cost", "MaterialCost"), (notAtCost.Rejection!.Code, notAtCost.Rejection.Field));
    }

    [Fact]
    public void Assessed_quote_prices_unscheduled_work_marks_assessor_and_time_and_runs_the_rules_RP14()
    {
        var request = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("W-01"), new QuoteRequestItem("Z-99")])
        {
            ResidentSuppliesMaterials = true,
        };
        var at = Instant.FromUtc(2026, 3, 10, 2, 15);
        var assessment = new FeeAssessment(request,
            [new AssessedLine("Replace corroded valve body", Money.Yuan(80m), Money.Yuan(45.555m), itemCode: "Z-99")],
            Supervisor, at);

        var quote = QuoteOf(_evaluator.Assess(assessment));

        Assert.True(quote.IsAssessed);
        Assert.Equal((Supervisor, at), (quote.Assessor, quote.AssessedAt!.Value));
        Assert.Equal(2, quote.Lines.Count);
        Assert.False(quote.Lines[0].IsAssessed);
        Assert.True(quote.Lines[1].IsAssessed);
        Assert.Equal(Money.Yuan(45.56m), quote.Lines[1].Material);
        Assert.Contains("RP-14", quote.Lines[1].PayerReason);
        // The same rules ran: resident-supplied materials discounts both lines' materials.
        Assert.Equal(2, quote.Adjustments.Count(a => a.RuleName == ResidentSuppliedMaterialsRule.RuleName));
        Assert.Equal(Money.Yuan(90m), quote.TotalFor(Payer.Resident));
    }

    [Fact]
    public void Assessment_by_someone_other_than_the_engineering_supervisor_is_rejected_RP14()
    {
        var officer = new Actor("E1001", "王小明", Site, Role.Officer);
        var assessment = new FeeAssessment(Request("Z-99"), [new AssessedLine("Work", Money.Yuan(1m), Money.Zero(), itemCode: "Z-99")], officer, Instant.FromUtc(2026, 3, 10, 2, 0));

        var evaluation = _evaluator.Assess(assessment);

        Assert.Equal(("fees.assessor-not-engineering-supervisor", "RP-14"), (evaluation.Rejection!.Code, evaluation.Rejection.RuleId));
    }

    [Fact]
    public void Assessment_must_price_every_unscheduled_item_RP14()
    {
        var assessment = new FeeAssessment(Request("Z-99", "Z-98"), [new AssessedLine("Work", Money.Yuan(1m), Money.Zero(), itemCode: "Z-99")], Supervisor, Instant.FromUtc(2026, 3, 10, 2, 0));

        var evaluation = _evaluator.Assess(assessment);

        Assert.Equal("fees.assessment-incomplete", evaluation.Rejection!.Code);
        Assert.Contains("Z-98", evaluation.Rejection.Message);
        Assert.DoesNotContain("Z-99", evaluation.Rejection.Message);
    }

    [Fact]
    public void Vendors_add_remove_reorder_and_replace_rules()
    {
        var rules = FeeRules.CreateBuiltIn();
        Assert.Equal(
            [UtilityOwnedRule.RuleName, WarrantyRule.RuleName, CommonAreaRule.RuleName, ResidentSuppliedMaterialsRule.RuleName, AfterHoursSurchargeRule.RuleName, MinimumCallOutChargeRule.RuleName],
            rules.Select(r => r.Name));

        // Remove a built-in.
        rules.RemoveAll(r => r.Name == ResidentSuppliedMaterialsRule.RuleName);
        // Replace a built-in with a configured one, in the same place.
        var index = rules.FindIndex(r => r.Name == MinimumCallOutChargeRule.RuleName);
        rules[index] = new MinimumCallOutChargeRule(new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(40m) });
        // Add a vendor rule, and reorder: the vendor's loyalty discount runs before the minimum charge.
        rules.Insert(index, new LoyaltyDiscountRule());
        var evaluator = new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules);

        var request = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("W-01")]) { ResidentSuppliesMaterials = true };
        var quote = QuoteOf(evaluator.Evaluate(request));

        Assert.Equal(["LoyaltyDiscount", MinimumCallOutChargeRule.RuleName], quote.Adjustments.Select(a => a.RuleName));
        Assert.Equal(Money.Yuan(40m), quote.TotalFor(Payer.Resident));   // 12 − 1.20 loyalty, topped up to 40
        Assert.DoesNotContain(quote.Adjustments, a => a.RuleName == ResidentSuppliedMaterialsRule.RuleName);

        // Reordered the other way round, the minimum applies first and the discount comes off it.
        rules.Reverse(index, 2);
        var reordered = QuoteOf(new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules).Evaluate(request));
        Assert.Equal([MinimumCallOutChargeRule.RuleName, "LoyaltyDiscount"], reordered.Adjustments.Select(a => a.RuleName));
        Assert.Equal(Money.Yuan(36m), reordered.TotalFor(Payer.Resident));
    }

    [Fact]
    public void Quantity_whose_price_would_overflow_is_a_rejection_not_an_exception_RP12()
    {
        var huge = decimal.MaxValue / 10m;
        var evaluation = _evaluator.Evaluate(Request(RepairCategory.SpecialRequest, new QuoteRequestItem("M-05", huge)));

        var rejection = evaluation.Rejection!;
        Assert.Equal(("fees.amount-too-large", "RP-12", "Quantity"), (rejection.Code, rejection.RuleId, rejection.Field));
        Assert.Equal($"Item M-05 (Handyman work) × {huge} costs more than can be computed; check the quantity.", rejection.Message);
    }

    [Fact]
    public void Lines_whose_sum_would_overflow_are_a_rejection_not_an_exception_RP12()
    {
        var large = decimal.MaxValue / 100m;
        var evaluation = _evaluator.Evaluate(Request(RepairCategory.SpecialRequest, new QuoteRequestItem("M-05", large), new QuoteRequestItem("M-05", large), new QuoteRequestItem("M-05", large)));

        var rejection = evaluation.Rejection!;
        Assert.Equal(("fees.amount-too-large", "RP-12", "Items"), (rejection.Code, rejection.RuleId, rejection.Field));
        Assert.Equal("The quote's total is more than can be computed; check the quantities.", rejection.Message);
    }

    [Fact]
    public void Assessed_lines_whose_sum_would_overflow_are_a_rejection_not_an_exception_RP14()
    {
        var half = Money.Yuan(decimal.Round(decimal.MaxValue / 2m, 2) - 1m);
        var assessment = new FeeAssessment(Request("Z-99"),
            [new AssessedLine("Rebuild wall", half, half, Payer.Resident, "Z-99"), new AssessedLine("Rebuild roof", half, Money.Zero())],
            Supervisor, Instant.FromUtc(2026, 3, 10, 1, 0));

        var rejection = _evaluator.Assess(assessment).Rejection!;
        Assert.Equal(("fees.amount-too-large", "RP-14", "Lines"), (rejection.Code, rejection.RuleId, rejection.Field));
        Assert.Equal("The quote's total is more than can be computed; check the assessed prices.", rejection.Message);
    }

    [Fact]
    public void Rule_names_must_be_unique()
    {
        var rules = FeeRules.CreateBuiltIn();
        rules.Add(new CommonAreaRule());
        var error = Assert.Throws<ArgumentException>(() => new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules));
        Assert.Contains(CommonAreaRule.RuleName, error.Message);
    }

    [Fact]
    public void A_rule_cannot_discount_below_zero()
    {
        var rules = new List<IFeeRule> { new ExcessiveDiscountRule() };
        var evaluator = new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules);

        var error = Assert.Throws<InvalidOperationException>(() => evaluator.Evaluate(Request("W-01")));
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Every_category_can_be_evaluated()
    {
        var items = new Dictionary<RepairCategory, string>
        {
            [RepairCategory.Unit] = "W-01",
            [RepairCategory.Water] = "W-01",
            [RepairCategory.Power] = "E-01",
            [RepairCategory.Gas] = "Z-1",
            [RepairCategory.CommonArea] = "C-01",
            [RepairCategory.SpecialRequest] = "M-05",
        };
        foreach (var (category, code) in items)
        {
            var evaluation = _evaluator.Evaluate(Request(category, new QuoteRequestItem(code)));
            Assert.True(evaluation.IsQuote || evaluation.IsRequiresAssessment, $"{category}: {evaluation}");
        }
    }

    [Fact]
    public void A_rule_cannot_change_a_quote_after_it_is_built()
    {
        var sneaky = new CapturingRule();
        var quote = QuoteOf(new FeeEvaluator(new FeeScheduleHistory(Schedule()), [sneaky]).Evaluate(Request("W-01")));

        Assert.Throws<InvalidOperationException>(() => sneaky.Captured!.AddSurcharge(Money.Yuan(5m), Payer.Resident, "later"));
        Assert.Throws<InvalidOperationException>(() => sneaky.Captured!.SetPayer(0, Payer.Developer, "later"));
        Assert.Equal(Money.Yuan(12m), quote.TotalFor(Payer.Resident));
    }

    private sealed class CapturingRule : IFeeRule
    {
        public FeeRuleContext? Captured { get; private set; }

        public string Name => "Capturing";

        public void Apply(FeeRuleContext context) => Captured = context;
    }

    private sealed class LoyaltyDiscountRule : IFeeRule
    {
        public string Name => "LoyaltyDiscount";

        public void Apply(FeeRuleContext context)
        {
            var total = context.TotalFor(Payer.Resident);
            context.AddDiscount(total * 0.1m, Payer.Resident, "Loyal resident: 10% off.");
        }
    }

    private sealed class ExcessiveDiscountRule : IFeeRule
    {
        public string Name => "Excessive";

        public void Apply(FeeRuleContext context) => context.AddDiscount(Money.Yuan(1000m), Payer.Resident, "Too much.");
    }
}
