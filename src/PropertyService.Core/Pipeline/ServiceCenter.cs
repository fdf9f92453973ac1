using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using PropertyService.Diagnostics;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Repairs;
using PropertyService.Sla;
using PropertyService.Storage;
using PropertyService.Utility;

namespace PropertyService.Pipeline;

/// <summary>
/// The event pipeline a host runs a service center with: it carries each committed event, in order, to the site's SLA
/// tracker and monitor, to the escalation rules and to the host's subscribers; <see cref="PollAsync"/> raises the SLA
/// warnings and breaches that have become due and climbs unacknowledged escalations; notices go to the notifiers.
/// A host only runs commands (<see cref="ExecuteAsync(Func{Result{IReadOnlyList{DomainEvent}}}, string, CancellationToken)"/>)
/// and polls.
/// </summary>
/// <remarks>
/// <para>Time comes only from the events and from the instant given to <see cref="PollAsync"/>: everything due before
/// an event's time is raised before that event is applied, and everything due before <c>now</c> when polling. So the
/// alerts and notices, and the instants they carry, do not depend on how often the host polls.</para>
/// <para>Each aggregate's stream is taken in version order from version 1; publishing a stream again is harmless (versions
/// already seen are skipped), so a host may publish an aggregate's whole <c>Events</c> after each command. The pipeline
/// keeps each aggregate's events in memory to give escalation rules their history.</para>
/// <para>A subscriber, rule or notifier that throws is isolated: logged, counted (<see cref="PropertyServiceDiagnostics.Failures"/>)
/// and reported in the next <see cref="PollResult.Failures"/>; the others still receive the event or notice, in order.</para>
/// <para>Thread-safe: commands from many threads are applied one at a time, in the order they reach the pipeline;
/// subscribers and notifiers are called one item at a time, in that order, by one deliverer at a time. A call that
/// finds another delivery under way leaves its items to that one, so it may return before its events reach the
/// subscribers (the SLA timers and escalations are up to date when it returns). A subscriber may itself run commands
/// through the service center: their events are delivered after the event it is handling.</para>
/// <para>The pipeline keeps, per aggregate, its events and SLA state in memory for as long as the service center lives.</para>
/// </remarks>
public sealed partial class ServiceCenter
{
    /// <summary>The most failures a <see cref="PollResult"/> reports: those since the previous poll, the latest first kept.</summary>
    public const int MaxFailuresKept = 256;

    private static readonly ActivitySource Activities = new(PropertyServiceDiagnostics.ActivitySourceName);

    private readonly Lock _gate = new();
    private readonly SiteDirectory _sites;
    private readonly IEscalationRule[] _rules;
    private readonly IEscalationNotifier[] _notifiers;
    private readonly IDomainEventHandler[] _handlers;
    private readonly EscalationBoard _board;
    private readonly ILogger _logger;
    private readonly PropertyServiceMetrics _metrics;
    private readonly IEventStore? _store;
    private readonly Dictionary<SiteId, SiteRuntime> _runtimes = [];
    private readonly List<SiteRuntime> _runtimeOrder = [];
    private readonly Dictionary<(SiteId Site, string AggregateId), AggregateRuntime> _aggregates = [];
    private readonly EscalationContext _context = new();
    private readonly ConcurrentQueue<object> _outbox = new();
    private readonly ConcurrentQueue<PipelineFailure> _failures = new();
    private int _headDone;
    private int _delivering;

    /// <summary>Creates a service center; <c>AddPropertyService</c> does this for hosts that use dependency injection.</summary>
    /// <param name="sites">The sites' configurations.</param>
    /// <param name="rules">The escalation rules, in order.</param>
    /// <param name="notifiers">Where escalation notices go.</param>
    /// <param name="handlers">The host's subscribers to committed events.</param>
    /// <param name="board">Keeps and climbs escalations; a new one with the default options when null.</param>
    /// <param name="logger">Where to log; nowhere when null.</param>
    /// <param name="meterFactory">Makes the meter; a standalone meter when null.</param>
    /// <param name="store">Where the events are kept, for <see cref="RestoreAsync"/> and the checkpoint each
    /// <see cref="PollAsync"/> writes (<see cref="RaisedUntilCheckpoint"/>); none when null.</param>
    /// <exception cref="ArgumentNullException">A required argument, or an element of a list, is null.</exception>
    public ServiceCenter(
        SiteDirectory sites,
        IEnumerable<IEscalationRule> rules,
        IEnumerable<IEscalationNotifier> notifiers,
        IEnumerable<IDomainEventHandler> handlers,
        EscalationBoard? board = null,
        ILogger<ServiceCenter>? logger = null,
        IMeterFactory? meterFactory = null,
        IEventStore? store = null)
    {
        _store = store;
        _sites = Preconditions.CheckNotNull(sites);
        _rules = [.. Preconditions.CheckNotNull(rules).Select(r => Preconditions.CheckNotNull(r, nameof(rules)))];
        _notifiers = [.. Preconditions.CheckNotNull(notifiers).Select(n => Preconditions.CheckNotNull(n, nameof(notifiers)))];
        _handlers = [.. Preconditions.CheckNotNull(handlers).Select(h => Preconditions.CheckNotNull(h, nameof(handlers)))];
        _board = board ?? new EscalationBoard();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _metrics = PropertyServiceMetrics.For(meterFactory);
    }

