using NodaTime;
using PropertyService.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;
using PropertyService.Sla;
using static PropertyService.DependencyInjection.PropertyServiceHost;

namespace PropertyService.Pipeline;

public sealed class ServiceCenterTests
{
    private static ServiceCenter Bare(IEnumerable<IDomainEventHandler>? handlers = null, IEnumerable<IEscalationRule>? rules = null, IEnumerable<IEscalationNotifier>? notifiers = null) =>
        new(
            new SiteDirectory([], site => new SiteConfiguration(site, new SlaTracker([SlaDefaults.Policy]), EscalationLadder.Default, null)),
            rules ?? EscalationRules.CreateBuiltIn(),
            notifiers ?? [new InMemoryEscalationNotifier()],
            handlers ?? []);

    private static RepairTicket Report(string id = "RT-1") => RepairTicket.Report(id, Request(), Officer, Start).Value.Aggregate;

    [Fact]
    public async Task Subscribers_receive_every_committed_event_once_in_order_even_when_the_stream_is_published_again()
    {
        var recorder = new Recorder();
        var center = Bare([recorder]);
        var ticket = Report();
        await center.PublishAsync(ticket.Events);
        ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), Start + Duration.FromMinutes(1));
        await center.PublishAsync(ticket.Events);
        await center.PublishAsync(ticket.Events);
        Assert.Equal(ticket.Events, recorder.Events);
    }

    [Fact]
    public async Task A_gap_in_a_stream_is_refused_and_nothing_of_the_batch_is_published()
    {
        var recorder = new Recorder();
        var center = Bare([recorder]);
        var ticket = Report();
        ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), Start + Duration.FromMinutes(1));
        var other = Report("RT-2");

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await center.PublishAsync([.. other.Events, ticket.Events[1]]));
        Assert.Contains("RT-1", error.Message);
        Assert.Contains("version 2", error.Message);
        Assert.Empty(recorder.Events);
        Assert.Empty(center.Timers(Site, "RT-2", Start));

        await center.PublishAsync([.. other.Events, .. ticket.Events]);
        Assert.Equal(3, recorder.Events.Count);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await center.PublishAsync([null!]));
    }

    [Fact]
    public async Task A_failing_subscriber_is_isolated_and_reported_and_the_others_still_get_every_event_in_order()
    {
        var before = new Recorder();
        var after = new Recorder();
        var center = Bare([before, new Throwing(), after]);
        var ticket = Report();
        await center.PublishAsync(ticket.Events);
        ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), Start + Duration.FromMinutes(1));
        await center.PublishAsync(ticket.Events);
        Assert.Equal(ticket.Events, before.Events);
        Assert.Equal(ticket.Events, after.Events);
    }

    [Fact]
    public async Task A_failing_notifier_or_rule_is_reported_and_does_not_stop_the_others()
    {
        var notifier = new InMemoryEscalationNotifier();
        var center = Bare(rules: [new ThrowingRule(), .. EscalationRules.CreateBuiltIn()], notifiers: [new ThrowingNotifier(), notifier]);
        await center.PublishAsync(Report().Events);
        var poll = await center.PollAsync(Start + Duration.FromMinutes(5));
        Assert.Equal(2, notifier.Notices.Count);
        Assert.Contains(poll.Failures, f => f.Component == "notifier" && f.Name == nameof(ThrowingNotifier));
        Assert.Contains(poll.Failures, f => f.Component == "rule" && f.Name == nameof(ThrowingRule) && f.Item == nameof(SlaWarningRaised));
    }

    [Fact]
    public async Task A_cancelled_delivery_resumes_with_the_next_call_without_repeating_or_losing_an_event()
    {
        var recorder = new Recorder();
        var slow = new CancelOnce();
        var center = Bare([recorder, slow]);
        var ticket = Report();
        using var cancel = new CancellationTokenSource();
        slow.Source = cancel;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await center.PublishAsync(ticket.Events, cancel.Token));
        Assert.Single(recorder.Events);
        Assert.Empty(slow.Events);

        await center.PollAsync(Start);
        Assert.Single(recorder.Events);
        Assert.Single(slow.Events);
    }

    [Fact]
    public async Task Everything_due_before_an_event_is_raised_before_it_is_applied()
    {
        var notifier = new InMemoryEscalationNotifier();
        var center = Bare(notifiers: [notifier]);
        var ticket = Report();
        await center.PublishAsync(ticket.Events);

        // The officer issues the work order at 10:05 without the host ever polling: the warning (10:02:15) and the
        // breach (10:03) were due, and are raised, before the late work order stops the timer.
        ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), Start + Duration.FromMinutes(5));
        await center.PublishAsync(ticket.Events);
        Assert.Equal([1, 2], notifier.Notices.Select(n => n.Level.Value));
        Assert.Contains(center.Timers(Site, ticket.Id, Start + Duration.FromMinutes(5)), t => t.Target.Name == SlaDefaults.WorkOrderTarget && t.State == SlaTimerState.Breached);
    }

    [Fact]
    public async Task A_major_emergency_reaches_the_supervisor_at_once_through_the_pipeline_HR08()
    {
        using var host = new PropertyServiceHost();
        var (request, _) = (await host.Center.CreateAsync(() => HelpRequest.Receive("H-1", Officer, HelpKind.MedicalEmergency, host.Now, isMajor: true))).Value;
        await host.Center.ExecuteAsync(() => request.RecordContact(Officer, Location.InUnit(new UnitAddress("3", "2", "1201")), Owner.Phone, host.Now));
        var notice = Assert.Single(host.Notifier.Notices);
        Assert.Equal((Role.ServiceSupervisor, EscalationUrgency.Immediate, "HR-08", host.Now), (notice.Role, notice.Urgency, notice.RuleId, notice.DueAt));
    }

    [Fact]
    public async Task An_absent_incoming_person_reaches_the_supervisor_through_the_pipeline_CS20()
    {
        var fixture = new HandoverFixture();
        using var host = new PropertyServiceHost();
        var handover = (await host.Center.CreateAsync(() => ShiftHandover.Schedule("HO-1", fixture.Night, fixture.Outgoing, fixture.Morning, fixture.Incoming, HandoverFixture.Supervisor, fixture.Now))).Value.Aggregate;
        var absent = await host.Center.ExecuteAsync(() => handover.ReportAbsence(fixture.Outgoing, fixture.Morning.Start + Duration.FromMinutes(1)));
        Assert.True(absent.IsSuccess, absent.ToString());
        Assert.Contains(host.Notifier.Notices, n => n.RuleId == "CS-20" && n.Role == Role.ServiceSupervisor);
    }

    [Fact]
    public async Task A_rejected_command_publishes_nothing_and_is_returned()
    {
        using var host = new PropertyServiceHost();
        var ticket = await host.ReportAsync();
        var result = await host.Center.ExecuteAsync(() => ticket.SignOff(Officer, Owner, host.Now));
        Assert.True(result.IsRejected);
        Assert.Single(ticket.Events);
    }

    [Fact]
    public async Task Acknowledging_first_raises_the_climbs_that_were_due_so_the_outcome_does_not_depend_on_polling()
    {
        using var host = new PropertyServiceHost();
        await host.ReportAsync();
        await host.AdvanceAsync(Duration.FromMinutes(4)); // L1 at 10:02:15, L2 at 10:03

        // Nobody polls between 10:04 and 10:20; the L2 notice climbs to L3 at 10:13, before the manager's acknowledgement at 10:20.
        host.Clock.Advance(Duration.FromMinutes(16));
        var late = await host.Center.AcknowledgeAsync(Site, "sla/RT-1/RP-09 work order", ServiceManager, host.Now);
        Assert.Equal(EscalationRejectionCodes.RoleNotAllowed, late.Rejection!.Code);
        Assert.Equal(3, host.Notifier.Notices[^1].Level.Value);
        Assert.True((await host.Center.AcknowledgeAsync(Site, "sla/RT-1/RP-09 work order", SiteManager, host.Now)).IsSuccess);
    }

    [Fact]
    public async Task NextDue_tells_the_host_when_to_poll()
    {
        using var host = new PropertyServiceHost();
        Assert.Null(host.Center.NextDue);
        await host.ReportAsync();
        Assert.Equal(Start + Duration.FromSeconds(135), host.Center.NextDue);
        var poll = await host.AdvanceAsync(Duration.FromMinutes(4));
        Assert.Equal(poll.NextDue, host.Center.NextDue);
    }

    [Fact]
    public async Task A_subscriber_that_runs_a_command_through_the_center_does_not_deadlock_and_its_events_follow()
    {
        var recorder = new Recorder();
        ServiceCenter? center = null;
        var reacting = new OnReported(async ticket => await center!.ExecuteAsync(() => ticket.IssueWorkOrder(Officer, new InMemoryWorkOrderNumberSource(), Start + Duration.FromMinutes(1))));
        center = Bare([reacting, recorder]);
        var ticket = Report();
        reacting.Ticket = ticket;
        var publish = center.PublishAsync(ticket.Events).AsTask();
        Assert.Same(publish, await Task.WhenAny(publish, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal(ticket.Events, recorder.Events);
        Assert.Equal(2, recorder.Events.Count);
    }

    [Fact]
    public async Task Commands_from_many_threads_reach_subscribers_once_each_in_each_streams_order()
    {
        var recorder = new Recorder();
        var center = Bare([recorder]);
        var numbers = new InMemoryWorkOrderNumberSource();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var at = Start + Duration.FromSeconds(i);
                var ticket = (await center.CreateAsync(() => RepairTicket.Report($"RT-{worker}-{i}", Request(), Officer, at))).Value.Aggregate;
                await center.ExecuteAsync(() => ticket.IssueWorkOrder(Officer, numbers, at + Duration.FromSeconds(30)));
                await center.ExecuteAsync(() => ticket.NotifyEngineering(Officer, at + Duration.FromSeconds(60)));
            }
        })));

        List<DomainEvent> events;
        lock (recorder.Events)
        {
            events = [.. recorder.Events];
        }

        Assert.Equal(8 * 40 * 3, events.Count);
        Assert.All(events.GroupBy(e => e.AggregateId), g => Assert.Equal([1, 2, 3], g.Select(e => e.Version)));
    }

    private sealed class OnReported(Func<RepairTicket, Task> react) : IDomainEventHandler
    {
        public RepairTicket? Ticket { get; set; }

        public async ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            if (e is RepairReported)
            {
                await react(Ticket!);
            }
        }
    }

    private sealed class Recorder : IDomainEventHandler
    {
        public List<DomainEvent> Events { get; } = [];

        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            lock (Events)
            {
                Events.Add(e);
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class Throwing : IDomainEventHandler
    {
        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken) => throw new InvalidOperationException("read model down");
    }

    private sealed class CancelOnce : IDomainEventHandler
    {
        public CancellationTokenSource? Source { get; set; }

        public List<DomainEvent> Events { get; } = [];

        public ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken)
        {
            if (Source is { } source)
            {
                Source = null;
                source.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            Events.Add(e);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class ThrowingRule : IEscalationRule
    {
        public void OnAlert(SlaAlert alert, EscalationContext context) => throw new InvalidOperationException("bug in a vendor rule");
    }

    private sealed class ThrowingNotifier : IEscalationNotifier
    {
        public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken) => throw new TimeoutException("SMS gateway down");
    }
}
