using System.Globalization;
using NodaTime;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>Each scenario shipped with the sample runs, and does what it says.</summary>
public class ShippedScenarioTests
{
    private static async Task<ScenarioOutcome> RunAsync(string name) =>
        await ScenarioRunner.RunAsync(
            ScenarioReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "scenarios", name)),
            new ScenarioRunOptions { Culture = CultureInfo.GetCultureInfo("en-US") });

    private static int Count(ScenarioOutcome outcome, string kind, string state) =>
        outcome.Report.States.SingleOrDefault(s => s.Kind == kind && s.State == state)?.Count ?? 0;

    [Fact]
    public async Task The_leaking_tap_closes_by_the_book_and_the_officer_cannot_sign_for_the_owner_RP16()
    {
        var outcome = await RunAsync("leaking-tap.json");

        Assert.Equal(1, Count(outcome, "repair-ticket", "Closed"));
        var refused = Assert.Single(outcome.Timeline, e => e.Kind == TimelineKind.Refused);
        Assert.Equal(("王小明", "RP-16"), (refused.Who, refused.RuleId));
        Assert.All(outcome.Report.Targets, t => Assert.Equal(t.Total, t.Met));
        Assert.Equal([new PayerMoney(Fees.Payer.Resident, 12.0m, 12.0m)], outcome.Report.Money);
        Assert.True(outcome.StoreCheck.IsIntact);
    }

    [Fact]
    public async Task The_night_shift_fixes_one_repair_and_hands_the_other_to_the_morning_CS14_CS15()
    {
        var outcome = await RunAsync("night-shift.json");

        Assert.Equal(2, Count(outcome, "shift-handover", "Completed"));
        Assert.DoesNotContain(outcome.Timeline, e => e.Kind == TimelineKind.Refused);
        var workOrder = Assert.Single(outcome.Report.OpenTimers);
        Assert.Equal(("RT-N2", "RP-09"), (workOrder.AggregateId, workOrder.Target.RuleId));
        Assert.Equal(new LocalDateTime(2026, 11, 28, 8, 33), workOrder.Deadline.InZone(outcome.Scenario.Zone).LocalDateTime);
        Assert.Contains(outcome.Records["RT-N1"], e => e is Repairs.RepairFixedAtNight);
    }

    [Fact]
    public async Task Help_requests_are_owned_escalated_answered_and_declined_HR04_HR05_HR08_HR09()
    {
        var outcome = await RunAsync("help-requests.json");

        Assert.Equal(2, Count(outcome, "help-request", "Closed"));
        Assert.Equal(1, Count(outcome, "help-request", "Declined"));
        Assert.Equal(1, Count(outcome, "help-request", "AwaitingWrittenReply"));
        Assert.DoesNotContain(outcome.Timeline, e => e.Kind == TimelineKind.Refused);
        Assert.Contains(outcome.Timeline, e => e.Kind == TimelineKind.Escalation && e.RuleId == "HR-08");

        // The policy file counts HR-09's two days on the office calendar: Friday afternoon → Tuesday 17:30.
        var reply = Assert.Single(outcome.Report.OpenTimers);
        Assert.Equal(new LocalDateTime(2026, 12, 1, 17, 30), reply.Deadline.InZone(outcome.Scenario.Zone).LocalDateTime);
    }
}
