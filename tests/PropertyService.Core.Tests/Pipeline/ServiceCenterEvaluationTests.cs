using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;
using PropertyService.Storage;
using static PropertyService.Repairs.RepairFixture;

namespace PropertyService.Pipeline;

/// <summary>
/// <see cref="ServiceCenter.Evaluate"/>: one aggregate from its history alone, as a due-queue shared by several hosts
/// evaluates it. Evaluating each stream whenever it is polled and delivering only what was not delivered before (by key)
/// raises exactly what one host publishing everything and polling raises.
/// </summary>
public sealed class ServiceCenterEvaluationTests
{
    private static Instant At(int minutes, int seconds = 0) => Start + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    private static ServiceCenter Center() => new ServiceCenterRestoreTests.Host(null).Center;

    private static IReadOnlyList<DomainEvent> Reported(string id = "RT-1", int minute = 0) =>
        RepairTicket.Report(id, Request("S-01"), Officer, At(minute)).Value.Events;

    [Fact]
    public void A_reported_ticket_left_alone_warns_RP09_then_breaches_then_climbs_and_says_when_next()
    {
        var center = Center();
        var history = Reported();
        var early = center.Evaluate(history, At(2));
        Assert.Empty(early.Alerts);
        Assert.Empty(early.Notices);
        Assert.Equal(At(2, 15), early.NextDue); // 75 % of RP-09's 3 minutes
        Assert.Equal((Site, "RT-1", 1, At(2)), (early.Site, early.AggregateId, early.Version, early.AsOf));

        var late = center.Evaluate(history, At(14));
        Assert.Equal(["SlaWarningRaised " + At(2, 15), "SlaBreached " + At(3)], late.Alerts.Select(a => $"{a.GetType().Name} {a.DueAt}"));
        Assert.Equal([(1, false, At(2, 15)), (2, false, At(3)), (3, true, At(13))], late.Notices.Select(n => (n.Level.Value, n.Climbed, n.DueAt)));
        Assert.Equal($"warning/{SlaDefaults.WorkOrderTarget}/{At(2, 15).ToUnixTimeTicks()}", StreamEvaluation.KeyOf(late.Alerts[0]));
        Assert.Equal($"notice/sla/RT-1/{SlaDefaults.WorkOrderTarget}/3", StreamEvaluation.KeyOf(late.Notices[2]));
        Assert.Empty(center.Escalations.Cases(Site)); // the service center's own state is untouched
        Assert.Empty(center.Timers(Site, "RT-1", At(14)));
    }

    [Fact]
    public void An_acknowledgement_stops_the_climb_from_its_instant()
    {
        var center = Center();
        var history = Reported();
        var cause = $"sla/RT-1/{SlaDefaults.WorkOrderTarget}";
        var supervisor = new Actor("S1", "主管", Site, Role.ServiceSupervisor);
        var unacknowledged = center.Evaluate(history, At(60));
        var acknowledged = center.Evaluate(history, At(60), [new EscalationAcknowledgement(cause, new EscalationLevel(2), ServiceManager, At(5))]);
        Assert.True(unacknowledged.Notices.Count > 2);
        Assert.Equal([1, 2], acknowledged.Notices.Select(n => n.Level.Value));
        Assert.Null(acknowledged.NextDue);

        // One the board refuses (unknown cause, or someone who may not) changes nothing.
        var ignored = center.Evaluate(history, At(60), [new EscalationAcknowledgement("no-such-cause", EscalationLevel.Supervisor, supervisor, At(5))]);
        Assert.Equal(unacknowledged.Notices.Select(StreamEvaluation.KeyOf), ignored.Notices.Select(StreamEvaluation.KeyOf));
    }

    [Fact]
    public async Task Acknowledge_decides_from_the_history_as_the_live_pipeline_decides()
    {
        var center = Center();
        var history = Reported();
        var cause = $"sla/RT-1/{SlaDefaults.WorkOrderTarget}";
        foreach (var (actor, at) in new[] { (Officer, At(5)), (ServiceManager, At(2)), (ServiceManager, At(5)), (ServiceManager, At(30)) })
        {
            var fromHistory = center.Acknowledge(history, [], cause, actor, at);
            var fresh = new ServiceCenterRestoreTests.Host(null).Center;
            await fresh.PublishAsync(history);
            var fromPipeline = await fresh.AcknowledgeAsync(Site, cause, actor, at);
            Assert.Equal(fromPipeline.IsSuccess, fromHistory.IsSuccess);
            Assert.Equal(fromPipeline.Rejection?.Code, fromHistory.Rejection?.Code);
            Assert.Equal(fromPipeline.IsSuccess ? fromPipeline.Value.Level : default, fromHistory.IsSuccess ? fromHistory.Value.Level : default);
        }

        var first = center.Acknowledge(history, [], cause, ServiceManager, At(5));
        Assert.Equal(new EscalationLevel(2), first.Value.Level);
        Assert.Equal(EscalationRejectionCodes.AlreadyAcknowledged, center.Acknowledge(history, [first.Value], cause, ServiceManager, At(6)).Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.Unknown, center.Acknowledge(history, [], "no-such-cause", ServiceManager, At(6)).Rejection!.Code);
        Assert.Equal(EscalationRejectionCodes.Unknown, center.Acknowledge(history, [], cause, ServiceManager, At(1)).Rejection!.Code); // nothing escalated yet
        Assert.Throws<ArgumentNullException>(() => center.Acknowledge(history, [], null!, ServiceManager, At(6)));
        Assert.Throws<ArgumentNullException>(() => center.Acknowledge(history, [], cause, null!, At(6)));
    }

