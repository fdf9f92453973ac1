using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using PropertyService.Diagnostics;
using PropertyService.Escalation;
using PropertyService.Sla;
using PropertyService.Utility;

namespace PropertyService.Pipeline;

/// <summary>One aggregate at a time, from its history alone: what a due-queue shared by several hosts needs.</summary>
public sealed partial class ServiceCenter
{
    private ServiceCenter? _evaluator;

    /// <summary>A quiet twin that evaluates one history at a time: same sites, rules and escalation options; no
    /// notifiers, subscribers, store, logs or counted metrics.</summary>
    private ServiceCenter(ServiceCenter parent)
    {
        _sites = parent._sites;
        _rules = parent._rules;
        _notifiers = [];
        _handlers = [];
        _board = parent._board.Empty();
        _logger = NullLogger.Instance;
        _metrics = PropertyServiceMetrics.Unobserved;
    }

    /// <summary>
    /// Works out everything one aggregate raises up to <paramref name="now"/> from its history alone, as this service
    /// center would have raised it had it published the history and polled until <paramref name="now"/>: its SLA
    /// warnings and breaches, the notices of its events, alerts and climbs (climbs stopped by the acknowledgements
    /// given), and when it next falls due. Nothing is delivered, and this service center's own state is not touched.
    /// </summary>
    /// <remarks>
    /// <para>Escalation causes belong to one aggregate, so an aggregate's escalations depend only on its own history:
    /// several hosts evaluating the same history agree, which is what lets a due-queue shared by many hosts hand each
    /// stream to one host at a time and deliver each item once (by <see cref="StreamEvaluation.KeyOf(SlaAlert)"/> and
    /// <see cref="StreamEvaluation.KeyOf(EscalationNotice)"/>).</para>
    /// <para>An acknowledgement applies at its instant, after the climbs due before it and after events at the same
    /// instant; one the board would refuse (unknown cause, already acknowledged) is ignored.</para>
    /// <para>Thread-safe: evaluations run one at a time, and never while the pipeline applies an event (escalation rules
    /// are called one item at a time, as they expect).</para>
    /// </remarks>
    /// <param name="history">The aggregate's events, versions 1 to n.</param>
    /// <param name="now">The instant to evaluate to.</param>
    /// <param name="acknowledgements">Acknowledgements of the aggregate's escalations, in any order.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/>, an event, or an acknowledgement is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, mixes aggregates or sites, or has a gap.</exception>
    public StreamEvaluation Evaluate(IReadOnlyList<DomainEvent> history, Instant now, IEnumerable<EscalationAcknowledgement>? acknowledgements = null)
    {
        CheckHistory(history);
        var acks = Sorted(acknowledgements);
        lock (_gate) // the pipeline's own gate: rules are never called from two threads at once
        {
            _evaluator ??= new ServiceCenter(this);
            return _evaluator.EvaluateCore(history, now, acks);
        }
    }

    /// <summary>
    /// Decides an acknowledgement of one aggregate's escalation from its history alone, as <see cref="AcknowledgeAsync"/>
    /// decides it on this service center's own state: the history's events up to <paramref name="at"/> are replayed with
    /// the acknowledgements already made, climbs due before <paramref name="at"/> happen, then the board accepts or
    /// refuses. Nothing is kept: a due-queue shared by several hosts records the acknowledgement it returns and gives it
    /// to <see cref="Evaluate"/> from then on.
    /// </summary>
    /// <param name="history">The aggregate's events, versions 1 to n.</param>
    /// <param name="acknowledgements">The acknowledgements of the aggregate's escalations made so far.</param>
    /// <param name="cause">The cause, as in the notice.</param>
    /// <param name="actor">Someone of the site holding the role notified, or one above it in the chain.</param>
    /// <param name="at">When.</param>
    /// <returns>The acknowledgement, or a rejection saying why not.</returns>
    /// <exception cref="ArgumentNullException">An argument, an event, or an acknowledgement is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, mixes aggregates or sites, or has a gap.</exception>
    public Result<EscalationAcknowledgement> Acknowledge(
        IReadOnlyList<DomainEvent> history, IEnumerable<EscalationAcknowledgement>? acknowledgements, string cause, Actor actor, Instant at)
    {
        CheckHistory(history);
        Preconditions.CheckNotNull(cause);
        Preconditions.CheckNotNull(actor);
        var acks = Sorted(acknowledgements);
        lock (_gate) // the pipeline's own gate: rules are never called from two threads at once
        {
            _evaluator ??= new ServiceCenter(this);
            return _evaluator.AcknowledgeCore(history, acks, cause, actor, at);
        }
    }

    private static void CheckHistory(IReadOnlyList<DomainEvent> history)
    {
        Preconditions.CheckNotNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("The history is empty: give the aggregate's events from version 1.", nameof(history));
        }

