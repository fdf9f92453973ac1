using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

/// <summary>One test (or a few) per built-in rule, each named with its rule.</summary>
public class BuiltInFeeRuleTests
{
    private static readonly WarrantyFacts HandedOver2024 = new(new LocalDate(2023, 12, 1), new LocalDate(2024, 6, 1));

    private static Quote Evaluate(QuoteRequest request, List<IFeeRule>? rules = null) =>
        QuoteOf(new FeeEvaluator(new FeeScheduleHistory(Schedule()), rules ?? FeeRules.CreateBuiltIn()).Evaluate(request));

    private static QuoteRequest UnitRequest(LocalDate reported, params string[] codes) =>
        new(Site, RepairCategory.Unit, reported, codes.Select(c => new QuoteRequestItem(c))) { Warranty = HandedOver2024 };

    [Fact]
    public void Warranty_rule_makes_the_developer_pay_for_defects_within_the_period_of_their_defect_class()
    {
        // Reported 2026-03-10: waterproofing (5 years) and plumbing (2 years from 2024-06-01) are covered;
        // a tap washer has no defect class and stays the resident's.
        var quote = Evaluate(UnitRequest(new LocalDate(2026, 3, 10), "W-12", "W-11", "W-01"));

        Assert.Equal([Payer.Developer, Payer.Developer, Payer.Resident], quote.Lines.Select(l => l.Payer));
        Assert.Contains("5 years", quote.Lines[0].PayerReason);
        Assert.Contains("waterproofing", quote.Lines[0].PayerReason);
        Assert.Equal(Money.Yuan(40m + 60m), quote.TotalFor(Payer.Developer));
        Assert.Equal(Money.Yuan(12m), quote.TotalFor(Payer.Resident));
    }

    [Fact]
    public void Warranty_rule_ends_with_the_period_and_needs_the_units_warranty_facts()
    {
        Assert.Equal(Payer.Resident, Evaluate(UnitRequest(new LocalDate(2026, 6, 1), "W-11")).Lines[0].Payer);   // 2 years ended
        Assert.Equal(Payer.Developer, Evaluate(UnitRequest(new LocalDate(2026, 5, 31), "W-11")).Lines[0].Payer); // last covered day
        Assert.Equal(Payer.Resident, Evaluate(Request("W-12")).Lines[0].Payer);                                  // no warranty facts
    }

    [Fact]
    public void Warranty_rule_periods_are_data_keyed_by_defect_class_including_heating_seasons()
    {
        // Handover 2024-06-01: the heating seasons 2024/25 and 2025/26 are covered, until 2026-03-15.
        Assert.Equal(Payer.Developer, Evaluate(UnitRequest(new LocalDate(2026, 3, 15), "M-04")).Lines[0].Payer);
        Assert.Equal(Payer.Resident, Evaluate(UnitRequest(new LocalDate(2026, 3, 16), "M-04")).Lines[0].Payer);

        var options = new WarrantyRuleOptions();
        options.Terms["plumbing"] = WarrantyTerm.Years(3);
        options.Start = WarrantyStart.CompletionAccepted;
        var rules = FeeRules.CreateBuiltIn(warranty: options);
        Assert.Equal(Payer.Developer, Evaluate(UnitRequest(new LocalDate(2026, 11, 30), "W-11"), rules).Lines[0].Payer);
        Assert.Equal(Payer.Resident, Evaluate(UnitRequest(new LocalDate(2026, 12, 1), "W-11"), rules).Lines[0].Payer);
    }

    [Fact]
    public void CommonArea_rule_never_charges_a_resident_routine_work_to_the_property_company_RP06()
    {
        var quote = Evaluate(Request(RepairCategory.CommonArea, new QuoteRequestItem("C-01")));

        Assert.Equal(Payer.PropertyCompany, quote.Lines[0].Payer);
        Assert.Contains("RP-06", quote.Lines[0].PayerReason);
        Assert.True(quote.TotalFor(Payer.Resident).IsZero);
        Assert.Equal(Money.Yuan(65m), quote.TotalFor(Payer.PropertyCompany));
    }

