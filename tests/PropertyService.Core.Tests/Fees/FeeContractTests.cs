using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

/// <summary>
/// What a quote, an evaluation and the evaluator refuse, and the words they say: programmer errors are exceptions that
/// name the argument, rule violations are rejections that name the rule and field.
/// </summary>
public class FeeContractTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 10, 1, 0);

    private static QuoteLine Line(string currency = "CNY", Payer payer = Payer.Resident) =>
        new("W-01", "Replace tap washer", 1m, new Money(10m, currency), Money.Zero(currency), payer, "schedule price");

    private static QuoteAdjustment Adjustment(string currency = "CNY", int? line = null) =>
        new("Test", QuoteAdjustmentKind.Surcharge, new Money(1m, currency), Payer.Resident, "why", line);

    [Fact]
    public void A_quote_refuses_what_cannot_be_a_quote_naming_the_argument()
    {
        static void Throws<T>(string param, string message, Action make)
            where T : ArgumentException
        {
            var ex = Assert.Throws<T>(make);
            Assert.Equal(param, ex.ParamName);
            Assert.StartsWith(message, ex.Message);
        }

        Throws<ArgumentException>("lines", "A quote needs at least one line.", () => new Quote(Request("W-01"), [], []));
        Throws<ArgumentNullException>("lines", "A quote cannot hold a null line.", () => new Quote(Request("W-01"), [null!], []));
        Throws<ArgumentNullException>("lines", "A quote cannot hold a null line.", () => new Quote(Request("W-01"), [Line(), null!], []));
        Throws<ArgumentException>("lines", "Line 'Replace tap washer' is in HKD, but the quote is in CNY.", () => new Quote(Request("W-01"), [Line(), Line("HKD")], []));
        Throws<ArgumentNullException>("adjustments", "A quote cannot hold a null adjustment.", () => new Quote(Request("W-01"), [Line()], [null!]));
        Throws<ArgumentException>("adjustments", "Adjustment 'Test' is in HKD, but the quote is in CNY.", () => new Quote(Request("W-01"), [Line()], [Adjustment("HKD")]));
        Throws<ArgumentException>("adjustments", "Adjustment 'Test' names line 1, but the quote has 1 lines.", () => new Quote(Request("W-01"), [Line()], [Adjustment(line: 1)]));
        Throws<ArgumentException>("assessor", "An assessed quote needs both the assessor and the time of the assessment.", () => new Quote(Request("W-01"), [Line()], [], null, Supervisor, null));
        Assert.Equal(Money.Yuan(11m), new Quote(Request("W-01"), [Line()], [Adjustment(line: 0)]).TotalFor(Payer.Resident));
    }

    [Fact]
    public void A_quote_says_what_each_payer_owes()
    {
        var quote = new Quote(Request("W-01"), [Line(), Line(payer: Payer.PropertyCompany)], []);
        Assert.Equal("Quote ¥20.00: Resident ¥10.00, PropertyCompany ¥10.00", quote.ToString());
        var free = new Quote(Request("W-01"), [new QuoteLine("W-01", "Check", 1m, Money.Zero(), Money.Zero(), Payer.Resident, "free")], []);
        Assert.Equal("Quote ¥0.00: nothing to pay", free.ToString());
        var assessed = new Quote(Request("W-01"), [Line()], [], null, Supervisor, At);
        Assert.Equal("Assessed quote ¥10.00: Resident ¥10.00", assessed.ToString());

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => quote.TotalFor((Payer)Enum.GetValues<Payer>().Length));
        Assert.Equal("payer", ex.ParamName);
        Assert.StartsWith($"payer has the undefined value {Enum.GetValues<Payer>().Length} for Payer.", ex.Message);
    }

    [Fact]
    public void An_empty_evaluation_says_so_and_refuses_to_be_matched()
    {
        var empty = default(FeeEvaluation);
        Assert.Equal("(no answer)", empty.ToString());
        var ex = Assert.Throws<InvalidOperationException>(() => empty.Match(q => 1, r => 2, x => 3));
        Assert.Equal("default(FeeEvaluation) holds no answer.", ex.Message);

        FeeEvaluation quote = new Quote(Request("W-01"), [Line()], []);
        Assert.Equal("onQuote", Assert.Throws<ArgumentNullException>(() => quote.Match<int>(null!, r => 2, x => 3)).ParamName);
        Assert.Equal("onRequiresAssessment", Assert.Throws<ArgumentNullException>(() => quote.Match(q => 1, null!, x => 3)).ParamName);
        Assert.Equal("onRejected", Assert.Throws<ArgumentNullException>(() => quote.Match(q => 1, r => 2, null!)).ParamName);
    }

    [Fact]
    public void The_evaluator_refuses_a_rule_list_with_a_null_or_a_nameless_rule()
    {
        var history = new FeeScheduleHistory(Schedule());
        var withNull = FeeRules.CreateBuiltIn();
        withNull.Add(null!);
        var ex = Assert.Throws<ArgumentNullException>(() => new FeeEvaluator(history, withNull));
        Assert.Equal("rules", ex.ParamName);
        Assert.StartsWith("A fee rule list cannot hold null.", ex.Message);

        var nameless = FeeRules.CreateBuiltIn();
        nameless.Add(new NamelessRule());
        var ex2 = Assert.Throws<ArgumentException>(() => new FeeEvaluator(history, nameless));
        Assert.Equal("rules", ex2.ParamName);
        Assert.StartsWith("The fee rule NamelessRule has no name.", ex2.Message);
    }

    [Fact]
    public void An_assessment_by_a_supervisor_of_another_site_or_in_another_currency_is_refused_RP14()
    {
        var evaluator = new FeeEvaluator(Schedule());
        var other = new Actor("E9", "外站工", new SiteId("GZ-02"), Role.EngineeringSupervisor);
        var lines = new[] { new AssessedLine("Rebuild wall", Money.Yuan(100m), Money.Zero(), Payer.Resident, "Z-99") };
        var r = evaluator.Assess(new FeeAssessment(Request("Z-99"), lines, other, At)).Rejection!;
        Assert.Equal(("fees.assessor-other-site", "RP-14", "Assessor", "外站工 works at site GZ-02, but the repair is at site SZ-VK-01."), (r.Code, r.RuleId, r.Field, r.Message));

        var hkd = new[] { new AssessedLine("Rebuild wall", new Money(100m, "HKD"), Money.Zero("HKD"), Payer.Resident, "Z-99") };
        var c = evaluator.Assess(new FeeAssessment(Request("Z-99"), hkd, Supervisor, At)).Rejection!;
        Assert.Equal(("fees.currency-mismatch", "RP-14", "Labour", "Assessed line 'Rebuild wall' is in HKD, but the fee schedule is in CNY."), (c.Code, c.RuleId, c.Field, c.Message));
    }

    [Fact]
    public void A_handover_before_completion_acceptance_is_impossible_but_the_same_day_is_fine()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WarrantyFacts(new LocalDate(2025, 6, 1), new LocalDate(2025, 5, 31)));
        Assert.Equal("handedOverOn", ex.ParamName);
        Assert.StartsWith("The handover date 2025-05-31 cannot be before the completion-acceptance date 2025-06-01.", ex.Message);
        Assert.Equal(new LocalDate(2025, 6, 1), new WarrantyFacts(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 1)).HandedOverOn);
    }

    private sealed class NamelessRule : IFeeRule
    {
        public string Name => " ";

        public void Apply(FeeRuleContext context)
        {
        }
    }
}
