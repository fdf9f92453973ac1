using NodaTime;
using PropertyService.Repairs;
using PropertyService.Storage;
using PropertyService.Storage.Serialization;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Sla;

/// <summary>
/// <see cref="SlaReplay"/>: a recorded history projected under the SLA configuration in force and under another, and the
/// outcomes compared target by target and aggregate by aggregate.
/// </summary>
public sealed partial class SlaReplayTests
{
    private static readonly Actor OtherOfficer = new("O9", "外站客服", SlaReplayHistories.OtherSite, Role.Officer);
    private static readonly Actor OtherSupervisor = new("ES9", "外站工程主管", SlaReplayHistories.OtherSite, Role.EngineeringSupervisor);
    private static readonly Actor OtherTechnician = new("T9", "外站师傅", SlaReplayHistories.OtherSite, Role.Technician);

    private static readonly SlaTracker Default = new([SlaDefaults.Policy]);

    [Fact]
    public void A_shorter_arrival_target_RP12_turns_a_7_minute_arrival_into_a_late_one_and_an_open_timer_overdue()
    {
        // RT-1: collected at 10:04, the technician on site at 10:11. RT-2: collected at 10:04, nobody there at 10:12.
        var rt1 = Ticket("RT-1", 0, 2, 3, 4, 5, 11);
        var rt2 = Ticket("RT-2", 0, 2, 3, 4, 5);
        var after = new SlaTracker([SlaDefaults.Policy.WithTarget(SlaReplayHistories.Minutes(SlaDefaults.ArrivalTarget, 5))]);

        var result = new SlaReplay(Default, after).Run(Interleave(rt1, rt2), At(12));

        Assert.Equal((rt1.Count + rt2.Count, 2), (result.EventCount, result.AggregateCount));
        Assert.Equal(
            [
                ("RT-1", SlaOutcome.Met, SlaOutcome.MetLate, At(14), At(9)),
                ("RT-2", SlaOutcome.Open, SlaOutcome.Overdue, At(14), At(9)),
            ],
            result.Changes.Select(c => (c.AggregateId, c.BeforeOutcome, c.AfterOutcome, c.Before!.Deadline, c.After!.Deadline)));
        Assert.All(result.Changes, c => Assert.Equal((Site, SlaDefaults.ArrivalTarget, "RP-12"), (c.Site, c.TargetName, c.RuleId)));
        Assert.Equal((SlaTimerState.Met, SlaTimerState.Breached), (result.Changes[0].Before!.State, result.Changes[0].After!.State));

        var arrival = result.Targets.Single(t => t.Name == SlaDefaults.ArrivalTarget);
        Assert.Equal((2, 1, 0, 0, 1, 0, 1.0), Counts(arrival.Before));
        Assert.Equal((2, 0, 1, 1, 0, 0, 0.0), Counts(arrival.After));
        Assert.Equal((2, 2, 2), (arrival.Before.Breached + arrival.After.Breached, arrival.Changes, arrival.DeadlinesMoved));
        Assert.Equal("2 timers: 1 met, 0 met late, 0 overdue, 1 open, 0 cancelled (on time 100.0 %)", arrival.Before.ToString());

        // The other targets are untouched: RP-09's two timers met on time under both.
        var workOrder = result.Targets.Single(t => t.Name == SlaDefaults.WorkOrderTarget);
        Assert.Equal((2, 2, 0, 0, 0, 0, 1.0), Counts(workOrder.After));
        Assert.Equal((0, 0), (workOrder.Changes, workOrder.DeadlinesMoved));
    }

    [Fact]
    public void Every_target_of_both_configurations_is_reported_in_policy_order_even_without_timers()
    {
        var result = new SlaReplay(Default, Default).Run([], At(0));

        Assert.Equal(SlaDefaults.Policy.Targets.Select(t => (t.Name, t.RuleId)), result.Targets.Select(t => (t.Name, t.RuleId)));
        Assert.All(result.Targets, t => Assert.Equal((0, 0, (double?)null), (t.Before.Timers, t.After.Timers, t.After.OnTimeRate)));
        Assert.Empty(result.Changes);
        Assert.Equal((0L, 0), (result.EventCount, result.AggregateCount));
    }

