using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Escalation;

/// <summary>
/// Keeps every escalated cause and climbs the unacknowledged ones: a request becomes a notice unless its cause
/// already reached that level; a level not acknowledged within <see cref="EscalationOptions.AcknowledgeWithin"/>
/// passes the cause one level up, until the top of its chain.
/// </summary>
/// <remarks>
/// <para>Levels only go up, and the same cause never reaches the same level twice. Every instant comes from the
/// caller (an event's time, an alert's due time, a climb's due time), so the notices do not depend on when or how often
/// the host polls.</para>
/// <para><see cref="Acknowledge"/> does not climb first: call <see cref="Climb"/> up to the acknowledgement's time before it
/// (the <see cref="Pipeline.ServiceCenter"/> does), so that a climb already due is not stopped by a late acknowledgement.</para>
/// <para>Thread-safe: all members take an internal lock.</para>
/// </remarks>
public sealed class EscalationBoard
{
    private readonly Lock _lock = new();
    private readonly Duration _acknowledgeWithin;
    private readonly EscalationOptions _options;
    private readonly Dictionary<(SiteId Site, string Cause), EscalationCase> _cases = [];
    private readonly PriorityQueue<(SiteId Site, string Cause, Instant Due), (Instant Due, long Sequence)> _climbs = new();
    private long _sequence;

    /// <summary>Creates a board.</summary>
    /// <param name="options">How escalations climb; the defaults when null.</param>
    /// <exception cref="ArgumentException">The options are invalid (every error is listed).</exception>
    public EscalationBoard(EscalationOptions? options = null)
    {
        options ??= new EscalationOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        _acknowledgeWithin = options.AcknowledgeWithin;
        _options = new EscalationOptions { AcknowledgeWithin = options.AcknowledgeWithin };
    }

    /// <summary>A new, empty board with the same options.</summary>
    internal EscalationBoard Empty() => new(_options);

    /// <summary>Forgets every case and queued climb.</summary>
    internal void Clear()
    {
        lock (_lock)
        {
            _cases.Clear();
            _climbs.Clear();
            _sequence = 0;
        }
    }

    /// <summary>When the next unacknowledged level climbs, or null.</summary>
    public Instant? NextClimbAt
    {
        get
        {
            lock (_lock)
            {
                DropStale();
                return _climbs.TryPeek(out var climb, out _) ? climb.Due : null;
            }
        }
    }

    /// <summary>Escalates a cause, unless it already reached the level asked (or the top of its chain).</summary>
    /// <param name="site">The site.</param>
    /// <param name="ladder">The site's ladder.</param>
    /// <param name="request">What a rule decided.</param>
    /// <param name="at">When: the event's time or the alert's due time.</param>
    /// <returns>The notice to deliver, or null when the cause is already at or above that level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ladder"/> or <paramref name="request"/> is null.</exception>
    public EscalationNotice? Submit(SiteId site, EscalationLadder ladder, EscalationRequest request, Instant at)
    {
        Preconditions.CheckNotNull(ladder);
        Preconditions.CheckNotNull(request);
        var top = ladder.Top(request.Department);
        var level = request.Level > top ? top : request.Level;
        if (ladder.RoleAt(request.Department, level) is null)
        {
            return null;
        }

        lock (_lock)
        {
            var key = (site, request.Cause);
            EscalationCase escalation;
            if (_cases.TryGetValue(key, out var current))
            {
                if (level <= current.Level)
                {
                    return null; // The same cause never reaches the same level twice; levels only go up.
                }

                escalation = current with
                {
                    Level = level,
                    Urgency = request.Urgency > current.Urgency ? request.Urgency : current.Urgency,
                    RuleId = request.RuleId,
                    Reason = request.Reason,
                    NotifiedAt = at,
                    Acknowledgement = null,
                };
            }
            else
            {
                escalation = new EscalationCase(site, ladder, request, level, at);
            }

            return Store(escalation, at, climbed: false);
        }
    }

    /// <summary>Climbs every level not acknowledged in time, up to <paramref name="until"/>, in time order.</summary>
    /// <param name="until">Now.</param>
    /// <returns>The notices of the levels reached.</returns>
    public IReadOnlyList<EscalationNotice> Climb(Instant until)
    {
        var notices = new List<EscalationNotice>();
        while (ClimbNext(until) is { } notice)
        {
            notices.Add(notice);
        }

        return notices;
    }

