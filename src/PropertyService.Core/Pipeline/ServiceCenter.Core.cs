using NodaTime;
using PropertyService.Diagnostics;
using PropertyService.Escalation;
using PropertyService.Repairs;
using PropertyService.Sla;

namespace PropertyService.Pipeline;

/// <summary>The pipeline itself: applying events and advancing time, under the gate; delivering, outside it.</summary>
public sealed partial class ServiceCenter
{
    /// <summary>Checks the whole batch, then applies each new event after raising what fell due before it.</summary>
    private void PublishCore(IReadOnlyList<DomainEvent> events, List<SlaAlert>? alerts, List<EscalationNotice>? notices)
    {
        // All-or-nothing: a gap anywhere refuses the batch before anything changes. A batch is usually one aggregate's
        // events, so the last stream is kept in locals and a dictionary is made only for a batch of several.
        Dictionary<(SiteId, string), int>? pending = null;
        (SiteId Site, string AggregateId) current = default;
        var currentVersion = -1;
        var anyNew = false;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentNullException(nameof(events), $"events[{i}] is null.");
            var key = (e.Actor.Site, e.AggregateId);
            int last;
            if (currentVersion >= 0 && key.AggregateId == current.AggregateId && key.Site == current.Site)
            {
                last = currentVersion;
            }
            else
            {
                if (currentVersion >= 0)
                {
                    (pending ??= [])[current] = currentVersion;
                }

                last = pending is not null && pending.TryGetValue(key, out var seen) ? seen
                    : _aggregates.TryGetValue(key, out var known) ? known.Projection.Version
                    : 0;
                current = key;
                currentVersion = last;
            }

            if (e.Version <= last)
            {
                continue;
            }

            if (e.Version != last + 1)
            {
                throw new ArgumentException(
                    $"events[{i}]: {e.GetType().Name} of {e.AggregateId} at site {e.Actor.Site} has version {e.Version}, but the stream published so far ends at version {last}; publish the stream without gaps, from version 1.",
                    nameof(events));
            }

            currentVersion = e.Version;
            anyNew = true;
        }

        if (!anyNew)
        {
            return;
        }