    [Fact]
    public void A_moved_deadline_that_keeps_the_outcome_is_counted_but_is_not_a_change()
    {
        var after = new SlaTracker([SlaDefaults.Policy.WithTarget(SlaReplayHistories.Minutes(SlaDefaults.ArrivalTarget, 8))]);

        var result = new SlaReplay(Default, after).Run(Ticket("RT-1", 0, 2, 3, 4, 5, 11), At(30));

        var arrival = result.Targets.Single(t => t.Name == SlaDefaults.ArrivalTarget);
        Assert.Equal((1, 1, 0, 1), (arrival.Before.Met, arrival.After.Met, arrival.Changes, arrival.DeadlinesMoved));
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void A_target_that_starts_under_one_configuration_only_changes_from_or_to_none()
    {
        // After: no RP-09 notification target, and a new one: the work order within 1 minute of the report.
        var quick = new SlaTarget("work order within a minute", "RP-09", SlaTrigger.On<RepairReported>(), SlaTrigger.On<WorkOrderIssued>(), SlaDeadline.After(Duration.FromMinutes(1)));
        var after = new SlaTracker([new SlaPolicy("site", SlaDefaults.Policy.Targets.Where(t => t.Name != SlaDefaults.NotifyEngineeringTarget).Append(quick))]);

        var result = new SlaReplay(Default, after).Run(Ticket("RT-1", 0, 2, 3), At(30));

        Assert.Equal(
            [(SlaDefaults.NotifyEngineeringTarget, SlaOutcome.Met, SlaOutcome.None), ("work order within a minute", SlaOutcome.None, SlaOutcome.MetLate)],
            result.Changes.Select(c => (c.TargetName, c.BeforeOutcome, c.AfterOutcome)));
        Assert.Null(result.Changes[0].After);
        Assert.Null(result.Changes[1].Before);

        // The new target comes after the default ones, with no timers before.
        var last = result.Targets[^1];
        Assert.Equal(("work order within a minute", 0, 1), (last.Name, last.Before.Timers, last.After.MetLate));
        Assert.Equal(SlaDefaults.Policy.Targets.Count + 1, result.Targets.Count);
    }

    [Fact]
    public void The_same_identifier_at_two_sites_is_two_aggregates()
    {
        var here = Ticket("RT-1", 0, 2, 3, 4, 5, 11);
        var there = Ticket("RT-1", 1, 2, 3, 4, 5, 20, OtherOfficer, OtherSupervisor, OtherTechnician);
        var after = new SlaTracker([SlaDefaults.Policy.WithTarget(SlaReplayHistories.Minutes(SlaDefaults.ArrivalTarget, 5))]);

        var result = new SlaReplay(Default, after).Run(Interleave(here, there), At(30));

        // RT-1 here arrived 7 minutes after collection, RT-1 there 16 minutes after: only the first changes.
        Assert.Equal(2, result.AggregateCount);
        var change = Assert.Single(result.Changes);
        Assert.Equal((Site, "RT-1", SlaOutcome.Met, SlaOutcome.MetLate), (change.Site, change.AggregateId, change.BeforeOutcome, change.AfterOutcome));
        var arrival = result.Targets.Single(t => t.Name == SlaDefaults.ArrivalTarget);
        Assert.Equal((1, 1, 2), (arrival.Before.Met, arrival.Before.MetLate, arrival.After.MetLate));
    }

    [Theory]
    [InlineData(new[] { 2 }, 0, 2, 1)]          // the first event is not version 1
    [InlineData(new[] { 1, 2, 4 }, 2, 4, 3)]    // a gap
    [InlineData(new[] { 1, 3, 2 }, 1, 3, 2)]    // out of order
    [InlineData(new[] { 1, 2, 2 }, 2, 2, 3)]    // repeated
    public void Each_aggregates_events_must_come_in_version_order_from_1_without_gaps(int[] versions, int index, int version, int expected)
    {
        var events = Ticket("RT-1", 0, 2, 3, 4);
        var history = Interleave(Ticket("RT-2", 0, 2), versions.Select(v => events[v - 1]).ToList());
        var at = history.Select((e, i) => (e, i)).Where(x => x.e.AggregateId == "RT-1").ElementAt(index).i;

        var e = Assert.Throws<ArgumentException>(() => new SlaReplay(Default, Default).Run(history, At(30)));

        Assert.Equal("events", e.ParamName);
        Assert.Contains($"events[{at}]", e.Message, StringComparison.Ordinal);
        Assert.Contains($"aggregate RT-1 at site {Site} has version {version}, but version {expected} was expected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_event_or_argument_is_refused()
    {
        var history = Ticket("RT-1", 0, 2).Append(null!).ToList();
        Assert.Contains("events[2] is null", Assert.Throws<ArgumentNullException>(() => new SlaReplay(Default, Default).Run(history, At(0))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new SlaReplay(Default, Default).Run(null!, At(0)));
        Assert.Throws<ArgumentNullException>(() => new SlaReplay(null!, Default));
        Assert.Throws<ArgumentNullException>(() => new SlaReplay(Default, null!));
    }

    [Fact]
    public void Progress_is_reported_every_65536_events_and_at_the_end_and_a_cancelled_replay_stops()
    {
        var reports = new List<long>();
        var history = LongTicket(140_000);
        var result = new SlaReplay(Default, Default).Run(history, At(60), new Recorder(reports.Add));

        Assert.Equal([65_536, 131_072, 140_000], reports);
        Assert.Equal((140_000L, 1), (result.EventCount, result.AggregateCount));

        using var cancel = new CancellationTokenSource();
        reports.Clear();
        var replay = new SlaReplay(Default, Default);
        Assert.Throws<OperationCanceledException>(() => replay.Run(history, At(60), new Recorder(n => { reports.Add(n); cancel.Cancel(); }), cancel.Token));
        Assert.Equal([65_536], reports);
    }

    [Fact]
    public async Task A_site_exported_as_json_lines_replays_as_its_events_do()
    {
        var store = new InMemoryEventStore();
        var rt1 = Ticket("RT-1", 0, 2, 3, 4, 5, 11);
        var rt2 = Ticket("RT-2", 1, 6, 7, 8);
        foreach (var e in Interleave(rt1, rt2))
        {
            await store.AppendAsync(Site, e.AggregateId, e.Version - 1, [e]);
        }

        using var export = new MemoryStream();
        await EventJsonLines.ExportSiteAsync(store, Site, export);
        export.Position = 0;
        var replay = new SlaReplay(Default, new SlaTracker([SlaDefaults.Policy.WithTarget(SlaReplayHistories.Minutes(SlaDefaults.ArrivalTarget, 5))]));

        var fromFile = replay.Run(EventJsonLines.Read(export).Select(l => l.Event), At(15));
        var fromEvents = replay.Run(Interleave(rt1, rt2), At(15));

        Assert.Equal(fromEvents.Targets.Select(t => t.ToString()), fromFile.Targets.Select(t => t.ToString()));
        Assert.Equal(fromEvents.Changes.Select(c => c.ToString()), fromFile.Changes.Select(c => c.ToString()));
        Assert.Equal(2, fromFile.Changes.Count);
    }

    private static Instant At(int minutes) => Start + Duration.FromMinutes(minutes);

    /// <summary>A ticket reported at <paramref name="reported"/> minutes, then issued, notified, collected, assigned, on site, completed at the minutes given.</summary>
    private static List<DomainEvent> Ticket(string id, int reported, params int[] steps) => Ticket(id, reported, steps, Officer, EngineeringSupervisor, Technician);

    private static List<DomainEvent> Ticket(string id, int reported, int a, int b, int c, int d, int e, Actor officer, Actor supervisor, Actor technician) =>
        Ticket(id, reported, [a, b, c, d, e], officer, supervisor, technician);

    private static List<DomainEvent> Ticket(string id, int reported, int[] steps, Actor officer, Actor supervisor, Actor technician)
    {
        var (t, events) = RepairTicket.Report(id, Request("S-01"), officer, At(reported)).Value;
        var history = events.ToList();
        var numbers = new InMemoryWorkOrderNumberSource();
        var commands = new Func<Instant, Result<IReadOnlyList<DomainEvent>>>[]
        {
            at => t.IssueWorkOrder(officer, numbers, at),
            at => t.NotifyEngineering(officer, at),
            at => t.Collect(supervisor, t.CreateQuoteRequest(Zone), FakeFeeEvaluator.Instance, at),
            at => t.Assign(supervisor, technician, at),
            at => t.Arrive(technician, at),
            at => t.CompleteWork(technician, null, at),
        };
        for (var i = 0; i < steps.Length; i++)
        {
            history.AddRange(Ok(commands[i](At(steps[i]))));
        }

        return history;
    }

    /// <summary>The events of both lists, alternating while both have some, each list's order kept.</summary>
    private static List<DomainEvent> Interleave(List<DomainEvent> first, List<DomainEvent> second) =>
        [.. Enumerable.Range(0, Math.Max(first.Count, second.Count)).SelectMany(i => first.Skip(i).Take(1).Concat(second.Skip(i).Take(1)))];

    /// <summary>A ticket of <paramref name="count"/> events: reported, then notes of extra work (the replay checks versions, not workflows).</summary>
    private static List<DomainEvent> LongTicket(int count) =>
        [new RepairReported("RT-1", 1, At(0), Officer, Request("S-01"), Site, LogBook.ContactRegister),
         .. Enumerable.Range(2, count - 1).Select(v => new ExtraWorkReported("RT-1", v, At(1), Technician, "More work"))];

    private static (int Timers, int Met, int MetLate, int Overdue, int Open, int Cancelled, double? OnTime) Counts(SlaOutcomeCounts c) =>
        (c.Timers, c.Met, c.MetLate, c.Overdue, c.Open, c.Cancelled, c.OnTimeRate);

    /// <summary>Reports progress on the calling thread, as it happens (unlike <see cref="Progress{T}"/>).</summary>
    private sealed class Recorder(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
