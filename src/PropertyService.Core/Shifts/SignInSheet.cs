using NodaTime;
using PropertyService.Utility;
using PropertyService.Workflows;
using static PropertyService.Shifts.SignInSheetRejectionCodes;

namespace PropertyService.Shifts;

/// <summary>
/// The service center's sign-in sheet (CS-05): staff sign in there before going out to work and sign back when the
/// work ends, so the center always knows who is out and where; the record is kept and listed per person and day.
/// </summary>
/// <remarks>
/// Event-sourced like the workflows: commands return the events they recorded or a <see cref="Rejection"/> that changed
/// nothing; <see cref="FromEvents"/> rebuilds the sheet. Single-threaded by design, like every aggregate.
/// </remarks>
public sealed class SignInSheet : IEventSourced
{
    private const string Noun = "sign-in sheet";
    private readonly EventLog _log;
    private readonly List<WorkSignIn> _outings = [];
    private readonly Dictionary<Actor, int> _out = [];

    /// <summary>Starts an empty sheet.</summary>
    /// <param name="id">The sheet's identifier.</param>
    /// <param name="site">The site.</param>
    /// <param name="timeZone">The site's time zone, in which outings are listed by day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="timeZone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or <paramref name="site"/> is empty.</exception>
    public SignInSheet(string id, SiteId site, DateTimeZone timeZone)
    {
        _log = new EventLog(Preconditions.CheckNotBlank(id), Noun);
        if (site.IsEmpty)
        {
            throw new ArgumentException("A sign-in sheet belongs to a site.", nameof(site));
        }

        _log.Site = site;
        TimeZone = Preconditions.CheckNotNull(timeZone);
    }

    /// <summary>The sheet's identifier.</summary>
    public string Id => _log.Id;

    /// <summary>The site.</summary>
    public SiteId Site => _log.Site;

    /// <summary>The site's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The number of events; the version of the last.</summary>
    public int Version => _log.Version;

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt => _log.LastEventAt;

    /// <summary>The sheet's events in version order; a read-only view.</summary>
    public IReadOnlyList<DomainEvent> Events => _log.Events;

    /// <summary>The store's name for a sign-in sheet stream (<see cref="Storage.StreamStatus.AggregateType"/>), for queries.</summary>
    public const string AggregateType = "sign-in-sheet";

    /// <inheritdoc/>
    /// <remarks>The owner is nobody.</remarks>
    Storage.StreamStatus IEventSourced.Status => new(AggregateType, "Open", null);

    /// <summary>Who is out at work now: signed in and not yet back, in the order they went.</summary>
    public IReadOnlyList<WorkSignIn> OutAtWork => [.. _out.Values.Order().Select(i => _outings[i])];

    /// <summary>Rebuilds a sheet from its events.</summary>
    /// <param name="id">The sheet's identifier.</param>
    /// <param name="site">The site.</param>
    /// <param name="timeZone">The site's time zone.</param>
    /// <param name="events">The sheet's events in version order.</param>
    /// <returns>The sheet as of its last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are not a history the commands could have recorded.</exception>
    public static SignInSheet FromEvents(string id, SiteId site, DateTimeZone timeZone, IEnumerable<DomainEvent> events)
    {
        var sheet = new SignInSheet(id, site, timeZone);
        sheet._log.ReplayAll(
            Preconditions.CheckNotNull(events),
            e => e switch
            {
                StaffSignedIn => sheet.CheckNotOut(e.Actor)?.Message,
                StaffSignedBack => sheet.CheckOut(e.Actor)?.Message,
                _ => $"{e.GetType().Name} is not an event of a {Noun}.",
            },
            sheet.Apply);
        return sheet;
    }

    /// <summary>The outings of <paramref name="person"/> that began on <paramref name="date"/> in the site's time zone (CS-05).</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The local date.</param>
    /// <returns>The outings, in the order they began.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public IReadOnlyList<WorkSignIn> OutingsOf(Actor person, LocalDate date)
    {
        Preconditions.CheckNotNull(person);
        return [.. _outings.Where(o => o.Person.Equals(person) && o.Out.InZone(TimeZone).Date == date)];
    }

    /// <summary>A member of staff signs in before going out to work (CS-05).</summary>
    /// <param name="actor">The person; everyone signs for themselves.</param>
    /// <param name="task">Where they are going and what for.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="StaffSignedIn"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the sheet.</exception>
    public Result<IReadOnlyList<DomainEvent>> SignIn(Actor actor, string? task, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        if ((_log.CheckActor(WrongSite, TimeBeforeLastEvent, actor, at) ?? CheckNotOut(actor)) is { } rejection)
        {
            return rejection;
        }

        return string.IsNullOrWhiteSpace(task)
            ? Rejection.Localized(TaskRequired, "CS-05", "Task", "SignInSheet.TaskRequired")
            : Commit(new StaffSignedIn(Id, Version + 1, at, actor, task.Trim()));
    }

    /// <summary>A member of staff signs back when the work ends (CS-05).</summary>
    /// <param name="actor">The person who signed in.</param>
    /// <param name="note">What was done, or null.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="StaffSignedBack"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the sheet.</exception>
    public Result<IReadOnlyList<DomainEvent>> SignBack(Actor actor, string? note, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        return (_log.CheckActor(WrongSite, TimeBeforeLastEvent, actor, at) ?? CheckOut(actor)) is { } rejection
            ? rejection
            : Commit(new StaffSignedBack(Id, Version + 1, at, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }

    /// <summary>The sheet as text: how many outings, how many out now.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Sign-in sheet {Id} of {Site}: {_outings.Count} outings, {_out.Count} out now";

    private Rejection? CheckNotOut(Actor actor) => _out.TryGetValue(actor, out var i)
        ? Rejection.Localized(AlreadyOut, "CS-05", "Actor", "SignInSheet.AlreadyOut", actor.DisplayName, _outings[i].SignedIn.Task, _outings[i].Out)
        : null;

    private Rejection? CheckOut(Actor actor) => _out.ContainsKey(actor)
        ? null
        : Rejection.Localized(NotOut, "CS-05", "Actor", "SignInSheet.NotOut", actor.DisplayName);

    private Result<IReadOnlyList<DomainEvent>> Commit(DomainEvent e)
    {
        Apply(e);
        return Array.AsReadOnly(new[] { e });
    }

    private void Apply(DomainEvent e)
    {
        switch (e)
        {
            case StaffSignedIn s:
                _out.Add(s.Actor, _outings.Count);
                _outings.Add(new WorkSignIn(s, null));
                break;
            case StaffSignedBack b:
                var i = _out[b.Actor];
                _out.Remove(b.Actor);
                _outings[i] = new WorkSignIn(_outings[i].SignedIn, b);
                break;
        }

        _log.Add(e);
    }
}
