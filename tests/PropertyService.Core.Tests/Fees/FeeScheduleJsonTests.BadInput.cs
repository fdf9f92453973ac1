namespace PropertyService.Fees;

/// <summary>Bad schedules are refused whole, with a message naming the item and the field.</summary>
public partial class FeeScheduleJsonTests
{
    private static string Item(string extra = "", string code = "A-1") =>
        $$"""{ "code": "{{code}}", "name": "x", "categories": ["Unit"], "labour": 5{{extra}} }""";

    [Fact]
    public void Duplicate_property_in_an_item_is_refused_naming_the_item_and_field()
    {
        var error = LoadFails(Schedule(ValidItem + "," + Item(""", "labour": 6""")));

        Assert.Equal((1, "A-1", "labour"), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal("Fee schedule item 1 (code \"A-1\"), field \"labour\": appears more than once; each field may appear once.", error.Message);
    }

    [Fact]
    public void Duplicate_top_level_property_is_refused_naming_the_field()
    {
        var error = LoadFails("""{ "inForceFrom": "2026-01-01", "items": [], "inForceFrom": "2027-01-01" }""");

        Assert.Equal((null, null, "inForceFrom"), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal("Fee schedule field \"inForceFrom\": appears more than once; each field may appear once.", error.Message);
    }

    [Theory]
    [InlineData("\"Water, Power\"")]
    [InlineData("\"Water,Power\"")]
    [InlineData("\" Water\"")]
    [InlineData("\"3\"")]
    [InlineData("3")]
    [InlineData("null")]
    public void Category_that_is_not_exactly_one_known_name_is_refused(string category)
    {
        var error = LoadFails(Schedule($$"""{ "code": "A-1", "name": "x", "categories": [{{category}}], "labour": 5 }"""));

        Assert.Equal((0, "A-1", "categories"), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal(
            $"Fee schedule item 0 (code \"A-1\"), field \"categories\": holds the unknown repair category {category}; known: Unit, Water, Power, Gas, CommonArea, SpecialRequest.",
            error.Message);
    }

    [Theory]
    [InlineData("\"Water, Power\"", "a string")]
    [InlineData("{}", "an object")]
    [InlineData("null", "null")]
    public void Category_list_that_is_not_a_json_array_is_refused(string categories, string kind)
    {
        var error = LoadFails(Schedule($$"""{ "code": "A-1", "name": "x", "categories": {{categories}}, "labour": 5 }"""));

        Assert.Equal((0, "A-1", "categories"), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal(
            $"Fee schedule item 0 (code \"A-1\"), field \"categories\": must be an array of repair category names (Unit, Water, Power, Gas, CommonArea, SpecialRequest), but was {kind}.",
            error.Message);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("RMB")]
    [InlineData("ABC")]
    public void Unknown_currency_is_refused_naming_the_field(string currency)
    {
        var error = LoadFails($$"""{ "inForceFrom": "2026-01-01", "currency": "{{currency}}", "items": [] }""");

        Assert.Equal("currency", error.Field);
        Assert.Equal(
            $"Fee schedule field \"currency\": \"{currency}\" is not a known ISO 4217 currency code (such as CNY, HKD, MOP, TWD, USD or EUR).",
            error.Message);
    }

    [Theory]
    [InlineData("CNY")]
    [InlineData("HKD")]
    [InlineData("MOP")]
    [InlineData("TWD")]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("JPY")]
    [InlineData("GBP")]
    public void Known_currencies_load(string currency)
    {
        var schedule = FeeScheduleJson.Load($$"""{ "inForceFrom": "2026-01-01", "currency": "{{currency}}", "items": [ {{Item()}} ] }""");

        Assert.Equal(currency, schedule.Currency);
        Assert.Equal(new Money(5m, currency), schedule.Items[0].Labour);
    }

    [Theory]
    [InlineData("A\\u0001B", "A\\u0001B")]
    [InlineData("A\\nB", "A\\u000AB")]
    [InlineData("A\\u007FB", "A\\u007FB")]
    [InlineData("A\\u0085B", "A\\u0085B")]
    public void Code_with_control_characters_is_refused(string jsonCode, string shown)
    {
        var error = LoadFails(Schedule(Item(code: jsonCode)));

        Assert.Equal((0, "code"), (error.ItemIndex, error.Field));
        Assert.Equal($"Fee schedule item 0 (code \"{shown}\"), field \"code\": must not hold control characters.", error.Message);
    }

    [Fact]
    public void Code_over_32_characters_is_refused_and_32_loads()
    {
        var code33 = new string('C', 33);
        var error = LoadFails(Schedule(Item(code: code33)));

        Assert.Equal((0, code33, "code"), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal($"Fee schedule item 0 (code \"{code33}\"), field \"code\": must be at most 32 characters, but has 33.", error.Message);
        Assert.Equal(32, FeeScheduleJson.Load(Schedule(Item(code: code33[..32]))).Items[0].Code.Length);
    }

    [Theory]
    [InlineData("labour", """, "labour": 1000000.01""", "1000000.01")]
    [InlineData("labourMax", """, "labourMax": 1000001""", "1000001")]
    [InlineData("material", """, "material": 2000000""", "2000000")]
    public void Price_above_the_default_ceiling_is_refused_at_load(string field, string extra, string shown)
    {
        var json = Schedule($$"""{ "code": "A-1", "name": "x", "categories": ["Unit"]{{(field == "labour" ? "" : ", \"labour\": 5")}}{{extra}} }""");
        var error = LoadFails(json);

        Assert.Equal((0, "A-1", field), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal(
            $"Fee schedule item 0 (code \"A-1\"), field \"{field}\": {shown} is above the ceiling of 1000000 per unit.",
            error.Message);
    }

    [Fact]
    public void Price_at_the_default_ceiling_loads()
    {
        var schedule = FeeScheduleJson.Load(Schedule(Item(""", "labourMax": 1000000, "material": 1000000""")));

        Assert.Equal(Money.Yuan(1_000_000m), schedule.Items[0].MaximumLabour);
        Assert.Equal(Money.Yuan(1_000_000m), schedule.Items[0].Material);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted_by_both_loaders()
    {
        var json = Schedule(ValidItem);

        Assert.Equal("W-01", FeeScheduleJson.Load("\uFEFF" + json).Items[0].Code);
        using var stream = new MemoryStream([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(json)]);
        Assert.Equal("W-01", FeeScheduleJson.Load(stream).Items[0].Code);
    }

    [Fact]
    public void One_bad_item_at_the_end_refuses_the_whole_schedule()
    {
        var items = string.Join(",", Enumerable.Range(0, 1000).Select(i => Item(code: $"A-{i}"))) + "," + Item(code: "A-7");
        var error = LoadFails(Schedule(items));

        Assert.Equal((1000, "A-7", "code"), (error.ItemIndex, error.ItemCode, error.Field));
        Assert.Equal("Fee schedule item 1000 (code \"A-7\"), field \"code\": duplicate of item 7; each code may appear once.", error.Message);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_schedule_of_200000_items_loads()
    {
        var json = new System.Text.StringBuilder("""{ "inForceFrom": "2026-01-01", "items": [""");
        for (var i = 0; i < 200_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(Item(code: $"X-{i}"));
        }

        var schedule = FeeScheduleJson.Load(json.Append("]}").ToString());

        Assert.Equal(200_000, schedule.Count);
        Assert.True(schedule.TryGetItem("X-199999", out var last));
        Assert.Same(last, schedule.Items[199_999]);
    }

    [Fact]
    public void Malformed_json_names_the_line_and_byte()
    {
        var error = LoadFails("{\n  \"inForceFrom\": \"2026-01-01\",\n  \"items\": [ } ");

        Assert.StartsWith("The fee schedule is not well-formed JSON (line 3, byte 14): ", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        Assert.Equal((null, null, null), (error.ItemIndex, error.ItemCode, error.Field));
    }

    [Theory]
    [InlineData("[]", "A fee schedule must be a JSON object, but the file holds an array.")]
    [InlineData("7", "A fee schedule must be a JSON object, but the file holds a number.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": [ 5 ] }""", "Fee schedule item 0: must be a JSON object, but was a number.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": [ { "name": "x" } ] }""", "Fee schedule item 0, field \"code\": is required and must not be empty.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": [ { "code": 5 } ] }""", "Fee schedule item 0 (code \"\"), field \"code\": must be a string, but was a number.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": {} }""", "Fee schedule field \"items\": must be an array, but was an object.")]
    [InlineData("""{ "inForceFrom": "2026-01-01" }""", "Fee schedule field \"items\": is required (an array of items).")]
    [InlineData("""{ "items": [] }""", "Fee schedule field \"inForceFrom\": is required (a date such as \"2026-01-01\").")]
    [InlineData("""{ "inForceFrom": 2026, "items": [] }""", "Fee schedule field \"inForceFrom\": must be a date such as \"2026-01-01\", but was 2026.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "name": 3, "items": [] }""", "Fee schedule field \"name\": must be a string, but was a number.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "currency": true, "items": [] }""", "Fee schedule field \"currency\": must be a string, but was a boolean.")]
    [InlineData("""{ "inForceFrom": "2026-01-01", "items": [], "version": 2 }""", "Fee schedule field \"version\": is not a known field; known fields are name, inForceFrom, currency, items.")]
    public void Schedule_level_problems_have_exact_messages(string json, string message) =>
        Assert.Equal(message, LoadFails(json).Message);

    [Theory]
    [InlineData(", \"labour\": \"5\"", "labour", "must be a number (an amount in CNY), but was \"5\"")]
    [InlineData(", \"labour\": 5, \"labourMax\": 4", "labourMax", "(4) must not be below labour (5)")]
    [InlineData(", \"labour\": 5, \"material\": \"free\"", "material", "must be a price or \"at-cost\", but was \"free\"")]
    [InlineData(", \"labour\": 5, \"unit\": \"PerYard\"", "unit", "has the unknown unit \"PerYard\"; known: PerItem, PerMetre, PerHour")]
    [InlineData(", \"labour\": 5, \"majorWork\": 1", "majorWork", "must be true or false, but was 1")]
    [InlineData(", \"labour\": -5", "labour", "must not be negative, but was -5")]
    [InlineData("", "labour", "is required (the labour price per unit)")]
    public void Item_problems_have_exact_messages(string fields, string field, string problem)
    {
        var error = LoadFails(Schedule($$"""{ "code": "A-1", "name": "x", "categories": ["Unit"]{{fields}} }"""));

        Assert.Equal($"Fee schedule item 0 (code \"A-1\"), field \"{field}\": {problem}.", error.Message);
    }

    [Fact]
    public void Optional_fields_may_be_null_or_absent()
    {
        var item = FeeScheduleJson.Load(Schedule("""{ "code": "A-1", "name": "x", "categories": ["unit"], "labour": 5, "labourMax": null, "defectClass": null, "utilityInstallation": null, "majorWork": false }""")).Items[0];

        Assert.Equal((FeeUnit.PerItem, (Money?)null, (string?)null, false, false, MaterialPricing.Fixed), (item.Unit, item.MaximumLabour, item.DefectClass, item.IsUtilityInstallation, item.IsMajorWork, item.MaterialPricing));
        Assert.Equal("CNY", FeeScheduleJson.Load("""{ "inForceFrom": "2026-01-01", "name": null, "items": [] }""").Currency);
        Assert.Null(FeeScheduleJson.Load("""{ "inForceFrom": "2026-01-01", "name": null, "items": [] }""").Name);
    }

    [Fact]
    public void Save_writes_only_the_fields_that_say_something()
    {
        var schedule = FeeSchedule.CreateBuilder(new NodaTime.LocalDate(2026, 1, 1))
            .Add(new FeeScheduleItem("A-1", "Plain", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(5m)))
            .Add(new FeeScheduleItem("A-2", "Full", [RepairCategory.Water, RepairCategory.Gas], FeeUnit.PerHour, Money.Yuan(5m), Money.Yuan(7.5m),
                MaterialPricing.AtCost, defectClass: "plumbing", isUtilityInstallation: true, isMajorWork: true))
            .Build();

        var json = FeeScheduleJson.Save(schedule);

        Assert.Equal("""
            {
              "inForceFrom": "2026-01-01",
              "currency": "CNY",
              "items": [
                {
                  "code": "A-1",
                  "name": "Plain",
                  "categories": [
                    "Unit"
                  ],
                  "unit": "PerItem",
                  "labour": 5,
                  "material": 0
                },
                {
                  "code": "A-2",
                  "name": "Full",
                  "categories": [
                    "Water",
                    "Gas"
                  ],
                  "unit": "PerHour",
                  "labour": 5,
                  "labourMax": 7.5,
                  "material": "at-cost",
                  "defectClass": "plumbing",
                  "utilityInstallation": true,
                  "majorWork": true
                }
              ]
            }
            """.ReplaceLineEndings("\n"), json.ReplaceLineEndings("\n"));
        Assert.Throws<ArgumentNullException>(() => FeeScheduleJson.Save(null!));
        Assert.Throws<ArgumentNullException>(() => FeeScheduleJson.Save(schedule, null!));
    }
}
