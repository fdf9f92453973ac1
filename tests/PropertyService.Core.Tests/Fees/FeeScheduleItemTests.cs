namespace PropertyService.Fees;

public class FeeScheduleItemTests
{
    private static readonly RepairCategory[] Unit = [RepairCategory.Unit];

    private static ArgumentException Fails(Func<FeeScheduleItem> create) => Assert.ThrowsAny<ArgumentException>(() => create());

    [Fact]
    public void Labour_range_top_in_another_currency_is_refused_naming_the_field()
    {
        var error = Fails(() => new FeeScheduleItem("W-03", "Clear drain", Unit, FeeUnit.PerItem, Money.Yuan(30m), new Money(50m, "HKD")));

        Assert.Equal("maximumLabour", error.ParamName);
        Assert.Equal("Fee schedule item W-03: maximumLabour is in HKD but the labour price is in CNY. (Parameter 'maximumLabour')", error.Message);
    }

    [Fact]
    public void Labour_range_top_below_the_bottom_is_refused_and_equal_is_allowed()
    {
        var error = Fails(() => new FeeScheduleItem("W-03", "Clear drain", Unit, FeeUnit.PerItem, Money.Yuan(30m), Money.Yuan(29.99m)));

        Assert.Equal("Fee schedule item W-03: maximumLabour (¥29.99) must not be below the labour price (¥30.00). (Parameter 'maximumLabour')", error.Message);
        Assert.True(new FeeScheduleItem("W-03", "Clear drain", Unit, FeeUnit.PerItem, Money.Yuan(30m), Money.Yuan(30m)).HasPriceRange);
    }

    [Fact]
    public void Material_rules_currency_at_cost_and_a_zero_default()
    {
        Assert.Equal("Fee schedule item W-01: material is in HKD but the labour price is in CNY. (Parameter 'material')",
            Fails(() => new FeeScheduleItem("W-01", "x", Unit, FeeUnit.PerItem, Money.Yuan(1m), material: new Money(2m, "HKD"))).Message);
        Assert.Equal("Fee schedule item W-01: material must be zero when materials are charged at cost. (Parameter 'material')",
            Fails(() => new FeeScheduleItem("W-01", "x", Unit, FeeUnit.PerItem, Money.Yuan(1m), materialPricing: MaterialPricing.AtCost, material: Money.Yuan(1m))).Message);
        Assert.Equal("Fee schedule item W-01: materialPricing has the unknown value 7. (Parameter 'materialPricing')",
            Fails(() => new FeeScheduleItem("W-01", "x", Unit, FeeUnit.PerItem, Money.Yuan(1m), materialPricing: (MaterialPricing)7)).Message);

        // default(Money) is zero yuan: for a schedule in another currency it means "no material", in that currency.
        var hkd = new FeeScheduleItem("W-01", "x", Unit, FeeUnit.PerItem, new Money(1m, "HKD"));
        Assert.Equal(Money.Zero("HKD"), hkd.Material);
        Assert.Equal("HKD", hkd.Currency);
        Assert.Equal("material", Fails(() => new FeeScheduleItem("W-01", "x", Unit, FeeUnit.PerItem, new Money(1m, "HKD"), material: Money.Yuan(0.01m))).ParamName);
    }

    [Fact]
    public void Name_categories_and_unit_are_checked_naming_the_field()
    {
        Assert.Equal("Fee schedule item W-01: name must not be empty. (Parameter 'name')",
            Fails(() => new FeeScheduleItem("W-01", " ", Unit, FeeUnit.PerItem, Money.Yuan(1m))).Message);
        Assert.Equal("Fee schedule item W-01: categories must name at least one repair category. (Parameter 'categories')",
            Fails(() => new FeeScheduleItem("W-01", "x", [], FeeUnit.PerItem, Money.Yuan(1m))).Message);
        Assert.Equal("Fee schedule item W-01: categories holds the unknown repair category 40. (Parameter 'categories')",
            Fails(() => new FeeScheduleItem("W-01", "x", [RepairCategory.Unit, (RepairCategory)40], FeeUnit.PerItem, Money.Yuan(1m))).Message);
        Assert.Equal("Fee schedule item W-01: unit has the unknown value 9. (Parameter 'unit')",
            Fails(() => new FeeScheduleItem("W-01", "x", Unit, (FeeUnit)9, Money.Yuan(1m))).Message);
        Assert.IsType<ArgumentNullException>(Fails(() => new FeeScheduleItem(null!, "x", Unit, FeeUnit.PerItem, Money.Yuan(1m))));
        Assert.IsType<ArgumentNullException>(Fails(() => new FeeScheduleItem("W-01", null!, Unit, FeeUnit.PerItem, Money.Yuan(1m))));
        Assert.IsType<ArgumentNullException>(Fails(() => new FeeScheduleItem("W-01", "x", null!, FeeUnit.PerItem, Money.Yuan(1m))));
    }

