using NodaTime;
using static PropertyService.Fees.FeeTestData;

namespace PropertyService.Fees;

public class RequiresAssessmentTests
{
    [Fact]
    public void The_answer_lists_each_unscheduled_code_once_and_says_who_must_assess_RP14()
    {
        var answer = new RequiresAssessment(Request("Z-1"), ["Z-1", "Z-2", "Z-1"]);

        Assert.Equal(["Z-1", "Z-2"], answer.UnscheduledItemCodes);
        Assert.Equal("RP-14", RequiresAssessment.RuleId);
        Assert.Equal("Not in the fee schedule in force on 2026-03-10: Z-1, Z-2. The engineering supervisor must assess whether it can be done and what it costs (RP-14).", answer.Message);
        Assert.Equal(answer.Message, answer.ToString());
        Assert.Equal(answer.Message, ((FeeEvaluation)answer).ToString());
    }

    [Fact]
    public void The_answer_needs_a_request_and_at_least_one_code()
    {
        Assert.Equal("At least one unscheduled item code is needed. (Parameter 'unscheduledItemCodes')",
            Assert.Throws<ArgumentException>(() => new RequiresAssessment(Request("Z-1"), [])).Message);
        Assert.Equal("An unscheduled item code cannot be null. (Parameter 'unscheduledItemCodes')",
            Assert.Throws<ArgumentNullException>(() => new RequiresAssessment(Request("Z-1"), ["Z-1", null!])).Message);
        Assert.Throws<ArgumentNullException>(() => new RequiresAssessment(null!, ["Z-1"]));
    }

    [Fact]
    public void An_assessment_needs_a_line_none_null_and_an_assessor()
    {
        var at = Instant.FromUtc(2026, 3, 10, 1, 0);
        var line = new AssessedLine("Rebuild wall", Money.Yuan(100m), Money.Zero());

        Assert.Equal("A fee assessment needs at least one assessed line. (Parameter 'lines')",
            Assert.Throws<ArgumentException>(() => new FeeAssessment(Request("Z-1"), [], Supervisor, at)).Message);
        Assert.Equal("A fee assessment cannot hold a null line. (Parameter 'lines')",
            Assert.Throws<ArgumentNullException>(() => new FeeAssessment(Request("Z-1"), [line, null!], Supervisor, at)).Message);
        Assert.Throws<ArgumentNullException>(() => new FeeAssessment(Request("Z-1"), [line], null!, at));
        var assessment = new FeeAssessment(Request("Z-1"), [line], Supervisor, at);
        Assert.Equal((Supervisor, at, line), (assessment.Assessor, assessment.AssessedAt, assessment.Lines[0]));
    }

    [Fact]
    public void An_assessed_line_trims_its_texts_and_keeps_one_currency()
    {
        var line = new AssessedLine(" Rebuild wall ", Money.Yuan(100m), Money.Yuan(5m), Payer.PropertyCompany, " Z-1 ");

        Assert.Equal(("Rebuild wall", "Z-1", Payer.PropertyCompany), (line.Description, line.ItemCode, line.Payer));
        Assert.Null(new AssessedLine("x", Money.Yuan(1m), Money.Zero(), itemCode: " ").ItemCode);
        Assert.Equal("Assessed line 'x' mixes CNY labour and HKD material. (Parameter 'material')",
            Assert.Throws<ArgumentException>(() => new AssessedLine("x", Money.Yuan(1m), new Money(1m, "HKD"))).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AssessedLine("x", Money.Yuan(1m), Money.Zero(), (Payer)8));
    }
}