    [Fact]
    public void CommonArea_rule_sends_major_work_to_the_maintenance_fund_by_item_or_request_flag_RP06()
    {
        var byItem = Evaluate(Request(RepairCategory.CommonArea, new QuoteRequestItem("C-04", 3) { MaterialCost = Money.Yuan(500m) }));
        Assert.Equal(Payer.MaintenanceFund, byItem.Lines[0].Payer);
        Assert.Equal(Money.Yuan(860m), byItem.TotalFor(Payer.MaintenanceFund));

        var byRequest = Evaluate(new QuoteRequest(Site, RepairCategory.CommonArea, Reported, [new QuoteRequestItem("C-01")]) { IsMajorWork = true });
        Assert.Equal(Payer.MaintenanceFund, byRequest.Lines[0].Payer);
    }

    [Fact]
    public void UtilityOwned_rule_makes_the_utility_company_pay_for_its_own_installation_RP05()
    {
        var byItem = Evaluate(Request(RepairCategory.Water, new QuoteRequestItem("W-14") { MaterialCost = Money.Yuan(180m) }, new QuoteRequestItem("W-01")));
        Assert.Equal([Payer.UtilityCompany, Payer.Resident], byItem.Lines.Select(l => l.Payer));
        Assert.Equal(Money.Yuan(180m), byItem.TotalFor(Payer.UtilityCompany));

        var byRequest = Evaluate(new QuoteRequest(Site, RepairCategory.Power, Reported, [new QuoteRequestItem("E-01")]) { IsUtilityInstallation = true });
        Assert.Equal(Payer.UtilityCompany, byRequest.Lines[0].Payer);
        Assert.Contains("RP-05", byRequest.Lines[0].PayerReason);
    }