    /// <summary>The sites' configurations.</summary>
    public SiteDirectory Sites => _sites;

    /// <summary>The escalations raised so far.</summary>
    public EscalationBoard Escalations => _board;

    /// <summary>The escalation rules, in the order they are called.</summary>
    public IReadOnlyList<IEscalationRule> Rules => _rules;

    /// <summary>When the next SLA alert or escalation climb is due, or null: when the host should poll next.</summary>
    public Instant? NextDue
    {
        get
        {
            lock (_gate)
            {
                return NextDueCore(out _);
            }
        }
    }

    /// <summary>A site's fee evaluator (its fee schedule history with the registered fee rules).</summary>
    /// <param name="site">The site.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="InvalidOperationException">Neither the site nor the defaults have a fee schedule.</exception>
    public IFeeEvaluator Fees(SiteId site) =>
        _sites.For(site).Fees ?? throw new InvalidOperationException($"Site {site} has no fee schedule: call UseFeeSchedule(site, ...) or UseFeeSchedule(...) for every site.");

    /// <summary>An aggregate's SLA timers as of an instant, from the events published so far.</summary>
    /// <param name="site">The site.</param>
    /// <param name="aggregateId">The ticket, request or handover.</param>
    /// <param name="asOf">Now.</param>
    /// <returns>The timers; empty for an aggregate not published yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/> is null.</exception>
    public IReadOnlyList<SlaTimer> Timers(SiteId site, string aggregateId, Instant asOf)
    {
        Preconditions.CheckNotNull(aggregateId);
        lock (_gate)
        {
            return _aggregates.TryGetValue((site, aggregateId), out var aggregate) ? aggregate.Projection.Timers(asOf) : [];
        }
    }

