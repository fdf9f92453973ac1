using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PropertyService.Fees;

public partial class FeeScheduleJsonTests
{
    private const string ValidItem = """{ "code": "W-01", "name": "Replace tap washer", "categories": ["Unit"], "labour": 10, "material": 2 }""";

    private static string Schedule(string items) => $$"""{ "inForceFrom": "2026-01-01", "currency": "CNY", "items": [ {{items}} ] }""";

    private static FeeScheduleFormatException LoadFails(string json) =>
        Assert.Throws<FeeScheduleFormatException>(() => FeeScheduleJson.Load(json));

    [Fact]
    public void Sample_schedule_in_the_console_sample_loads_and_is_about_40_items()
    {
        var schedule = FeeScheduleJson.LoadFile(FeeTestData.RepositoryFile("samples/PropertyService.Samples.Console/fee-schedule.json"));

        Assert.InRange(schedule.Count, 35, 50);
        Assert.Equal(new LocalDate(2026, 1, 1), schedule.InForceFrom);
        Assert.True(schedule.TryGetItem("W-01", out var washer));
        Assert.Equal("Replace tap washer", washer.Name);
        Assert.Contains(schedule.Items, i => i.HasPriceRange);
        Assert.Contains(schedule.Items, i => i.MaterialPricing == MaterialPricing.AtCost);
        Assert.Contains(schedule.Items, i => i.Unit == FeeUnit.PerMetre);
    }

    [Fact]
    public void Loads_every_field_of_the_documented_format()
    {
        var schedule = FeeScheduleJson.Load("""
            {
              "name": "2026 prices",
              "inForceFrom": "2026-01-01",
              "currency": "HKD",
              "items": [
                { "code": "W-13", "name": "Repair floor leak", "categories": ["Unit", "water"], "unit": "PerMetre",
                  "labour": 150.5, "labourMax": 300, "material": "at-cost", "defectClass": "waterproofing",
                  "utilityInstallation": true, "majorWork": true, },
              ],
            }
            """);

        var item = Assert.Single(schedule.Items);
        Assert.Equal("2026 prices", schedule.Name);
        Assert.Equal("HKD", schedule.Currency);
        Assert.Equal([RepairCategory.Unit, RepairCategory.Water], item.Categories);
        Assert.Equal(FeeUnit.PerMetre, item.Unit);
        Assert.Equal(new Money(150.5m, "HKD"), item.Labour);
        Assert.Equal(new Money(300m, "HKD"), item.MaximumLabour);
        Assert.Equal(MaterialPricing.AtCost, item.MaterialPricing);
        Assert.Equal("waterproofing", item.DefectClass);
        Assert.True(item.IsUtilityInstallation);
        Assert.True(item.IsMajorWork);
    }

    [Fact]
    public void Duplicate_codes_are_rejected_naming_the_item_and_field()
    {
        var error = LoadFails(Schedule(ValidItem + "," + ValidItem));

        Assert.Equal(1, error.ItemIndex);
        Assert.Equal("W-01", error.ItemCode);
        Assert.Equal("code", error.Field);
        Assert.Contains("W-01", error.Message);
        Assert.Contains("duplicate", error.Message);
    }