    [Fact]
    public void ResidentSuppliedMaterials_rule_removes_the_material_charge_with_a_reasoned_discount()
    {
        var request = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("E-01", 2), new QuoteRequestItem("D-02")]) { ResidentSuppliesMaterials = true };

        var quote = Evaluate(request);

        var discount = Assert.Single(quote.Adjustments);
        Assert.Equal((ResidentSuppliedMaterialsRule.RuleName, QuoteAdjustmentKind.Discount, Money.Yuan(24m), 0), (discount.RuleName, discount.Kind, discount.Amount, discount.LineIndex!.Value));
        Assert.Contains("supplies the materials", discount.Reason);
        Assert.Equal(Money.Yuan(30m + 5m), quote.TotalFor(Payer.Resident));
    }

    [Fact]
    public void AfterHoursSurcharge_rule_is_off_by_default_and_adds_a_percentage_in_configured_hours()
    {
        var late = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("E-01")]) { WorkStartsAt = new LocalDateTime(2026, 3, 10, 22, 5) };
        Assert.Empty(Evaluate(late).Adjustments);

        var rules = FeeRules.CreateBuiltIn(afterHours: new AfterHoursSurchargeOptions { Enabled = true, Percentage = 50m });
        var quote = Evaluate(late, rules);
        var surcharge = Assert.Single(quote.Adjustments);
        Assert.Equal((AfterHoursSurchargeRule.RuleName, QuoteAdjustmentKind.Surcharge, Money.Yuan(13.5m)), (surcharge.RuleName, surcharge.Kind, surcharge.Amount));
        Assert.Equal(Money.Yuan(40.5m), quote.TotalFor(Payer.Resident));

        var daytime = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("E-01")]) { WorkStartsAt = new LocalDateTime(2026, 3, 10, 8, 30) };
        Assert.Empty(Evaluate(daytime, rules).Adjustments);
        var early = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("E-01")]) { WorkStartsAt = new LocalDateTime(2026, 3, 10, 8, 29) };
        Assert.Single(Evaluate(early, rules).Adjustments);
    }

    [Fact]
    public void MinimumCallOutCharge_rule_is_off_by_default_and_tops_the_residents_total_up_to_the_minimum()
    {
        var request = Request("D-02");
        Assert.Equal(Money.Yuan(5m), Evaluate(request).TotalFor(Payer.Resident));

        var rules = FeeRules.CreateBuiltIn(minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(30m) });
        var quote = Evaluate(request, rules);
        var topUp = Assert.Single(quote.Adjustments);
        Assert.Equal((MinimumCallOutChargeRule.RuleName, Money.Yuan(25m)), (topUp.RuleName, topUp.Amount));
        Assert.Equal(Money.Yuan(30m), quote.TotalFor(Payer.Resident));

        // Nothing is added when the resident pays for no line (common area) or already pays more.
        Assert.Empty(Evaluate(Request(RepairCategory.CommonArea, new QuoteRequestItem("C-01")), rules).Adjustments);
        Assert.Empty(Evaluate(Request("W-11"), rules).Adjustments);
    }

    [Fact]
    public void Payer_rules_only_reassign_lines_still_charged_to_the_resident_so_the_first_rule_wins()
    {
        // A common-area roof under warranty: the warranty (earlier) wins over the common-area rule.
        var request = new QuoteRequest(Site, RepairCategory.CommonArea, Reported, [new QuoteRequestItem("C-04") { MaterialCost = Money.Yuan(100m) }]) { Warranty = HandedOver2024 };

        Assert.Equal(Payer.Developer, Evaluate(request).Lines[0].Payer);
    }

    [Fact]
    public void AfterHoursSurcharge_options_are_checked_and_its_reason_names_the_hours_and_percentage()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Percentage = -0.1m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Percentage = 1000.1m }));
        Assert.NotNull(new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Percentage = 1000m }));
        Assert.NotNull(new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Percentage = 0m }));
        Assert.Equal("After-hours start and end must differ. (Parameter 'options')",
            Assert.Throws<ArgumentException>(() => new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Start = new LocalTime(8, 0), End = new LocalTime(8, 0) })).Message);

        var rule = new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Enabled = true, Percentage = 12.5m, Start = new LocalTime(20, 0), End = new LocalTime(8, 0) });
        Assert.True(rule.IsAfterHours(new LocalTime(20, 0)));
        Assert.True(rule.IsAfterHours(new LocalTime(7, 59)));
        Assert.False(rule.IsAfterHours(new LocalTime(8, 0)));
        Assert.False(rule.IsAfterHours(new LocalTime(19, 59)));
        var quote = Evaluate(Request("W-01").WithWorkStartsAt(new LocalDate(2026, 3, 10).At(new LocalTime(22, 0))), [rule]);
        Assert.Equal("Work starting between 20:00 and 08:00 is after hours: 12.5% surcharge.", Assert.Single(quote.Adjustments).Reason);
        Assert.Equal(Money.Yuan(1.5m), quote.Adjustments[0].Amount);

        var daytime = new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Enabled = true, Start = new LocalTime(12, 0), End = new LocalTime(14, 0) });
        Assert.True(daytime.IsAfterHours(new LocalTime(12, 0)));
        Assert.False(daytime.IsAfterHours(new LocalTime(14, 0)));
        Assert.False(daytime.IsAfterHours(new LocalTime(11, 59)));
    }

    [Fact]
    public void AfterHoursSurcharge_needs_something_the_resident_pays()
    {
        var rule = new AfterHoursSurchargeRule(new AfterHoursSurchargeOptions { Enabled = true, Start = new LocalTime(20, 0), End = new LocalTime(8, 0) });
        var request = Request(RepairCategory.CommonArea, new QuoteRequestItem("C-01")).WithWorkStartsAt(new LocalDate(2026, 3, 10).At(new LocalTime(22, 0)));

        Assert.Empty(Evaluate(request, [new CommonAreaRule(), rule]).Adjustments);
    }

    [Fact]
    public void MinimumCallOutCharge_is_rounded_and_must_be_in_the_schedules_currency()
    {
        var rule = new MinimumCallOutChargeRule(new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(29.999m) });
        Assert.Equal(Money.Yuan(30m), rule.Minimum);
        var topUp = Assert.Single(Evaluate(Request("D-02"), [rule]).Adjustments);
        Assert.Equal("The minimum call-out charge is ¥30.00.", topUp.Reason);
        Assert.Equal(Money.Yuan(25m), topUp.Amount);
        Assert.Empty(Evaluate(Request("W-03"), [rule]).Adjustments); // exactly the minimum: no top-up

        var hkd = new MinimumCallOutChargeRule(new MinimumCallOutChargeOptions { Enabled = true, Minimum = new Money(30m, "HKD") });
        Assert.Equal("The minimum call-out charge is in HKD, but the schedule is in CNY.",
            Assert.Throws<InvalidOperationException>(() => Evaluate(Request("D-02"), [hkd])).Message);
        Assert.Empty(Evaluate(Request("D-02"), [new MinimumCallOutChargeRule(new MinimumCallOutChargeOptions { Minimum = new Money(30m, "HKD") })]).Adjustments);
    }

    [Fact]
    public void Warranty_rule_refuses_a_null_term_and_can_count_from_completion_acceptance()
    {
        var options = new WarrantyRuleOptions();
        options.Terms["roof"] = null!;
        Assert.Equal("The warranty term of defect class roof is null. (Parameter 'options')",
            Assert.Throws<ArgumentException>(() => new WarrantyRule(options)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WarrantyRule(new WarrantyRuleOptions { Start = (WarrantyStart)5 }));

        var fromCompletion = new WarrantyRuleOptions { Start = WarrantyStart.CompletionAccepted };
        fromCompletion.Terms["plumbing"] = WarrantyTerm.Of(Period.FromMonths(27)); // 2023-12-01 + 27 months = 2026-03-01
        var rules = FeeRules.CreateBuiltIn(warranty: fromCompletion);
        Assert.Equal(Payer.Resident, Evaluate(UnitRequest(new LocalDate(2026, 3, 1), "W-11"), rules).Lines[0].Payer);
        Assert.Equal("A plumbing defect within its P27M warranty from completion acceptance: the developer pays.",
            Evaluate(UnitRequest(new LocalDate(2026, 2, 28), "W-11"), rules).Lines[0].PayerReason);
        Assert.Equal("A plumbing defect within its 2 years warranty from handover to the buyer: the developer pays.",
            Evaluate(UnitRequest(new LocalDate(2026, 2, 28), "W-11")).Lines[0].PayerReason);
        Assert.Equal(WarrantyTerm.Years(5).Description, new WarrantyRule().Terms["WATERPROOFING"].Description);
    }

    [Fact]
    public void The_minimum_call_out_charge_adds_nothing_when_the_resident_pays_exactly_the_minimum()
    {
        var rules = FeeRules.CreateBuiltIn(minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true, Minimum = Money.Yuan(5m) });
        Assert.Empty(Evaluate(Request("D-02"), rules).Adjustments);
    }

    [Fact]
    public void The_after_hours_surcharge_adds_nothing_when_the_resident_pays_nothing()
    {
        var rules = FeeRules.CreateBuiltIn(afterHours: new AfterHoursSurchargeOptions { Enabled = true, Percentage = 50m });
        var commonArea = new QuoteRequest(Site, RepairCategory.CommonArea, Reported, [new QuoteRequestItem("C-01")]) { WorkStartsAt = new LocalDateTime(2026, 3, 10, 22, 5) };
        Assert.Empty(Evaluate(commonArea, rules).Adjustments);
    }

    [Fact]
    public void CommonArea_rule_applies_to_the_common_area_category_or_a_common_area_location_RP06()
    {
        var categoryOnly = new QuoteRequest(Site, RepairCategory.CommonArea, Reported, [new QuoteRequestItem("C-01")]) { LocationKind = LocationKind.Unit };
        Assert.Equal(Payer.PropertyCompany, Evaluate(categoryOnly).Lines[0].Payer);
        var locationOnly = new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("E-01")]) { LocationKind = LocationKind.CommonArea };
        Assert.Equal(Payer.PropertyCompany, Evaluate(locationOnly).Lines[0].Payer);
        Assert.Equal(Payer.Resident, Evaluate(new QuoteRequest(Site, RepairCategory.Unit, Reported, [new QuoteRequestItem("E-01")])).Lines[0].Payer);
    }
}