    /// <summary>Records that someone at or above the level notified has taken the matter on; the climb stops.</summary>
    /// <param name="site">The site.</param>
    /// <param name="cause">The cause, as in the notice.</param>
    /// <param name="actor">Who acknowledges: someone of the site holding the role notified or one above it in the chain.</param>
    /// <param name="at">When.</param>
    /// <returns>The acknowledgement, or a rejection saying why not (nothing changes then).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cause"/> or <paramref name="actor"/> is null.</exception>
    public Result<EscalationAcknowledgement> Acknowledge(SiteId site, string cause, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(cause);
        Preconditions.CheckNotNull(actor);
        lock (_lock)
        {
            if (!_cases.TryGetValue((site, cause), out var escalation))
            {
                return Rejection.Localized(EscalationRejectionCodes.Unknown, null, "Cause", "Escalation.Rejection.Unknown", cause, site);
            }

            if (actor.Site != site)
            {
                return Rejection.Localized(EscalationRejectionCodes.OtherSite, null, "Actor", "Escalation.Rejection.OtherSite", actor.DisplayName, actor.Site, site);
            }

            if (escalation.Acknowledgement is { } done)
            {
                return Rejection.Localized(EscalationRejectionCodes.AlreadyAcknowledged, escalation.RuleId, "Cause", "Escalation.Rejection.AlreadyAcknowledged", cause, done.By.DisplayName, done.At);
            }

            var chain = escalation.Ladder.Chain(escalation.Department);
            var allowed = chain.Skip(escalation.Level.Value).ToArray();
            if (!allowed.Any(actor.HasRole))
            {
                return Rejection.Localized(EscalationRejectionCodes.RoleNotAllowed, escalation.RuleId, "Actor", "Escalation.Rejection.RoleNotAllowed", actor.DisplayName, LocalizedText.Join("Text.Or", allowed.Select(r => (object?)LocalizedText.Of("Escalation.Role", r))));
            }

            if (at < escalation.NotifiedAt)
            {
                return Rejection.Localized(EscalationRejectionCodes.BeforeNotice, escalation.RuleId, "At", "Escalation.Rejection.BeforeNotice", at, escalation.NotifiedAt);
            }

            var acknowledgement = new EscalationAcknowledgement(cause, escalation.Level, actor, at);
            _cases[(site, cause)] = escalation with { Acknowledgement = acknowledgement, NextClimbAt = null };
            return acknowledgement;
        }
    }

    /// <summary>One cause's state, or null when it was never escalated.</summary>
    /// <param name="site">The site.</param>
    /// <param name="cause">The cause.</param>
    /// <returns>The case, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cause"/> is null.</exception>
    public EscalationCase? Find(SiteId site, string cause)
    {
        Preconditions.CheckNotNull(cause);
        lock (_lock)
        {
            return _cases.GetValueOrDefault((site, cause));
        }
    }

    /// <summary>A site's escalations, acknowledged or not, oldest first.</summary>
    /// <param name="site">The site.</param>
    /// <returns>The cases.</returns>
    public IReadOnlyList<EscalationCase> Cases(SiteId site)
    {
        lock (_lock)
        {
            return [.. _cases.Values.Where(c => c.Site == site).OrderBy(c => c.RaisedAt).ThenBy(c => c.Cause, StringComparer.Ordinal)];
        }
    }

    /// <summary>When the next unacknowledged level of one site climbs, or null (a scan: only a restore asks).</summary>
    internal Instant? NextClimbAtOf(SiteId site)
    {
        lock (_lock)
        {
            return EarliestOf(site)?.Due;
        }
    }

    /// <summary>Climbs the earliest level due at or before <paramref name="until"/>, if any, of any site or of <paramref name="site"/> only.</summary>
    /// <returns>The notice of the level reached, or null when nothing is due.</returns>
    internal EscalationNotice? ClimbNext(Instant until, SiteId? site = null)
    {
        lock (_lock)
        {
            DropStale();
            (SiteId Site, string Cause, Instant Due) climb;
            if (site is { } only)
            {
                if (EarliestOf(only) is not { } earliest || earliest.Due > until)
                {
                    return null;
                }

                climb = earliest;
                _climbs.Remove(climb, out _, out _);
            }
            else
            {
                if (!_climbs.TryPeek(out climb, out _) || climb.Due > until)
                {
                    return null;
                }

                _climbs.Dequeue();
            }

            var escalation = _cases[(climb.Site, climb.Cause)];
            return Store(escalation with { Level = escalation.Level.Up(), NotifiedAt = climb.Due }, climb.Due, climbed: true);
        }
    }

    /// <summary>Keeps the case and queues its climb, unless it is at the top of its chain.</summary>
    private EscalationNotice Store(EscalationCase escalation, Instant at, bool climbed)
    {
        var climbs = escalation.Ladder.RoleAt(escalation.Department, escalation.Level.Up()) is not null;
        escalation = escalation with { NextClimbAt = climbs ? at + _acknowledgeWithin : null };
        _cases[(escalation.Site, escalation.Cause)] = escalation;
        if (escalation.NextClimbAt is { } due)
        {
            _climbs.Enqueue((escalation.Site, escalation.Cause, due), (due, _sequence++));
        }

        return new EscalationNotice(escalation, at, climbed);
    }

    /// <summary>The queued climb of a site that comes first in the queue's order, skipping stale ones.</summary>
    private (SiteId Site, string Cause, Instant Due)? EarliestOf(SiteId site)
    {
        (SiteId Site, string Cause, Instant Due)? earliest = null;
        (Instant Due, long Sequence) first = default;
        foreach (var (climb, priority) in _climbs.UnorderedItems)
        {
            if (climb.Site == site && _cases[(climb.Site, climb.Cause)].NextClimbAt == climb.Due && (earliest is null || priority.CompareTo(first) < 0))
            {
                earliest = climb;
                first = priority;
            }
        }

        return earliest;
    }

    /// <summary>Drops queued climbs that no longer match their case (acknowledged, or superseded by a higher level).</summary>
    private void DropStale()
    {
        while (_climbs.TryPeek(out var climb, out _)
               && _cases[(climb.Site, climb.Cause)].NextClimbAt != climb.Due)
        {
            _climbs.Dequeue();
        }
    }
}