    [Fact]
    public void A_history_that_is_not_one_aggregate_from_version_one_is_refused()
    {
        var center = Center();
        var one = Reported("RT-1");
        var two = Reported("RT-2");
        Assert.Throws<ArgumentNullException>(() => center.Evaluate(null!, At(1)));
        Assert.Throws<ArgumentException>(() => center.Evaluate([], At(1)));
        Assert.Throws<ArgumentNullException>(() => center.Evaluate([null!], At(1)));
        Assert.Throws<ArgumentException>(() => center.Evaluate([one[0], two[0]], At(1)));
        var ticket = RepairTicket.FromEvents(one);
        var issued = Ok(ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), At(1)));
        Assert.Throws<ArgumentException>(() => center.Evaluate(issued, At(2)));
        Assert.Throws<ArgumentNullException>(() => center.Evaluate(one, At(2), [null!]));
        Assert.Equal(2, center.Evaluate([.. one, .. issued], At(2)).Version);
    }

    [Fact]
    public void Acknowledgements_apply_in_time_order_between_the_events_whatever_order_they_come_in()
    {
        var center = Center();
        var ticket = RepairTicket.Report("RT-1", Request("S-01"), Officer, At(0)).Value.Aggregate;
        var issuedLate = Ok(ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), At(20))); // after the climb at 13 minutes
        IReadOnlyList<DomainEvent> history = [.. ticket.Events];
        var cause = $"sla/RT-1/{SlaDefaults.WorkOrderTarget}";
        var atFive = new EscalationAcknowledgement(cause, new EscalationLevel(2), ServiceManager, At(5));
        var atThirty = new EscalationAcknowledgement(cause, new EscalationLevel(3), SiteManager, At(30));

        // The acknowledgement at 5 minutes comes before the event at 20: the climb at 13 never happens.
        int[] Levels(params EscalationAcknowledgement[] acks) =>
            [.. center.Evaluate(history, At(60), acks).Notices.Where(n => n.Cause == cause).Select(n => n.Level.Value)];
        Assert.Equal([1, 2, 3], Levels());
        Assert.Equal([1, 2], Levels(atFive));
        Assert.Equal([1, 2], Levels(atThirty, atFive));
        Assert.NotEmpty(issuedLate);

        // Deciding one at 5 minutes sees the history up to then only: the later event does not make it too late.
        var decided = center.Acknowledge(history, [], cause, ServiceManager, At(5));
        Assert.True(decided.IsSuccess, decided.ToString());
        Assert.Throws<ArgumentException>(() => center.Acknowledge([], [], cause, ServiceManager, At(5)));
    }

    [Fact]
    public void A_rule_failure_is_reported_with_the_evaluation_that_met_it_only()
    {
        var failing = new ThrowingRule("RT-BAD");
        var center = new ServiceCenter(
            new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
            [failing, .. EscalationRules.CreateBuiltIn()], [], []);

        var bad = center.Evaluate(Reported("RT-BAD"), At(5));
        var good = center.Evaluate(Reported("RT-1"), At(5));

        Assert.Equal(("rule", nameof(ThrowingRule), "RT-BAD"), (bad.Failures[0].Component, bad.Failures[0].Name, bad.Failures[0].AggregateId));
        Assert.Empty(good.Failures);
        Assert.Equal(good.Notices.Select(n => n.Level), bad.Notices.Select(n => n.Level)); // the other rules still ran
        Assert.Empty(center.TakeFailures()); // the service center's own failures are not touched
    }

    [Fact]
    public async Task RaiseAsync_counts_logs_and_delivers_in_order_what_a_queue_raised()
    {
        var host = new ServiceCenterRestoreTests.Host(null);
        var evaluation = host.Center.Evaluate(Reported(), At(14));

        await host.Center.RaiseAsync(evaluation.Alerts, evaluation.Notices);

        Assert.Equal(evaluation.Notices.Select(StreamEvaluation.KeyOf), host.Notifier.Notices.Select(StreamEvaluation.KeyOf));
        Assert.Equal(2, host.Alerts.Count);
        Assert.Contains(host.Alerts, a => a.Contains("breach", StringComparison.OrdinalIgnoreCase));
        Assert.Throws<ArgumentNullException>(() => host.Center.RaiseAsync(null!, []));
        Assert.Throws<ArgumentNullException>(() => host.Center.RaiseAsync([], null!));
        Assert.Throws<ArgumentNullException>(() => host.Center.RaiseAsync([null!], []));
        Assert.Throws<ArgumentNullException>(() => host.Center.RaiseAsync([], [null!]));
    }

    [Fact]
    public void Keys_name_the_kind_target_and_instant_or_the_cause_and_level()
    {
        var evaluation = Center().Evaluate(Reported(), At(14));

        Assert.Equal($"breach/{SlaDefaults.WorkOrderTarget}/{At(3).ToUnixTimeTicks()}", StreamEvaluation.KeyOf(evaluation.Alerts[1]));
        Assert.Equal($"notice/sla/RT-1/{SlaDefaults.WorkOrderTarget}/1", StreamEvaluation.KeyOf(evaluation.Notices[0]));
        Assert.Throws<ArgumentNullException>(() => StreamEvaluation.KeyOf((SlaAlert)null!));
        Assert.Throws<ArgumentNullException>(() => StreamEvaluation.KeyOf((EscalationNotice)null!));
    }

    [Fact]
    public void A_bad_history_is_refused_with_what_is_wrong_with_it()
    {
        var center = Center();
        var one = Reported("RT-1");
        var ticket = RepairTicket.FromEvents(one);
        var issued = Ok(ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), At(1)));
        var otherSite = RepairTicket.Report("RT-1", Request("S-01"), OtherSiteOfficer, At(0)).Value.Events;

        Assert.Contains("is empty", Assert.Throws<ArgumentException>(() => center.Evaluate([], At(1))).Message, StringComparison.Ordinal);
        Assert.Contains("history[0] is null", Assert.Throws<ArgumentNullException>(() => center.Evaluate([null!], At(1))).Message, StringComparison.Ordinal);
        Assert.Contains("history[1] is null", Assert.Throws<ArgumentNullException>(() => center.Evaluate([one[0], null!], At(1))).Message, StringComparison.Ordinal);
        Assert.Contains("history[1] belongs to RT-1 at site GZ-02", Assert.Throws<ArgumentException>(() => center.Evaluate([one[0], otherSite[0]], At(1))).Message, StringComparison.Ordinal);
        Assert.Contains("history[0] (WorkOrderIssued) has version 2", Assert.Throws<ArgumentException>(() => center.Evaluate(issued, At(2))).Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingRule(string aggregateId) : IEscalationRule
    {
        public void OnEvent(DomainEvent e, EscalationContext context)
        {
            if (e.AggregateId == aggregateId)
            {
                throw new InvalidOperationException("broken rule");
            }
        }
    }

    [Property(MaxTest = 50)]
    public Property Evaluating_each_stream_at_each_poll_and_delivering_by_key_raises_what_one_host_raises() =>
        Prop.ForAll(ServiceCenterRestoreTests.Days.ToArbitrary(), day => Agrees(day).GetAwaiter().GetResult());

    private static async Task<Property> Agrees(ServiceCenterRestoreTests.Day day)
    {
        var end = Start + Duration.FromSeconds(ServiceCenterRestoreTests.EndSecond);
        var store = new InMemoryEventStore();
        var twin = new ServiceCenterRestoreTests.Host(store);
        await ServiceCenterRestoreTests.RunAsync(twin, day.Steps);
        var last = await twin.PollAsync(end);

        // The queue's way: at every poll, each stream with events so far is evaluated, and only new keys are delivered.
        var center = Center();
        var raised = new Dictionary<string, HashSet<string>>();
        var notices = new List<string>();
        var alerts = new List<string>();
        var polls = day.Steps.Where(s => s.Command is null).Select(s => Start + Duration.FromSeconds(s.Second)).Append(end);
        foreach (var now in polls)
        {
            foreach (var id in new[] { "RT-1", "RT-2", "RT-3" })
            {
                var history = (await store.ReadAsync(Site, id)).Select(s => s.Event).Where(e => e.OccurredAt <= now).ToArray();
                if (history.Length == 0)
                {
                    continue;
                }

                var keys = raised.TryGetValue(id, out var seen) ? seen : raised[id] = [];
                var evaluation = center.Evaluate(history, now);
                alerts.AddRange(evaluation.Alerts.Where(a => keys.Add(StreamEvaluation.KeyOf(a))).Select(a => $"{a.GetType().Name} {a.AggregateId} {a.Target.Name} {a.DueAt}"));
                notices.AddRange(evaluation.Notices.Where(n => keys.Add(StreamEvaluation.KeyOf(n))).Select(ServiceCenterRestoreTests.Describe));
                Assert.True(evaluation.NextDue is null || evaluation.NextDue >= now);
            }
        }

        var expectedNotices = twin.Notices.Order(StringComparer.Ordinal).ToList();
        var expectedAlerts = twin.Alerts.Count;
        return (notices.Order(StringComparer.Ordinal).SequenceEqual(expectedNotices) && alerts.Count == expectedAlerts && alerts.Distinct().Count() == alerts.Count)
            .Label($"notices {string.Join(" | ", notices.Order(StringComparer.Ordinal))}\n   vs {string.Join(" | ", expectedNotices)}\nalerts {alerts.Count} vs {expectedAlerts}");
    }
}
