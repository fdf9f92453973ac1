using NodaTime;
using static PropertyService.Fees.FeeTestData;
using static PropertyService.Utility.UiCulture;

namespace PropertyService.Fees;

/// <summary>The fee evaluator's refusals speak the reader's UI culture, with the repair categories they name in the same language.</summary>
public class FeeRefusalLanguageTests
{
    private readonly FeeEvaluator _evaluator = new(Schedule());

    private static (string Code, string? RuleId, string? Field, string Message) Refusal(string culture, Func<FeeEvaluation> evaluate) =>
        Run(culture, () =>
        {
            var r = evaluate().Rejection!;
            return (r.Code, r.RuleId, r.Field, r.Message);
        });

    [Fact]
    public void An_item_not_for_the_category_names_the_categories_in_the_reader_s_language_RP12()
    {
        FeeEvaluation Evaluate() => _evaluator.Evaluate(Request(RepairCategory.Gas, new QuoteRequestItem("W-01")));

        Assert.Equal(
            ("fees.item-not-for-category", "RP-12", "Category", "项目W-01（Replace tap washer）不适用于供气系统报修，只适用于房屋报修、供水系统报修。"),
            Refusal(Chinese, Evaluate));
        Assert.Equal(
            ("fees.item-not-for-category", "RP-12", "Category", "Item W-01 (Replace tap washer) is not quoted for Gas repairs; it applies to Unit, Water."),
            Refusal(English, Evaluate));
    }

    [Fact]
    public void A_report_with_no_schedule_in_force_is_refused_with_its_date_in_the_reader_s_language_RP12()
    {
        var request = new QuoteRequest(Site, RepairCategory.Unit, new LocalDate(2025, 12, 31), [new QuoteRequestItem("W-01")]);

        Assert.Equal(
            ("fees.no-schedule-in-force", "RP-12", "ReportedOn", "报修当天（2025-12-31）没有生效的维修项目收费标准。"),
            Refusal(Chinese, () => _evaluator.Evaluate(request)));
        Assert.Equal(
            ("fees.no-schedule-in-force", "RP-12", "ReportedOn", "No fee schedule was in force on 2025-12-31, the day the repair was reported."),
            Refusal(English, () => _evaluator.Evaluate(request)));
    }

    [Fact]
    public void Only_the_engineering_supervisor_assesses_and_the_refusal_says_so_in_the_reader_s_language_RP14()
    {
        var officer = new Actor("O1", "王客服", Site, Role.Officer);
        var assessment = new FeeAssessment(Request("X-99"), [new AssessedLine("Rebuild wall", Money.Yuan(300m), Money.Zero(), Payer.Resident)], officer, Instant.FromUtc(2026, 3, 10, 2, 0));

        Assert.Equal(
            ("fees.assessor-not-engineering-supervisor", "RP-14", "Assessor", "王客服不是工程管理部主管；收费标准以外的维修只能由工程管理部主管进行收费评审（RP-03、RP-14）。"),
            Refusal(Chinese, () => _evaluator.Assess(assessment)));
        Assert.Equal(
            ("fees.assessor-not-engineering-supervisor", "RP-14", "Assessor", "王客服 is not an engineering supervisor; only the engineering supervisor assesses fees for work not in the schedule (RP-03, RP-14)."),
            Refusal(English, () => _evaluator.Assess(assessment)));
    }
}