    [Theory]
    [InlineData("labour", """{ "code": "W-09", "name": "x", "categories": ["Unit"], "labour": -5 }""")]
    [InlineData("labourMax", """{ "code": "W-09", "name": "x", "categories": ["Unit"], "labour": 5, "labourMax": -1 }""")]
    [InlineData("material", """{ "code": "W-09", "name": "x", "categories": ["Unit"], "labour": 5, "material": -0.01 }""")]
    public void Negative_prices_are_rejected_naming_the_item_and_field(string field, string item)
    {
        var error = LoadFails(Schedule(item));

        Assert.Equal("W-09", error.ItemCode);
        Assert.Equal(field, error.Field);
        Assert.Contains("W-09", error.Message);
        Assert.Contains($"\"{field}\"", error.Message);
        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public void Unknown_categories_are_rejected_naming_the_item_and_field()
    {
        var error = LoadFails(Schedule("""{ "code": "X-1", "name": "x", "categories": ["Unit", "Garden"], "labour": 5 }"""));

        Assert.Equal(("X-1", "categories"), (error.ItemCode, error.Field));
        Assert.Contains("Garden", error.Message);
        Assert.Contains("X-1", error.Message);
    }

    [Theory]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": [ { "code": "A" """)]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("")]
    public void Malformed_json_is_rejected_with_a_format_error(string json)
    {
        var error = LoadFails(json);
        Assert.Null(error.ItemCode);
    }

    [Theory]
    [InlineData("""{ "code": "A-1", "categories": ["Unit"], "labour": 5 }""", "name")]
    [InlineData("""{ "code": "A-1", "name": "x", "labour": 5 }""", "categories")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": [], "labour": 5 }""", "categories")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"] }""", "labour")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": "ten" }""", "labour")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 50, "labourMax": 30 }""", "labourMax")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 5, "unit": "PerYard" }""", "unit")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 5, "material": "free" }""", "material")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 5, "majorWork": "yes" }""", "majorWork")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 5, "labor": 5 }""", "labor")]
    [InlineData("""{ "code": "A-1", "name": "x", "categories": ["Unit"], "labour": 5, "defectClass": 7 }""", "defectClass")]
    public void Invalid_item_fields_are_rejected_naming_the_item_and_field(string item, string field)
    {
        var error = LoadFails(Schedule(item));

        Assert.Equal(0, error.ItemIndex);
        Assert.Equal("A-1", error.ItemCode);
        Assert.Equal(field, error.Field);
        Assert.Contains("A-1", error.Message);
        Assert.Contains($"\"{field}\"", error.Message);
    }

    [Fact]
    public void Item_without_a_code_is_rejected_naming_its_position()
    {
        var error = LoadFails(Schedule("""{ "name": "x", "categories": ["Unit"], "labour": 5 }"""));
        Assert.Equal((0, "code"), (error.ItemIndex!.Value, error.Field));
        Assert.Contains("item 0", error.Message);
    }

    [Theory]
    [InlineData("""{ "currency": "CNY", "items": [] }""", "inForceFrom")]
    [InlineData("""{ "inForceFrom": "1 March 2026", "items": [] }""", "inForceFrom")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "currency": "rmb", "items": [] }""", "currency")]
    [InlineData("""{ "inForceFrom": "2026-01-01" }""", "items")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": {} }""", "items")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": [], "version": 2 }""", "version")]
    public void Invalid_schedule_fields_are_rejected_naming_the_field(string json, string field)
    {
        var error = LoadFails(json);
        Assert.Equal(field, error.Field);
        Assert.Contains($"\"{field}\"", error.Message);
    }

    [Fact]
    public void Save_writes_the_documented_format_and_load_reads_it_back()
    {
        var schedule = FeeTestData.Schedule();
        var json = FeeScheduleJson.Save(schedule);

        Assert.Contains("\"inForceFrom\": \"2026-01-01\"", json);
        Assert.Contains("\"material\": \"at-cost\"", json);
        Assert.Equal(json, FeeScheduleJson.Save(FeeScheduleJson.Load(json)));
    }

    private static readonly Gen<FeeScheduleItem> Items =
        from code in Gen.Choose(1, 9999)
        from categoryMask in Gen.Choose(1, 63)
        from unit in Gen.Elements(FeeUnit.PerItem, FeeUnit.PerMetre, FeeUnit.PerHour)
        from labourCents in Gen.Choose(0, 1_000_000)
        from rangeCents in Gen.Choose(-1, 50_000)
        from atCost in Gen.Elements(true, false)
        from materialMils in Gen.Choose(0, 1_000_000)
        from defect in Gen.Elements<string?>(null, "plumbing", "waterproofing", "电气")
        from utility in Gen.Elements(true, false)
        from major in Gen.Elements(true, false)
        select new FeeScheduleItem(
            $"X-{code}",
            $"Item \"{code}\" 维修",
            Enum.GetValues<RepairCategory>().Where(c => (categoryMask & (1 << (int)c)) != 0),
            unit,
            Money.Yuan(labourCents / 100m),
            rangeCents < 0 ? null : Money.Yuan((labourCents + rangeCents) / 100m),
            atCost ? MaterialPricing.AtCost : MaterialPricing.Fixed,
            atCost ? Money.Zero() : Money.Yuan(materialMils / 1000m),
            defect,
            utility,
            major);

    [Property(MaxTest = 50)]
    public Property Save_then_load_round_trips_a_schedule() =>
        Prop.ForAll(Gen.ListOf(Items).Select(l => l.DistinctBy(i => i.Code).ToArray()).ToArbitrary(), items =>
        {
            var schedule = FeeSchedule.CreateBuilder(new LocalDate(2026, 7, 1)).AddRange(items).Build();
            var loaded = FeeScheduleJson.Load(FeeScheduleJson.Save(schedule));

            return loaded.Count == schedule.Count
                && loaded.InForceFrom == schedule.InForceFrom
                && loaded.Items.Zip(schedule.Items).All(p =>
                    p.First.Code == p.Second.Code && p.First.Name == p.Second.Name
                    && p.First.Categories.SequenceEqual(p.Second.Categories) && p.First.Unit == p.Second.Unit
                    && p.First.Labour == p.Second.Labour && p.First.MaximumLabour == p.Second.MaximumLabour
                    && p.First.MaterialPricing == p.Second.MaterialPricing && p.First.Material == p.Second.Material
                    && p.First.DefectClass == p.Second.DefectClass && p.First.IsUtilityInstallation == p.Second.IsUtilityInstallation
                    && p.First.IsMajorWork == p.Second.IsMajorWork);
        });
}
