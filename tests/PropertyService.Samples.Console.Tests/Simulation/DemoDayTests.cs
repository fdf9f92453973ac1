using System.Globalization;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>The demo day: the same seed gives the same day, and every day keeps the rules' invariants.</summary>
public class DemoDayTests
{
    private static readonly LocalDate Day = new(2026, 11, 27);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static Task<ScenarioOutcome> RunAsync(int seed, LocalDate? date = null, string store = "memory", string? database = null) =>
        ScenarioRunner.RunAsync(DemoDay.Create(seed, date ?? Day), new ScenarioRunOptions { Culture = English, Store = store, DatabasePath = database });

    private static string Json(ScenarioOutcome outcome)
    {
        using var writer = new StringWriter();
        ScenarioRenderer.WriteJson(writer, outcome, English);
        return writer.ToString();
    }

    [Fact]
    public async Task The_same_seed_and_date_give_the_same_report_every_run_and_on_either_store()
    {
        using var file = new TempFile();
        var first = Json(await RunAsync(7));
        var second = Json(await RunAsync(7));
        var onDisk = Json(await RunAsync(7, store: "sqlite", database: file.Path));

        Assert.Equal(first, second);
        Assert.Equal(first, onDisk);
        Assert.NotEqual(first, Json(await RunAsync(8)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(11)]
    [InlineData(42)]
    public async Task Every_day_keeps_the_invariants(int seed)
    {
        var outcome = await RunAsync(seed);

        // The demo follows the rules: nothing is refused, and the store's chain is intact.
        Assert.DoesNotContain(outcome.Timeline, e => e.Kind == TimelineKind.Refused);
        Assert.True(outcome.StoreCheck.IsIntact);

        // RP-16, RP-03: every closed ticket was signed off by the resident (or the sign-off overridden) and followed up.
        foreach (var (id, events) in outcome.Records.Where(r => r.Value[0] is RepairReported))
        {
            if (RepairTicket.FromEvents(events).State == RepairState.Closed)
            {
                Assert.Contains(events, e => e is WorkSignedOff or SignOffOverridden);
                Assert.Contains(events, e => e is RepairFollowedUp);
            }
        }

        // Every breach has an escalation of the same record and rule, raised at or before it.
        foreach (var breach in outcome.Timeline.Where(e => e.Kind == TimelineKind.Breach))
        {
            Assert.Contains(outcome.Timeline, e => e.Kind == TimelineKind.Escalation && e.Who == breach.Who && e.RuleId == breach.RuleId && e.At <= breach.At);
        }

        // Money accepted never exceeds money quoted, for any payer.
        Assert.All(outcome.Report.Money, m => Assert.True(m.Accepted <= m.Quoted, $"{m.Payer}: accepted {m.Accepted} > quoted {m.Quoted}"));

        // The four handovers of the day are completed (CS-16 to CS-20).
        Assert.Equal(4, outcome.Records.Values.Count(events => events.Any(e => e is HandoverCompleted)));
    }

    [Fact]
    public async Task The_day_has_every_situation_the_rules_describe()
    {
        var outcome = await RunAsync(1);
        var events = outcome.Records.Values.SelectMany(e => e).ToList();

        Assert.Equal(Enum.GetValues<RepairCategory>().Order(), events.OfType<RepairReported>().Select(r => r.Request.Category).Distinct().Order());
        Assert.Contains(events, e => e is RepairReported { Request.Appointment: not null });
        Assert.Contains(events, e => e is RepairAssessed);
        Assert.Contains(events, e => e is QuoteAccepted);
        Assert.Contains(events, e => e is MaterialsChecked { Result: MaterialCheckResult.Qualified });
        Assert.Contains(events, e => e is MaterialsChecked { Result: MaterialCheckResult.Unqualified });
        Assert.Contains(events, e => e is WorkRejected);
        Assert.Contains(events, e => e is RepairFixedAtNight);
        Assert.Contains(events, e => e is RepairDeferredToMorning);
        Assert.Contains(events, e => e is RepairTakenOverInMorning);
        Assert.Contains(events, e => e is MajorEmergencyReported);
        Assert.Contains(events, e => e is HelpRequestEscalated);
        Assert.Contains(events, e => e is WrittenInquiryRegistered);
        Assert.Contains(events, e => e is HelpRequestDeclined);
        Assert.Contains(outcome.Timeline, e => e.Kind == TimelineKind.Breach);
        Assert.Contains(outcome.Timeline, e => e.Kind == TimelineKind.Escalation && e.Text.Contains("not acknowledged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seeds_bring_a_late_arrival_and_a_missing_tool_on_some_days()
    {
        var days = await Task.WhenAll(Enumerable.Range(1, 12).Select(seed => RunAsync(seed)));
        var rules = days.Select(d => string.Join(",", d.Report.Handovers.Select(h => h.RuleId))).ToList();

        Assert.Contains(rules, r => r.Contains("CS-16", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Contains("CS-18", StringComparison.Ordinal));
        Assert.Contains("", rules);
    }

    [Fact]
    public async Task On_a_make_up_working_day_before_the_Spring_Festival_the_written_reply_is_due_after_the_holiday()
    {
        var outcome = await RunAsync(1, new LocalDate(2026, 2, 14));

        var reply = Assert.Single(outcome.Report.OpenTimers, t => t.Target.RuleId == "HR-09");
        Assert.Equal(new LocalDateTime(2026, 2, 25, 17, 30), reply.Deadline.InZone(outcome.Scenario.Zone).LocalDateTime);
    }

    [Fact]
    public async Task The_demo_runs_twice_on_one_SQLite_file_and_keeps_both_days()
    {
        using var file = new TempFile();
        var first = await RunAsync(3, store: "sqlite", database: file.Path);
        var second = await RunAsync(3, store: "sqlite", database: file.Path);

        Assert.True(second.StoreCheck.IsIntact);
        Assert.Equal(first.StoreCheck.Streams * 2, second.StoreCheck.Streams);
        Assert.All(second.Records.Keys, id => Assert.StartsWith("2.", id, StringComparison.Ordinal));
        Assert.DoesNotContain(second.Timeline, e => e.Kind == TimelineKind.Refused);
        Assert.Equal(first.Report.Events, second.Report.Events);
    }
}
