using NodaTime;
using PropertyService.Sla;
using PropertyService.Storage;
using PropertyService.Utility;

namespace PropertyService.Pipeline;

/// <summary>What the pipeline keeps in the event store: the instant up to which alerts were raised, and the restart from it.</summary>
public sealed partial class ServiceCenter
{
    /// <summary>The name of the checkpoint (<see cref="IEventStore.WriteCheckpointAsync"/>) holding the instant up to which a
    /// site's SLA alerts and escalation climbs were raised and delivered.</summary>
    public const string RaisedUntilCheckpoint = "sla.raised-until";

    /// <summary>The site being restored, or null: while set, nothing reaches subscribers, notifiers, metrics or logs, and
    /// only that site's alerts and climbs fall due.</summary>
    private SiteId? _restoring;

    /// <summary>While restoring: the site's checkpoint; alerts and climbs due before it, and notices of events up to it,
    /// were raised before the restart.</summary>
    private Instant _silentBefore;

    /// <summary>How many alerts and notices the pipeline has raised: a publish that raised any records a checkpoint.</summary>
    private long _raised;

    /// <summary>
    /// Rebuilds a site's SLA timers and escalations after a restart, from the events in the store: each stored event is
    /// applied in the order it was stored, and what fell due before the site's <see cref="RaisedUntilCheckpoint"/> is
    /// taken as raised already (the pipeline records it after each poll, and after each publish that raised anything).
    /// Replayed events reach no subscriber, and nothing raised before the checkpoint is raised again. What fell due after
    /// it (for example before an event that was stored but not published when the host stopped) is raised during the
    /// restore and delivered to the notifiers: at least once, never lost. The next <see cref="PollAsync"/> raises what
    /// fell due since. Call it once per site at start-up, before running commands for that site.
    /// </summary>
    /// <remarks>Sites are restored apart: only the site's own alerts and escalation climbs advance while it is restored, so
    /// another site's later events or checkpoint never mark them as raised, in whatever order the sites are restored.
    /// If the host stopped after raising something but before recording the checkpoint, that is raised again (once more,
    /// never lost). Acknowledgements (<see cref="AcknowledgeAsync"/>) are not kept in the store: an escalation
    /// acknowledged before the restart climbs again when its time comes.</remarks>
    /// <param name="site">The site.</param>
    /// <param name="cancellationToken">Cancels the restore (the pipeline may then hold part of the site: create a new one).</param>
    /// <returns>How many events were replayed (those already published are skipped).</returns>
    /// <exception cref="InvalidOperationException">The service center has no store.</exception>
    /// <exception cref="StoredEventException">A stored event cannot be read back as written.</exception>
    public async ValueTask<long> RestoreAsync(SiteId site, CancellationToken cancellationToken = default)
    {
        var store = _store ?? throw new InvalidOperationException("This service center has no event store to restore from: register one (UseInMemoryStore, UseSqliteStore) or pass it to the constructor.");
        var raisedUntil = await store.ReadCheckpointAsync(site, RaisedUntilCheckpoint, cancellationToken).ConfigureAwait(false);
        long replayed = 0;
        long after = 0;
        _silentBefore = raisedUntil ?? Instant.MinValue;
        while (true)
        {
            var page = await store.ReadSiteAsync(site, after, 1000, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            var events = new DomainEvent[page.Count];
            for (var i = 0; i < page.Count; i++)
            {
                events[i] = page[i].Event;
            }

            lock (_gate)
            {
                var fresh = 0;
                foreach (var e in events)
                {
                    if (!_aggregates.TryGetValue((e.Actor.Site, e.AggregateId), out var known) || e.Version > known.Projection.Version)
                    {
                        fresh++; // versions already published are skipped, so they are not counted
                    }
                }

                _restoring = site;
                try
                {
                    PublishCore(events, alerts: null, notices: null);
                }
                finally
                {
                    _restoring = null;
                }

                replayed += fresh;
            }

            after = page[^1].Position;
        }

        if (raisedUntil is { } until)
        {
            lock (_gate)
            {
                _restoring = site;
                try
                {
                    Advance(until, alerts: null, notices: null);
                }
                finally
                {
                    _restoring = null;
                }
            }
        }

        await DeliverAsync(cancellationToken).ConfigureAwait(false); // what fell due after the checkpoint
        return replayed;
    }

    /// <summary>Whether something due at <paramref name="at"/> was raised before the restart being replayed: an alert or
    /// climb due before the checkpoint, or a notice of an event at or before it.</summary>
    private bool Silent(Instant at, bool atEvent) =>
        _restoring is not null && (atEvent ? at <= _silentBefore : at < _silentBefore);

    /// <summary>
    /// An aggregate's next SLA deadline under its site's policy: the earliest deadline of its open timers as of its last
    /// event, overdue ones included (a timer paused before its deadline has none until it resumes); null when none is
    /// open. Give it to <see cref="EventStoreRepository{TAggregate}"/> so the store's index answers "due before"
    /// (<see cref="StreamQuery.DueBefore"/>), overdue aggregates first.
    /// </summary>
    /// <param name="aggregate">The aggregate, after its command.</param>
    /// <returns>The deadline, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public Instant? NextDeadline(IEventSourced aggregate)
    {
        Preconditions.CheckNotNull(aggregate);
        var events = aggregate.Events;
        if (events.Count == 0)
        {
            return null;
        }

        Instant? earliest = null;
        foreach (var timer in _sites.For(aggregate.Site).Tracker.Project(events as IReadOnlyCollection<DomainEvent> ?? [.. events], events[^1].OccurredAt))
        {
            // Open and not paused: a timer whose deadline passed before the last event is still due (Breached, not Running).
            if (timer.IsOpen && timer.State != SlaTimerState.Paused && (earliest is null || timer.Deadline < earliest))
            {
                earliest = timer.Deadline;
            }
        }

        return earliest;
    }

    /// <summary>Records, for every site the pipeline has seen, that everything due before <paramref name="now"/> was raised and delivered.</summary>
    private async ValueTask CheckpointAsync(Instant now, CancellationToken cancellationToken)
    {
        if (_store is null || !_outbox.IsEmpty)
        {
            return; // with items still undelivered (another deliverer has them), the next poll records the instant
        }

        SiteId[] sites;
        lock (_gate)
        {
            sites = [.. _runtimeOrder.Select(r => r.Configuration.Site)];
        }

        foreach (var site in sites)
        {
            await _store.WriteCheckpointAsync(site, RaisedUntilCheckpoint, now, cancellationToken).ConfigureAwait(false);
        }
    }
}
