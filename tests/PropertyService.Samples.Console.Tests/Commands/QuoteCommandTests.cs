using System.Globalization;
using System.Text.Json;
using PropertyService.Fees;
using PropertyService.Samples.Console.Cli;

namespace PropertyService.Samples.Console.Commands;

public class QuoteCommandTests
{
    private const string Reported = "2026-03-10";

    [Fact]
    public async Task A_schedule_item_is_priced_from_the_sample_schedule_and_its_payer_explained()
    {
        var run = await CliRun.RunAsync("quote", "--item", "W-01", "--reported-on", Reported, "--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Fee schedule: Standard repair fee schedule 2026 (example), in force from 2026-01-01, in CNY", run.Output);
        var line = Assert.Single(run.Lines, l => l.Contains("W-01", StringComparison.Ordinal));
        foreach (var cell in new[] { "Replace tap washer", "¥10.00", "¥2.00", "¥12.00", "Resident", "Unit repair at the schedule price, paid by the resident (RP-04, RP-12)." })
        {
            Assert.Contains(cell, line);
        }

        Assert.Contains("¥12.00", Assert.Single(run.Lines, l => l.Contains("Grand total", StringComparison.Ordinal)));
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Quantities_follow_the_colon_and_the_totals_add_up()
    {
        var quote = await QuoteJsonAsync("--item", "W-01:2", "--item", "E-01", "W-11:1.5");

        Assert.Equal(["W-01", "E-01", "W-11"], quote.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("itemCode").GetString()));
        Assert.Equal([2m, 1m, 1.5m], quote.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("quantity").GetDecimal()));
        // W-01 ×2: 2 × (10 + 2); E-01: 15 + 12; W-11 ×1.5 m: 1.5 × (40 + 20).
        Assert.Equal(24m + 27m + 90m, quote.GetProperty("totals").GetProperty("Resident").GetDecimal());
        Assert.Equal(141m, quote.GetProperty("grandTotal").GetDecimal());
    }

    [Fact]
    public async Task Json_has_each_line_with_labour_material_amount_payer_and_reason()
    {
        var quote = await QuoteJsonAsync("--item", "W-01");

        var line = Assert.Single(quote.GetProperty("lines").EnumerateArray());
        Assert.Equal("10.00", line.GetProperty("labour").GetRawText());
        Assert.Equal("2.00", line.GetProperty("material").GetRawText());
        Assert.Equal("12.00", line.GetProperty("amount").GetRawText());
        Assert.Equal("Resident", line.GetProperty("payer").GetString());
        Assert.Contains("paid by the resident", line.GetProperty("payerReason").GetString());
        Assert.Equal(12m, line.GetProperty("paidBy").GetProperty("Resident").GetDecimal());
        Assert.Equal("2026-03-10", quote.GetProperty("request").GetProperty("reportedOn").GetString());
        Assert.Equal("CNY", quote.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task Common_area_work_is_paid_by_the_property_company_RP06()
    {
        var quote = await QuoteJsonAsync("--category", "CommonArea", "--item", "C-01", "--material-cost", "C-01=80");

        var line = Assert.Single(quote.GetProperty("lines").EnumerateArray());
        Assert.Equal("PropertyCompany", line.GetProperty("payer").GetString());
        Assert.Contains("RP-06", line.GetProperty("payerReason").GetString());
        Assert.Equal(80m, line.GetProperty("material").GetDecimal());
        Assert.Equal(105m, quote.GetProperty("totals").GetProperty("PropertyCompany").GetDecimal());
        Assert.False(quote.GetProperty("totals").TryGetProperty("Resident", out _));
    }

    [Fact]
    public async Task A_utility_companys_meter_is_the_utility_companys_to_pay()
    {
        var quote = await QuoteJsonAsync("--category", "water", "--item", "W-14", "--material-cost", "W-14=150");

        Assert.Equal("UtilityCompany", quote.GetProperty("lines")[0].GetProperty("payer").GetString());
        Assert.Equal(150m, quote.GetProperty("totals").GetProperty("UtilityCompany").GetDecimal());
    }

    [Fact]
    public async Task After_hours_work_adds_the_surcharge_with_its_reason()
    {
        var quote = await QuoteJsonAsync("--item", "E-01", "--after-hours");

        var surcharge = Assert.Single(quote.GetProperty("adjustments").EnumerateArray());
        Assert.Equal((AfterHoursSurchargeRule.RuleName, "Surcharge", 5.40m), (surcharge.GetProperty("rule").GetString(), surcharge.GetProperty("kind").GetString(), surcharge.GetProperty("amount").GetDecimal()));
        Assert.Contains("after hours: 20% surcharge", surcharge.GetProperty("reason").GetString());
        Assert.Equal("2026-03-10T17:30:00", quote.GetProperty("request").GetProperty("workStartsAt").GetString());
        Assert.Equal(32.40m, quote.GetProperty("totals").GetProperty("Resident").GetDecimal());
    }

    [Fact]
    public async Task Resident_supplied_materials_take_the_material_charge_off()
    {
        var run = await CliRun.RunAsync("quote", "--item", "W-01", "--resident-materials", "--reported-on", Reported);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("the resident supplies the materials", run.Output);
        Assert.Contains("-¥2.00", Assert.Single(run.Lines, l => l.Contains(ResidentSuppliedMaterialsRule.RuleName, StringComparison.Ordinal)));
        Assert.Contains("¥10.00", Assert.Single(run.Lines, l => l.Contains("Grand total", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_labour_price_can_be_chosen_within_the_items_range()
    {
        var quote = await QuoteJsonAsync("--item", "W-03", "--unit-labour", "W-03=45");

        Assert.Equal(45m, quote.GetProperty("grandTotal").GetDecimal());
    }

    [Fact]
    public async Task Another_schedule_file_can_be_given()
    {
        using var file = TempFile.WithText("""
            { "name": "Tiny", "inForceFrom": "2026-01-01",
              "items": [ { "code": "X-01", "name": "Tighten a screw", "categories": ["Unit"], "labour": 7 } ] }
            """);

        var quote = await QuoteJsonAsync("--schedule", file.Path, "--item", "X-01:3");

        Assert.Equal("Tiny", quote.GetProperty("schedule").GetProperty("name").GetString());
        Assert.Equal(21m, quote.GetProperty("grandTotal").GetDecimal());
    }

    [Fact]
    public async Task A_missing_schedule_file_exits_with_code_2_and_no_stack_trace()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-schedule-{Guid.NewGuid():N}.json");

        var run = await CliRun.RunAsync("quote", "--schedule", missing, "--item", "W-01");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"The fee schedule {missing} cannot be read: Could not find file", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_bad_schedule_file_exits_with_code_2_and_the_loaders_message()
    {
        using var file = TempFile.WithText("""{ "inForceFrom": "2026-01-01", "items": [ { "code": "X-01", "name": "Tighten", "categories": ["Roof"], "labour": 7 } ] }""");
        var expected = Assert.Throws<FeeScheduleFormatException>(() => FeeScheduleJson.LoadFile(file.Path)).Message;

        var run = await CliRun.RunAsync("quote", "--schedule", file.Path, "--item", "X-01");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"The fee schedule {file.Path} cannot be used: {expected}", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task An_item_not_in_the_schedule_needs_assessment_RP14_and_exits_with_code_2()
    {
        var run = await CliRun.RunAsync("quote", "--item", "W-01", "--item", "X-99", "--reported-on", Reported);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Not in the fee schedule in force on 2026-03-10: X-99.", run.Error);
        Assert.Contains("RP-14", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("--item W-01:abc", "--item: 'W-01:abc': the quantity after ':' must be a positive number")]
    [InlineData("--item W-01:0", "--item: 'W-01:0': the quantity after ':' must be a positive number")]
    [InlineData("--item W-01 --reported-on 10/03/2026", "--reported-on: '10/03/2026' is not a date")]
    [InlineData("--item W-01 --category Roof", "--category: Argument 'Roof' not recognized")]
    [InlineData("--item W-02 --material-cost W-02", "--material-cost: 'W-02' is not CODE=AMOUNT")]
    [InlineData("--item W-01 --material-cost W-02=5", "--material-cost names W-02, which is not among the items")]
    [InlineData("--item C-01", "[RP-12] fees.item-not-for-category (Category): Item C-01 (Replace common-area light fitting) is not quoted for")]
    [InlineData("--item W-01 --reported-on 2025-12-31", "No fee schedule was in force on 2025-12-31")]
    [InlineData("--item W-03 --unit-labour W-03=99", "is outside its range")]
    public async Task Bad_input_exits_with_code_2_and_says_what_is_wrong(string args, string message)
    {
        var run = await CliRun.RunAsync(["quote", "--lang", "en", .. args.Split(' ')]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("en", "Item W-01 (Replace tap washer) is priced per item, so its quantity must be a whole number, but was 1.5.")]
    [InlineData("zh", "项目W-01（Replace tap washer）按件计价，数量须为整数，但填写的是1.5。")]
    public async Task Lang_sets_the_language_of_the_evaluators_rejection(string lang, string message)
    {
        var run = await CliRun.RunAsync("quote", "--item", "W-01:1.5", "--lang", lang);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Theory]
    [InlineData("zh-CN", "数量须为整数")]
    [InlineData("en-US", "must be a whole number")]
    [InlineData("fr-FR", "must be a whole number")]
    public async Task Without_lang_the_language_follows_the_UI_culture(string culture, string message)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var run = await CliRun.RunAsync("quote", "--item", "W-01:1.5");

            Assert.Contains(message, run.Error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static async Task<JsonElement> QuoteJsonAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(["quote", "--format", "json", "--reported-on", Reported, .. args]);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        return document.RootElement.Clone();
    }
}
