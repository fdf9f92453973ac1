using System.Collections.ObjectModel;
using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Workflows;

/// <summary>
/// An aggregate's recorded events and the facts every aggregate keeps about them (version, last time, site),
/// with the checks every history must pass and the detection of concurrent use.
/// </summary>
/// <remarks>
/// An aggregate is single-threaded by design. <see cref="Enter"/> marks it in use for the length of a command or
/// query; a second thread entering meanwhile gets an <see cref="InvalidOperationException"/> instead of
/// corrupting it silently. The check is one interlocked exchange.
/// </remarks>
internal sealed class EventLog
{
    private readonly List<DomainEvent> _events = new(16);
    private readonly string _noun;
    private readonly LocalizedText _nounText;
    private int _busy;

    /// <param name="id">The aggregate's identifier.</param>
    /// <param name="noun">How an officer names the aggregate ("ticket"); refusals read it from the resource <c>Noun.{noun}</c>.</param>
    internal EventLog(string id, string noun)
    {
        Id = id;
        _noun = noun;
        _nounText = LocalizedText.Noun(noun);
        Events = new ReadOnlyCollection<DomainEvent>(_events);
    }

    internal string Id { get; }

    /// <summary>A read-only view of the events; it cannot be cast back to a list and changed.</summary>
    internal IReadOnlyList<DomainEvent> Events { get; }

    internal int Version => _events.Count;

    internal Instant LastEventAt { get; private set; }

    internal SiteId Site { get; set; }

    /// <summary>Records an event already applied to the aggregate's state.</summary>
    internal void Add(DomainEvent e)
    {
        _events.Add(e);
        LastEventAt = e.OccurredAt;
    }

    /// <summary>
    /// The checks every event of a history passes before its workflow judges it: it is the aggregate's, has the
    /// next version, is not dated before the event before it, and its actor belongs to the aggregate's site.
    /// </summary>
    /// <exception cref="InvalidHistoryException">It does not.</exception>
    internal void Admit(DomainEvent e)
    {
        var expected = Version + 1;
        if (!string.Equals(e.AggregateId, Id, StringComparison.Ordinal))
        {
            throw new InvalidHistoryException(Id, expected, $"{e.GetType().Name} belongs to {e.AggregateId}.");
        }

        if (e.Version != expected)
        {
            throw new InvalidHistoryException(Id, expected, $"expected version {expected} but {e.GetType().Name} has version {e.Version}.");
        }

        if (Version > 0 && e.OccurredAt < LastEventAt)
        {
            throw new InvalidHistoryException(Id, expected, $"{e.GetType().Name} at {e.OccurredAt} is dated before the event before it ({LastEventAt}).");
        }

        if (Version > 0 && e.Actor.Site != Site)
        {
            throw new InvalidHistoryException(Id, expected, $"{e.GetType().Name} was recorded by {e.Actor.DisplayName} of site {e.Actor.Site}, but the {_noun} is at site {Site}.");
        }
    }

    /// <summary>The actor belongs to the aggregate's site; refused with <paramref name="code"/> otherwise.</summary>
    internal static Rejection? CheckSite(string code, LocalizedText noun, SiteId site, Actor actor) => actor.Site == site
        ? null
        : Rejection.Localized(code, null, "Actor", "Workflow.OtherSite", actor.DisplayName, actor.Site, noun, site);

    /// <summary>The record is kept in time order: nothing is dated before the aggregate's last event.</summary>
    internal static Rejection? CheckTime(string code, LocalizedText noun, Instant lastEventAt, Instant at) => at < lastEventAt
        ? Rejection.Localized(code, null, "At", "Workflow.TimeBeforeLastEvent", at, noun, lastEventAt)
        : null;

    /// <summary>Site, then time, for a record that may still be empty (its site is set when it is made).</summary>
    internal Rejection? CheckActor(string siteCode, string timeCode, Actor actor, Instant at) =>
        CheckSite(siteCode, _nounText, Site, actor) ?? (Version > 0 ? CheckTime(timeCode, _nounText, LastEventAt, at) : null);

    /// <summary>
    /// Replays a history into a record whose site is known before its first event: each event is admitted
    /// (<see cref="Admit"/>), must be by a person of the site, and must pass <paramref name="check"/>; then it is applied.
    /// </summary>
    /// <exception cref="InvalidHistoryException">An event is null, or fails a check.</exception>
    internal void ReplayAll(IEnumerable<DomainEvent> events, Func<DomainEvent, string?> check, Action<DomainEvent> apply)
    {
        foreach (var e in events)
        {
            var version = Version + 1;
            if (e is null)
            {
                throw new InvalidHistoryException(Id, version, "the event is null.");
            }

            Admit(e);
            var why = e.Actor.Site != Site
                ? $"{e.GetType().Name} was recorded by {e.Actor.DisplayName} of site {e.Actor.Site}, but the {_noun} is at site {Site}."
                : check(e);
            if (why is not null)
            {
                throw new InvalidHistoryException(Id, version, why);
            }

            apply(e);
        }
    }

    /// <summary>Marks the aggregate in use by this thread.</summary>
    /// <exception cref="InvalidOperationException">Another thread (or a nested call) is using it.</exception>
    internal void Enter()
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException(
                $"The {_noun} {Id} is already in use by another command. An aggregate is single-threaded: command it from one thread at a time (load one instance per unit of work).");
        }
    }

    /// <summary>Ends the use that <see cref="Enter"/> began.</summary>
    internal void Exit() => Volatile.Write(ref _busy, 0);

    /// <summary>Enters for the length of a <c>using</c> block.</summary>
    /// <exception cref="InvalidOperationException">Another thread (or a nested call) is using the aggregate.</exception>
    internal Scope Use()
    {
        Enter();
        return new Scope(this);
    }

    /// <summary>Leaves the aggregate when disposed; a struct, so entering allocates nothing.</summary>
    internal readonly ref struct Scope(EventLog log)
    {
        public void Dispose() => log.Exit();
    }
}