        AggregateRuntime? aggregate = null;
        foreach (var e in events)
        {
            if (aggregate is null || aggregate.Projection.Subject.AggregateId != e.AggregateId || aggregate.Site.Configuration.Site != e.Actor.Site)
            {
                _aggregates.TryGetValue((e.Actor.Site, e.AggregateId), out aggregate);
            }

            if (e.Version <= (aggregate?.Projection.Version ?? 0))
            {
                continue;
            }

            Advance(e.OccurredAt, alerts, notices);
            aggregate = Apply(e, aggregate);
        }
    }

    private AggregateRuntime Apply(DomainEvent e, AggregateRuntime? aggregate)
    {
        if (aggregate is null)
        {
            var runtime = Runtime(e.Actor.Site);
            aggregate = new AggregateRuntime(runtime, runtime.Configuration.Tracker.Start(SlaSubject.FromEvents([e])));
            _aggregates.Add((e.Actor.Site, e.AggregateId), aggregate);
        }

        var site = aggregate.Site;
        aggregate.History.Add(e);
        if (_restoring is null)
        {
            _metrics.Event(e);
        }

        if (e is RepairReported reported && _restoring is null)
        {
            Log.RepairReported(_logger, e.AggregateId, site.Configuration.Site.Value, reported.Request.ContactPhone.Masked);
        }

        if (aggregate.Projection.Apply(e))
        {
            aggregate.Projection.TrackChanges(site.Monitor);
        }

        _context.Reset(site.Configuration.Site, site.Configuration.Ladder, e.OccurredAt, aggregate.History);
        foreach (var rule in _rules)
        {
            var before = _context.Raised.Count;
            try
            {
                rule.OnEvent(e, _context);
            }
            catch (Exception ex)
            {
                RuleFailed(rule, e.GetType().Name, e.AggregateId, ex);
                _context.Raised.RemoveRange(before, _context.Raised.Count - before); // a failing rule's half-made decisions
            }
        }

        Submit(site, e.OccurredAt, notices: null, atEvent: true);
        if (_restoring is null)
        {
            _outbox.Enqueue(e);
            Log.Committed(_logger, 1, e.AggregateId, e.Version);
        }

        return aggregate;
    }

    /// <summary>Raises every alert and climb due before <paramref name="until"/>, earliest first (alerts before climbs at the same instant).</summary>
    private void Advance(Instant until, List<SlaAlert>? alerts, List<EscalationNotice>? notices)
    {
        while (NextDueCore(out var site) is { } due && due < until)
        {
            if (site is null)
            {
                if (_board.ClimbNext(due, _restoring) is { } climbed)
                {
                    Notify(climbed, notices);
                }

                continue;
            }

            foreach (var alert in site.Monitor.Poll(due))
            {
                alerts?.Add(alert);
                if (!Silent(alert.DueAt, atEvent: false)) // one raised before a restart is only shown to the rules again
                {
                    _raised++;
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

                var history = _aggregates.TryGetValue((site.Configuration.Site, alert.AggregateId), out var aggregate) ? aggregate.History : [];
                _context.Reset(site.Configuration.Site, site.Configuration.Ladder, alert.DueAt, history);
                foreach (var rule in _rules)
                {
                    var before = _context.Raised.Count;
                    try
                    {
                        rule.OnAlert(alert, _context);
                    }
                    catch (Exception ex)
                    {
                        RuleFailed(rule, alert.GetType().Name, alert.AggregateId, ex);
                        _context.Raised.RemoveRange(before, _context.Raised.Count - before);
                    }
                }

                Submit(site, alert.DueAt, notices, atEvent: false);
            }
        }
    }

    /// <summary>The earliest alert (with its site) or climb (site null) due; alerts win ties. While a site is restored,
    /// only its own: another site's events and checkpoint say nothing of what this one raised.</summary>
    private Instant? NextDueCore(out SiteRuntime? site)
    {
        site = null;
        Instant? earliest = null;
        foreach (var runtime in _runtimeOrder)
        {
            if (_restoring is { } only && runtime.Configuration.Site != only)
            {
                continue;
            }

            if (runtime.Monitor.NextDue is { } due && (earliest is null || due < earliest))
            {
                earliest = due;
                site = runtime;
            }
        }

        if ((_restoring is { } restoring ? _board.NextClimbAtOf(restoring) : _board.NextClimbAt) is { } climb && (earliest is null || climb < earliest))
        {
            site = null;
            return climb;
        }

        return earliest;
    }

    /// <summary>Gives the board what the rules raised for one event or alert, in the order they raised it.</summary>
    private void Submit(SiteRuntime site, Instant at, List<EscalationNotice>? notices, bool atEvent)
    {
        foreach (var request in _context.Raised)
        {
            if (_board.Submit(site.Configuration.Site, site.Configuration.Ladder, request, at) is { } notice)
            {
                Notify(notice, notices, atEvent);
            }
        }
    }

    private void Notify(EscalationNotice notice, List<EscalationNotice>? notices, bool atEvent = false)
    {
        if (Silent(notice.DueAt, atEvent))
        {
            return; // notified before the restart
        }

        _raised++;
        notices?.Add(notice);
        _metrics.Escalated(notice);
        Log.Escalated(_logger, notice.Cause, notice.Site.Value, notice.Role, notice.Level.Value, notice.Urgency, notice.RuleId, notice.Climbed);
        _outbox.Enqueue(notice);
    }

    private void RuleFailed(IEscalationRule rule, string item, string aggregateId, Exception ex)
    {
        _metrics.Failed("rule");
        Log.Failed(_logger, ex, "rule", rule.GetType().Name, item, aggregateId);
        Keep(new PipelineFailure("rule", rule.GetType().Name, item, aggregateId, ex));
    }

    private SiteRuntime Runtime(SiteId site)
    {
        if (!_runtimes.TryGetValue(site, out var runtime))
        {
            runtime = new SiteRuntime(_sites.For(site));
            _runtimes.Add(site, runtime);
            _runtimeOrder.Add(runtime);
        }

        return runtime;
    }

    /// <summary>
    /// Gives subscribers and notifiers everything queued, one item at a time, in order, by one deliverer at a time. A
    /// caller that finds a delivery under way (another thread's, or its own further up the stack when a subscriber runs a
    /// command) leaves its items to it; the deliverer looks again after it stops, so nothing is left behind.
    /// </summary>
    private async ValueTask DeliverAsync(CancellationToken cancellationToken)
    {
        while (!_outbox.IsEmpty && Interlocked.CompareExchange(ref _delivering, 1, 0) == 0)
        {
            try
            {
                // _headDone counts the recipients the head item already reached, so a cancelled delivery resumes where it stopped.
                while (_outbox.TryPeek(out var item))
                {
                    var recipients = item is EscalationNotice ? _notifiers.Length : _handlers.Length;
                    while (_headDone < recipients)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await DeliverOneAsync(item, _headDone, cancellationToken).ConfigureAwait(false);
                        _headDone++;
                    }

                    _outbox.TryDequeue(out _);
                    _headDone = 0;
                }
            }
            finally
            {
                Volatile.Write(ref _delivering, 0);
            }
        }
    }

    private async ValueTask DeliverOneAsync(object item, int recipient, CancellationToken cancellationToken)
    {
        object target = item is EscalationNotice ? _notifiers[recipient] : _handlers[recipient];
        try
        {
            if (item is EscalationNotice notice)
            {
                await _notifiers[recipient].NotifyAsync(notice, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _handlers[recipient].HandleAsync((DomainEvent)item, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Not a failure: the item waits for the next delivery, from this recipient on.
        }
        catch (Exception ex)
        {
            var (component, what, aggregateId) = item is EscalationNotice n
                ? ("notifier", n.Cause, n.AggregateId)
                : ("handler", item.GetType().Name, ((DomainEvent)item).AggregateId);
            _metrics.Failed(component);
            Log.Failed(_logger, ex, component, target.GetType().Name, what, aggregateId);
            Keep(new PipelineFailure(component, target.GetType().Name, what, aggregateId, ex));
        }
    }

    /// <summary>Keeps a failure for the next poll's result; only the latest <see cref="MaxFailuresKept"/> are kept
    /// (every one is logged and counted).</summary>
    private void Keep(PipelineFailure failure)
    {
        _failures.Enqueue(failure);
        while (_failures.Count > MaxFailuresKept && _failures.TryDequeue(out _))
        {
        }
    }

    private sealed class SiteRuntime(SiteConfiguration configuration)
    {
        internal SiteConfiguration Configuration { get; } = configuration;

        internal SlaMonitor Monitor { get; } = new();
    }

    private sealed class AggregateRuntime(SiteRuntime site, SlaProjection projection)
    {
        internal SiteRuntime Site { get; } = site;

        internal SlaProjection Projection { get; } = projection;

        internal List<DomainEvent> History { get; } = [];
    }
}