    /// <summary>
    /// Runs a command and publishes its events: the one call a host makes per command. A rejection is counted, logged
    /// and returned; nothing is published then.
    /// </summary>
    /// <param name="command">The command, for example <c>() =&gt; ticket.IssueWorkOrder(officer, numbers, now)</c>.</param>
    /// <param name="name">The command's name for traces and logs; taken from the expression when omitted.</param>
    /// <param name="cancellationToken">Cancels delivery to subscribers and notifiers (not the command).</param>
    /// <returns>The command's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    public async ValueTask<Result<IReadOnlyList<DomainEvent>>> ExecuteAsync(
        Func<Result<IReadOnlyList<DomainEvent>>> command,
        [CallerArgumentExpression(nameof(command))] string name = "",
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(command);
        using var activity = Activities.StartActivity(ActivityKind.Internal, name: "command");
        activity?.SetTag("propertyservice.command", CommandName(name));
        var result = command();
        await CommitAsync(result.Rejection, result.IsSuccess ? result.Value : null, name, activity, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs a command that creates an aggregate and publishes its first events.</summary>
    /// <typeparam name="TAggregate">The aggregate's type.</typeparam>
    /// <param name="command">The command, for example <c>() =&gt; RepairTicket.Report(id, request, officer, now)</c>.</param>
    /// <param name="name">The command's name for traces and logs; taken from the expression when omitted.</param>
    /// <param name="cancellationToken">Cancels delivery to subscribers and notifiers (not the command).</param>
    /// <returns>The command's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    public async ValueTask<Result<Created<TAggregate>>> CreateAsync<TAggregate>(
        Func<Result<Created<TAggregate>>> command,
        [CallerArgumentExpression(nameof(command))] string name = "",
        CancellationToken cancellationToken = default)
        where TAggregate : class
    {
        Preconditions.CheckNotNull(command);
        using var activity = Activities.StartActivity(ActivityKind.Internal, name: "command");
        activity?.SetTag("propertyservice.command", CommandName(name));
        var result = command();
        await CommitAsync(result.Rejection, result.IsSuccess ? result.Value.Events : null, name, activity, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Publishes committed events: versions already published are skipped, new ones must continue their aggregate's
    /// stream without a gap (from version 1 for an aggregate not seen before).
    /// </summary>
    /// <param name="events">The events, in commit order (several aggregates may be mixed).</param>
    /// <param name="cancellationToken">Cancels delivery to subscribers and notifiers; undelivered items wait for the next call.</param>
    /// <returns>A task that completes when subscribers and notifiers have been given everything, or when another
    /// delivery under way has taken it over.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stream has a gap, or starts after version 1; nothing is published then.</exception>
    public ValueTask PublishAsync(IEnumerable<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(events);
        var list = events as IReadOnlyList<DomainEvent> ?? [.. events];
        bool raised;
        lock (_gate)
        {
            var before = _raised;
            PublishCore(list, alerts: null, notices: null);
            raised = _raised != before;
        }

        return raised ? DeliverAndCheckpointAsync(list, cancellationToken) : DeliverAsync(cancellationToken);
    }

    /// <summary>After a publish that raised alerts or notices: once they are delivered, records that everything due before
    /// the latest event was raised, so a restart does not raise it again.</summary>
    private async ValueTask DeliverAndCheckpointAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        await DeliverAsync(cancellationToken).ConfigureAwait(false);
        var latest = events[0].OccurredAt;
        foreach (var e in events)
        {
            latest = e.OccurredAt > latest ? e.OccurredAt : latest;
        }

        await CheckpointAsync(latest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Raises the SLA warnings and breaches due before <paramref name="now"/> (each exactly once, in time order), runs
    /// the escalation rules on them, climbs escalations not acknowledged in time, and delivers the notices.
    /// </summary>
    /// <param name="now">The current instant (from the host's <see cref="IClock"/>).</param>
    /// <param name="cancellationToken">Cancels delivery; undelivered notices wait for the next call.</param>
    /// <returns>What the poll raised and when to poll next.</returns>
    public async ValueTask<PollResult> PollAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var alerts = new List<SlaAlert>();
        var notices = new List<EscalationNotice>();
        lock (_gate)
        {
            Advance(now, alerts, notices);
        }

        await DeliverAsync(cancellationToken).ConfigureAwait(false);
        await CheckpointAsync(now, cancellationToken).ConfigureAwait(false);
        return new PollResult(alerts, notices, TakeFailures(), NextDue);
    }

    /// <summary>
    /// Records that someone took an escalation on, which stops its climb. Climbs due before <paramref name="at"/> happen
    /// first, so the outcome does not depend on when the host last polled.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="cause">The cause, as in the notice (<see cref="EscalationNotice.Cause"/>).</param>
    /// <param name="actor">Someone of the site holding the role notified, or one above it in the chain.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels delivery of notices raised by climbs due before <paramref name="at"/>.</param>
    /// <returns>The acknowledgement, or a rejection saying why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cause"/> or <paramref name="actor"/> is null.</exception>
    public async ValueTask<Result<EscalationAcknowledgement>> AcknowledgeAsync(
        SiteId site, string cause, Actor actor, Instant at, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(cause);
        Preconditions.CheckNotNull(actor);
        Result<EscalationAcknowledgement> result;
        lock (_gate)
        {
            Advance(at, alerts: null, notices: null);
            result = _board.Acknowledge(site, cause, actor, at);
        }

        if (result.IsSuccess)
        {
            Log.Acknowledged(_logger, cause, site.Value, result.Value.Level.Value, actor.Id);
        }
        else
        {
            _metrics.Rejected(result.Rejection);
        }

        await DeliverAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async ValueTask CommitAsync(
        Rejection? rejection, IReadOnlyList<DomainEvent>? events, string name, Activity? activity, CancellationToken cancellationToken)
    {
        if (rejection is not null)
        {
            _metrics.Rejected(rejection);
            Log.CommandRejected(_logger, CommandName(name), rejection.Code, rejection.RuleId, rejection.Field);
            activity?.SetTag("propertyservice.rejection.code", rejection.Code);
            activity?.SetTag("propertyservice.rejection.rule", rejection.RuleId);
            activity?.SetStatus(ActivityStatusCode.Error, rejection.Code);
        }
        else if (events is { Count: > 0 })
        {
            activity?.SetTag("propertyservice.aggregate", events[0].AggregateId);
            activity?.SetTag("propertyservice.events", events.Count);
            await PublishAsync(events, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"() => ticket.IssueWorkOrder(officer, ...)" → "IssueWorkOrder"; read only for traces and rejections.</summary>
    private static string CommandName(string expression) =>
        MethodCall().Match(expression) is { Success: true } match ? match.Groups[1].Value : expression;

    [GeneratedRegex(@"([A-Za-z_]\w*)\s*(?:<[^>]*>)?\s*\(")]
    private static partial Regex MethodCall();
}
