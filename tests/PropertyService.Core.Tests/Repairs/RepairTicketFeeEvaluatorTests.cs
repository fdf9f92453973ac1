using NodaTime;
using PropertyService.Fees;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Repairs;

/// <summary>The repair workflow on the library's own <see cref="FeeEvaluator"/> and a real fee schedule.</summary>
public class RepairTicketFeeEvaluatorTests
{
    private static readonly FeeEvaluator Fees = new(
        FeeSchedule.CreateBuilder(new LocalDate(2026, 1, 1))
            .Add(new FeeScheduleItem("W-01", "Replace tap washer", [RepairCategory.Unit], FeeUnit.PerItem, Money.Yuan(20), material: Money.Yuan(5)))
            .Build());

    private readonly RepairFixture _f = new();

    private RepairTicket Collected(params string[] codes)
    {
        var t = _f.AwaitingCollection(Request(codes));
        Ok(t.Collect(Technician, t.CreateQuoteRequest(Zone), Fees, _f.Now));
        return t;
    }

    [Fact]
    public void Schedule_item_is_priced_by_the_schedule_and_owed_without_assessment_RP12_CS08()
    {
        var t = Collected("W-01");
        Assert.Equal(RepairState.ReadyToAssign, t.State);
        Assert.False(t.ScheduleQuote!.IsAssessed);
        Assert.Equal(t.ScheduleQuote.TotalFor(Payer.Resident), t.ResidentOwes);
        Assert.False(t.ResidentOwes.IsZero);
    }

    [Fact]
    public void Item_not_in_the_schedule_is_assessed_then_accepted_RP14_CS03()
    {
        var t = Collected("W-01", "Z-99");
        Assert.Equal(RepairState.AwaitingAssessment, t.State);
        Ok(t.Assess(EngineeringSupervisor, [new AssessedLine("Re-route drain pipe", Money.Yuan(180), Money.Yuan(60), Payer.Resident, "Z-99")], Fees, _f.Now));
        Assert.True(t.PendingQuote!.IsAssessed);
        Assert.True(t.ResidentOwes.IsZero);
        Ok(t.AcceptQuote(Officer, Owner, QuoteAnswerChannel.Phone, _f.Now));
        Assert.Equal(t.AcceptedQuote!.TotalFor(Payer.Resident), t.ResidentOwes);
        Assert.True(t.ResidentOwes >= Money.Yuan(240));
    }

    [Fact]
    public void Assessment_that_leaves_an_unscheduled_item_unpriced_is_refused_by_the_evaluator_RP14()
    {
        var t = Collected("Z-99");
        var before = t.Version;
        var r = Rejected(t.Assess(EngineeringSupervisor, [new AssessedLine("Something else", Money.Yuan(10), Money.Yuan(0))], Fees, _f.Now));
        Assert.Equal("RP-14", r.RuleId);
        Assert.Equal((RepairState.AwaitingAssessment, before), (t.State, t.Version));
    }
}