    [Fact]
    public void Code_is_trimmed_at_most_32_characters_and_free_of_control_characters()
    {
        Assert.Equal("W-01", new FeeScheduleItem("  W-01 ", "x", Unit, FeeUnit.PerItem, Money.Yuan(1m)).Code);
        Assert.Equal(32, FeeScheduleItem.MaximumCodeLength);
        Assert.Equal($"Fee schedule item {new string('C', 33)}: code must be at most 32 characters, but has 33. (Parameter 'code')",
            Fails(() => new FeeScheduleItem(new string('C', 33), "x", Unit, FeeUnit.PerItem, Money.Yuan(1m))).Message);
        Assert.Equal("Fee schedule item W\\u0009\\u001B01: code must not hold control characters. (Parameter 'code')",
            Fails(() => new FeeScheduleItem("W\t\u001b01", "x", Unit, FeeUnit.PerItem, Money.Yuan(1m))).Message);
    }

    [Fact]
    public void Categories_are_kept_in_enum_order_without_repeats_and_AppliesTo_answers_for_any_value()
    {
        var item = new FeeScheduleItem("W-01", "x", [RepairCategory.SpecialRequest, RepairCategory.Unit, RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(1m));

        Assert.Equal([RepairCategory.Unit, RepairCategory.SpecialRequest], item.Categories);
        Assert.True(item.AppliesTo(RepairCategory.Unit));
        Assert.True(item.AppliesTo(RepairCategory.SpecialRequest));
        Assert.False(item.AppliesTo(RepairCategory.Water));
        Assert.False(item.AppliesTo((RepairCategory)33));
        Assert.False(item.AppliesTo((RepairCategory)(-1)));
    }

    [Fact]
    public void Facts_are_kept_and_a_blank_defect_class_means_none()
    {
        var item = new FeeScheduleItem(" W-11 ", " Repair pipe leak ", Unit, FeeUnit.PerMetre, Money.Yuan(40m), material: Money.Yuan(20m),
            defectClass: " plumbing ", isUtilityInstallation: true, isMajorWork: true);

        Assert.Equal(("W-11", "Repair pipe leak", "plumbing", true, true, FeeUnit.PerMetre), (item.Code, item.Name, item.DefectClass, item.IsUtilityInstallation, item.IsMajorWork, item.Unit));
        Assert.Null(new FeeScheduleItem("W-01", "x", Unit, FeeUnit.PerItem, Money.Yuan(1m), defectClass: "  ").DefectClass);
        Assert.False(item.HasPriceRange);
    }

    [Fact]
    public void ToString_shows_code_name_prices_unit_and_materials()
    {
        Assert.Equal("W-01 Replace tap washer: ¥20.00 PerItem + ¥5.00 material",
            new FeeScheduleItem("W-01", "Replace tap washer", Unit, FeeUnit.PerItem, Money.Yuan(20m), material: Money.Yuan(5m)).ToString());
        Assert.Equal("W-03 Clear drain: ¥30.00–¥50.00 PerItem",
            new FeeScheduleItem("W-03", "Clear drain", Unit, FeeUnit.PerItem, Money.Yuan(30m), Money.Yuan(50m)).ToString());
        Assert.Equal("E-03 Replace light: ¥25.00 PerItem + materials at cost",
            new FeeScheduleItem("E-03", "Replace light", Unit, FeeUnit.PerItem, Money.Yuan(25m), materialPricing: MaterialPricing.AtCost).ToString());
    }
}