        var first = history[0] ?? throw new ArgumentNullException(nameof(history), "history[0] is null.");
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i] ?? throw new ArgumentNullException(nameof(history), $"history[{i}] is null.");
            if (e.AggregateId != first.AggregateId || e.Actor.Site != first.Actor.Site)
            {
                throw new ArgumentException($"history[{i}] belongs to {e.AggregateId} at site {e.Actor.Site}, not to {first.AggregateId} at site {first.Actor.Site}: evaluate one aggregate at a time.", nameof(history));
            }

            if (e.Version != i + 1)
            {
                throw new ArgumentException($"history[{i}] ({e.GetType().Name}) has version {e.Version}; the history must run from version 1 without gaps.", nameof(history));
            }
        }
    }

    private static EscalationAcknowledgement[] Sorted(IEnumerable<EscalationAcknowledgement>? acknowledgements) =>
        [.. (acknowledgements ?? []).Select(a => Preconditions.CheckNotNull(a, nameof(acknowledgements))).OrderBy(a => a.At)];

    private StreamEvaluation EvaluateCore(IReadOnlyList<DomainEvent> history, Instant now, EscalationAcknowledgement[] acks)
    {
        lock (_gate)
        {
            var alerts = new List<SlaAlert>();
            Replay(history, acks, now, eventsUpTo: null, alerts);
            var notices = new List<EscalationNotice>();
            while (_outbox.TryDequeue(out var item))
            {
                if (item is EscalationNotice notice)
                {
                    notices.Add(notice);
                }
            }

            return new StreamEvaluation(history[0].Actor.Site, history[0].AggregateId, history.Count, now, alerts, notices, NextDueCore(out _), [.. _failures]);
        }
    }

    private Result<EscalationAcknowledgement> AcknowledgeCore(
        IReadOnlyList<DomainEvent> history, EscalationAcknowledgement[] acks, string cause, Actor actor, Instant at)
    {
        lock (_gate)
        {
            Replay(history, acks, at, eventsUpTo: at, alerts: null);
            return _board.Acknowledge(history[0].Actor.Site, cause, actor, at);
        }
    }

    /// <summary>Starts empty and replays the history and the acknowledgements in time order (an acknowledgement after the
    /// events of its instant), then raises what falls due before <paramref name="until"/>.</summary>
    private void Replay(IReadOnlyList<DomainEvent> history, EscalationAcknowledgement[] acks, Instant until, Instant? eventsUpTo, List<SlaAlert>? alerts)
    {
        _aggregates.Clear();
        _runtimes.Clear();
        _runtimeOrder.Clear();
        _board.Clear();
        _failures.Clear();
        var site = history[0].Actor.Site;
        var next = 0;
        void AcknowledgeBefore(Instant instant)
        {
            for (; next < acks.Length && acks[next].At < instant; next++)
            {
                Advance(acks[next].At, alerts, notices: null);
                _board.Acknowledge(site, acks[next].Cause, acks[next].By, acks[next].At);
            }
        }

        foreach (var e in history)
        {
            if (e.OccurredAt > eventsUpTo)
            {
                break;
            }

            AcknowledgeBefore(e.OccurredAt);
            PublishCore([e], alerts, notices: null);
        }

        AcknowledgeBefore(until);
        Advance(until, alerts, notices: null);
    }

    /// <summary>
    /// Counts, logs and delivers to this service center's notifiers what a due-queue raised from an evaluation
    /// (<see cref="Evaluate"/>): the alerts are counted and logged, the notices go to every notifier in order. A notifier
    /// that throws is isolated as in the pipeline (see <see cref="TakeFailures"/>).
    /// </summary>
    /// <param name="alerts">The alerts raised, not raised before.</param>
    /// <param name="notices">The notices raised, not delivered before.</param>
    /// <param name="cancellationToken">Cancels delivery; undelivered notices wait for the next delivery.</param>
    /// <returns>A task that completes when the notices are delivered, or when another delivery under way has taken them over.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alerts"/>, <paramref name="notices"/>, or an element, is null.</exception>
    public ValueTask RaiseAsync(IEnumerable<SlaAlert> alerts, IEnumerable<EscalationNotice> notices, CancellationToken cancellationToken = default)
    {
        SlaAlert[] raised = [.. Preconditions.CheckNotNull(alerts).Select(a => Preconditions.CheckNotNull(a, nameof(alerts)))];
        EscalationNotice[] notified = [.. Preconditions.CheckNotNull(notices).Select(n => Preconditions.CheckNotNull(n, nameof(notices)))];
        foreach (var alert in raised)
        {
            _metrics.Alert(alert);
            if (alert is SlaBreached)
            {
                Log.SlaBreached(_logger, alert.AggregateId, alert.Target.Name, alert.RuleId, alert.Deadline);
            }
            else
            {
                Log.SlaWarning(_logger, alert.AggregateId, alert.Target.Name, alert.RuleId, alert.Deadline);
            }
        }

        foreach (var notice in notified)
        {
            _metrics.Escalated(notice);
            Log.Escalated(_logger, notice.Cause, notice.Site.Value, notice.Role, notice.Level.Value, notice.Urgency, notice.RuleId, notice.Climbed);
            _outbox.Enqueue(notice);
        }

        return DeliverAsync(cancellationToken);
    }

    /// <summary>Takes the failures kept since they were last taken (<see cref="PollAsync"/> takes them too).</summary>
    /// <returns>The failures, oldest first; at most <see cref="MaxFailuresKept"/>.</returns>
    public IReadOnlyList<PipelineFailure> TakeFailures()
    {
        var failures = new List<PipelineFailure>();
        while (_failures.TryDequeue(out var failure))
        {
            failures.Add(failure);
        }

        return failures;
    }
}
