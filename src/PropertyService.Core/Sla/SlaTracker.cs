using System.Collections.Concurrent;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// Turns an aggregate's events into its SLA timers: a pure projection of (events, policy, calendars). The
/// policy is the first of <see cref="Policies"/> that applies to the subject; each of its targets is started,
/// paused, resumed, met or cancelled by the events, and its deadline computed on its calendar.
/// </summary>
/// <remarks>
/// <para>Nothing is stored: after a policy or calendar change, project again from the same events (paused time is
/// kept, because it comes from the events). Events of other aggregates are ignored; events are taken in version order.</para>
/// <para>Pausing moves a working-time deadline (<see cref="SlaDeadlineKind.After"/>, and
/// <see cref="SlaDeadlineKind.EndOfBusinessDay"/>, which is measured as the working time up to that day's end) by the
/// working time spent paused; a deadline at a carried instant (an appointment) does not move, and a later start event
/// carrying a new instant reschedules it.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class SlaTracker
{
    private readonly IReadOnlyDictionary<string, BusinessCalendar> _calendars;
    private readonly PolicyPlan[] _plans;

    /// <summary>Creates a tracker.</summary>
    /// <param name="policies">The policies, in order of precedence: the first that applies is used.</param>
    /// <param name="calendars">The business calendars targets name, by name; targets without a calendar use the 24/7 calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A target names a calendar that <paramref name="calendars"/> lacks.</exception>
    public SlaTracker(IEnumerable<SlaPolicy> policies, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null)
    {
        Policies = Preconditions.CheckNotNull(policies).ToList();
        _calendars = calendars ?? new Dictionary<string, BusinessCalendar>();
        foreach (var policy in Policies)
        {
            Preconditions.CheckNotNull(policy, nameof(policies));
            foreach (var target in policy.Targets)
            {
                var name = target.Deadline.CalendarName;
                if (name is not null && !_calendars.ContainsKey(name))
                {
                    throw new ArgumentException(
                        $"calendars: target '{target.Name}' of policy '{policy.Name}' counts working time on calendar '{name}', which was not given. Calendars: {string.Join(", ", _calendars.Keys)}.",
                        nameof(calendars));
                }
            }
        }

        _plans = [.. Policies.Select(p => new PolicyPlan([.. p.Targets.Select(t => new TargetPlan(t, t.WarningThreshold ?? p.WarningThreshold, CalendarFor(t)))]))];
    }

    /// <summary>The policies, in order of precedence.</summary>
    public IReadOnlyList<SlaPolicy> Policies { get; }

    /// <summary>The first policy that applies to a subject, or null.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The policy, or null.</returns>
    public SlaPolicy? PolicyFor(SlaSubject subject) => Policies.FirstOrDefault(p => p.AppliesTo(subject));

    /// <summary>Projects an aggregate's events into its timers (one per target that has started), as of an instant.</summary>
    /// <param name="subject">The aggregate and the facts that choose its policy.</param>
    /// <param name="events">The aggregate's events (any order; taken in version order).</param>
    /// <param name="asOf">Now: decides whether open timers have been breached.</param>
    /// <returns>The timers, in the order of the policy's targets; empty when no policy applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has no aggregate identifier.</exception>
    /// <exception cref="HolidayDataMissingException">A calendar with the Fail policy lacks holiday data for a year it was asked about.</exception>
    public IReadOnlyList<SlaTimer> Project(SlaSubject subject, IEnumerable<DomainEvent> events, Instant asOf)
    {
        Preconditions.CheckNotBlank(subject.AggregateId, nameof(subject));
        var ordered = Preconditions.CheckNotNull(events)
            .Select(e => Preconditions.CheckNotNull(e, nameof(events)))
            .Where(e => e.AggregateId == subject.AggregateId)
            .OrderBy(e => e.Version)
            .ToList();
        var policy = PolicyFor(subject);
        if (policy is null)
        {
            return [];
        }

        var timers = new List<SlaTimer>();
        foreach (var target in policy.Targets)
        {
            var timer = ProjectTarget(subject.AggregateId, target, target.WarningThreshold ?? policy.WarningThreshold, ordered, asOf);
            if (timer is not null)
            {
                timers.Add(timer);
            }
        }

        return timers;
    }

    /// <summary>
    /// Projects an aggregate's events into its timers, deriving the subject from the events
    /// (<see cref="SlaSubject.FromEvents"/>): the convenience for "this ticket's events → its SLA timers".
    /// </summary>
    /// <param name="events">The aggregate's events.</param>
    /// <param name="asOf">Now.</param>
    /// <returns>The timers, in the order of the policy's targets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> is empty.</exception>
    /// <exception cref="HolidayDataMissingException">A calendar with the Fail policy lacks holiday data for a year it was asked about.</exception>
    public IReadOnlyList<SlaTimer> Project(IReadOnlyCollection<DomainEvent> events, Instant asOf) =>
        Project(SlaSubject.FromEvents(events), events, asOf);

    /// <summary>
    /// Starts an incremental projection of one aggregate: apply its events one by one as they are committed and read
    /// its timers at any time, without projecting its whole history again (what the event pipeline does per event).
    /// </summary>
    /// <param name="subject">The aggregate and the facts that choose its policy.</param>
    /// <returns>The projection, with no event applied yet; it has no timers when no policy applies.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> has no aggregate identifier.</exception>
    public SlaProjection Start(SlaSubject subject)
    {
        Preconditions.CheckNotBlank(subject.AggregateId, nameof(subject));
        var plan = PlanFor(subject, out var policy);
        return new SlaProjection(subject, policy, plan);
    }

    /// <summary>The plan of the first policy that applies to a subject (<see cref="PolicyPlan.None"/> when none does).</summary>
    internal PolicyPlan PlanFor(SlaSubject subject, out SlaPolicy? policy)
    {
        for (var i = 0; i < Policies.Count; i++)
        {
            if (Policies[i].AppliesTo(subject))
            {
                policy = Policies[i];
                return _plans[i];
            }
        }

        policy = null;
        return PolicyPlan.None;
    }

    private SlaTimer? ProjectTarget(string aggregateId, SlaTarget target, double threshold, List<DomainEvent> events, Instant asOf)
    {
        var run = new TargetRun(target, threshold, CalendarFor(target));
        foreach (var e in events)
        {
            run.Apply(e);
        }

        return run.ToTimer(aggregateId, asOf);
    }

    private BusinessCalendar CalendarFor(SlaTarget target) =>
        target.Deadline.CalendarName is { } name ? _calendars[name] : BusinessCalendar.AlwaysOpen;

    /// <summary>
    /// A policy's targets as this tracker runs them, and which of them each event type concerns: an incremental projection
    /// looks at those only, since a target's run changes only on an event one of its triggers matches.
    /// </summary>
    /// <remarks>Thread-safe: the projections of every aggregate share it.</remarks>
    internal sealed class PolicyPlan(TargetPlan[] targets)
    {
        private readonly ConcurrentDictionary<Type, int[]> _concerned = new();

        /// <summary>The plan of no policy: no targets.</summary>
        internal static PolicyPlan None { get; } = new([]);

        internal TargetPlan[] Targets => targets;

        /// <summary>The indices of the targets an event of a type can start, block, stop, cancel, pause, resume or reschedule.</summary>
        internal int[] Concerned(Type eventType) =>
            _concerned.TryGetValue(eventType, out var indices)
                ? indices
                : _concerned.GetOrAdd(eventType, static (type, plans) => [.. Enumerable.Range(0, plans.Length).Where(i => plans[i].Concerns(type))], targets);
    }

    /// <summary>One target of a policy as this tracker runs it: with its warning threshold and its calendar.</summary>
    internal sealed class TargetPlan(SlaTarget target, double threshold, BusinessCalendar calendar)
    {
        private readonly double _threshold = threshold;
        private readonly BusinessCalendar _calendar = calendar;

        internal SlaTarget Target => target;

        /// <summary>A run of the target that has seen no event yet.</summary>
        internal TargetRun NewRun() => new(target, _threshold, _calendar);

        /// <summary>
        /// Whether a run of this plan and a run of <paramref name="other"/> are the same on any events: equal targets (the
        /// same triggers and deadline), the same warning threshold, the same calendar.
        /// </summary>
        internal bool SameAs(TargetPlan other) =>
            ReferenceEquals(this, other)
            || (target.Equals(other.Target) && _threshold.Equals(other._threshold) && ReferenceEquals(_calendar, other._calendar));

        /// <summary>Whether any trigger of the target can match an event of a type.</summary>
        internal bool Concerns(Type eventType) =>
            target.Start.CanMatch(eventType) || target.Stop.CanMatch(eventType) || target.Cancel?.CanMatch(eventType) == true
            || target.Pause?.CanMatch(eventType) == true || target.Resume?.CanMatch(eventType) == true || target.Unless?.CanMatch(eventType) == true;
    }

    /// <summary>The state machine of one target over one aggregate's events.</summary>
    internal sealed class TargetRun(SlaTarget target, double threshold, BusinessCalendar calendar)
    {
        private bool _started;
        private bool _blocked;
        private bool _paused;
        private bool _cancelled;
        private Instant _startedAt;
        private Instant _segmentStart;
        private Instant _pausedAt;
        private Instant? _stoppedAt;
        private Duration _allowed;
        private Duration _consumed;
        private Duration _pausedTotal;
        private Instant _deadline;
        private Instant _warningAt;
        private string? _calendarWarning;

        /// <summary>Applies one event; returns whether the timer changed (started, stopped, paused, resumed, rescheduled).</summary>
        internal bool Apply(DomainEvent e)
        {
            if (!_started)
            {
                if (Starts(target, ref _blocked, e))
                {
                    Begin(e);
                }

                return _started;
            }

            if (_stoppedAt is not null)
            {
                return false;
            }

            var at = e.OccurredAt;
            if (target.Stop.Matches(e))
            {
                if (_paused)
                {
                    _pausedTotal += at - _pausedAt;
                }

                _stoppedAt = at;
            }
            else if (target.Cancel?.Matches(e) == true)
            {
                _stoppedAt = at;
                _cancelled = true;
            }
            else if (target.Deadline.Kind == SlaDeadlineKind.AtCarriedInstant && target.Start.Matches(e)
                     && target.Start.InstantCarriedBy(e) is { } rescheduled)
            {
                _deadline = rescheduled + target.Deadline.Amount;
                _warningAt = WarningBetween(_startedAt, _deadline);
            }
            else if (!_paused && target.Pause?.Matches(e) == true)
            {
                if (target.Deadline.Kind != SlaDeadlineKind.AtCarriedInstant)
                {
                    _consumed += Note(calendar.Elapsed(_segmentStart, at));
                }

                _pausedAt = at;
                _paused = true;
            }
            else if (_paused && target.Resume?.Matches(e) == true)
            {
                _pausedTotal += at - _pausedAt;
                _segmentStart = at;
                _paused = false;
                Schedule();
            }
            else
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// Whether an event starts a target that has not started: its start trigger matches, and neither this event nor an
        /// earlier one matched its <see cref="SlaTarget.Unless"/> (which <paramref name="blocked"/> remembers).
        /// </summary>
        internal static bool Starts(SlaTarget target, ref bool blocked, DomainEvent e)
        {
            if (target.Unless?.Matches(e) == true)
            {
                blocked = true;
            }

            return !blocked && target.Start.Matches(e);
        }

        /// <summary>Starts a run that has seen no event with an event that <see cref="Starts"/>; returns whether it started
        /// (a deadline at a carried instant needs the instant).</summary>
        internal bool StartWith(DomainEvent e)
        {
            Begin(e);
            return _started;
        }

        /// <summary>What <see cref="SlaMonitor.Track(SlaTimer)"/> does with this run's timer, without making the timer.</summary>
        internal void TrackIn(SlaMonitor monitor, string aggregateId)
        {
            if (!_started)
            {
                return;
            }

            if (_stoppedAt is not null)
            {
                monitor.Remove(aggregateId, target.Name);
                return;
            }

            // A timer paused after its deadline is breached, not paused (as ToTimer says), so its breach still falls due.
            monitor.Upsert(aggregateId, target, _warningAt, _deadline, paused: _paused && _pausedAt <= _deadline);
        }

        internal SlaTimer? ToTimer(string aggregateId, Instant asOf)
        {
            if (!_started)
            {
                return null;
            }

            return new SlaTimer(aggregateId, target, StateAt(asOf), _startedAt, _deadline, _warningAt, _pausedTotal, _stoppedAt, asOf, _calendarWarning);
        }

        /// <summary>The deadline of a started run (<see cref="SlaTimer.Deadline"/>).</summary>
        internal Instant Deadline => _deadline;

        /// <summary>Whether a started run was met or cancelled (<see cref="SlaTimer.StoppedAt"/> is set).</summary>
        internal bool IsStopped => _stoppedAt is not null;

        /// <summary>Where a started run stands as of an instant (<see cref="SlaTimer.State"/>).</summary>
        internal SlaTimerState StateAt(Instant asOf)
        {
            if (_stoppedAt is { } stopped)
            {
                return _cancelled ? SlaTimerState.Cancelled : stopped > _deadline ? SlaTimerState.Breached : SlaTimerState.Met;
            }

            if (_paused)
            {
                return _pausedAt > _deadline ? SlaTimerState.Breached : SlaTimerState.Paused;
            }

            return asOf > _deadline ? SlaTimerState.Breached : SlaTimerState.Running;
        }

        private void Begin(DomainEvent e)
        {
            var at = e.OccurredAt;
            switch (target.Deadline.Kind)
            {
                case SlaDeadlineKind.AtCarriedInstant:
                    if (target.Start.InstantCarriedBy(e) is not { } carried)
                    {
                        return; // Nothing to aim at (no appointment): the target does not apply.
                    }

                    _deadline = carried + target.Deadline.Amount;
                    _warningAt = WarningBetween(at, _deadline);
                    break;
                case SlaDeadlineKind.EndOfBusinessDay:
                    var end = Note(calendar.EndOfBusinessDay(at, target.Deadline.BusinessDays));
                    _allowed = Note(calendar.Elapsed(at, end));
                    break;
                default:
                    _allowed = target.Deadline.Amount;
                    break;
            }

            _started = true;
            _startedAt = at;
            _segmentStart = at;
            if (target.Deadline.Kind != SlaDeadlineKind.AtCarriedInstant)
            {
                Schedule();
            }
        }

        /// <summary>Deadline and warning from the current running segment and the working time consumed before it.</summary>
        private void Schedule()
        {
            if (target.Deadline.Kind == SlaDeadlineKind.AtCarriedInstant)
            {
                return;
            }

            var remaining = _allowed - _consumed;
            if (remaining > Duration.Zero)
            {
                _deadline = Note(calendar.Add(_segmentStart, remaining));
            }

            var warnAfter = Duration.FromNanoseconds((long)(_allowed.ToInt64Nanoseconds() * threshold));
            if (warnAfter - _consumed > Duration.Zero)
            {
                _warningAt = Note(calendar.Add(_segmentStart, warnAfter - _consumed));
            }
            else if (_consumed == Duration.Zero)
            {
                _warningAt = _segmentStart;
            }
        }

        private Instant WarningBetween(Instant start, Instant deadline) =>
            deadline <= start ? deadline : start + Duration.FromNanoseconds((long)((deadline - start).ToInt64Nanoseconds() * threshold));

        private T Note<T>(CalendarResult<T> result)
        {
            _calendarWarning ??= result.Warning;
            return result.Value;
        }
    }
}
