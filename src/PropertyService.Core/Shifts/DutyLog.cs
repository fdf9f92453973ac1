using NodaTime;
using PropertyService.Utility;
using PropertyService.Workflows;

namespace PropertyService.Shifts;

/// <summary>
/// A site's books of calls and visits: the contact register kept by the officer on duty (登记表, CS-13) and the night
/// duty log kept by the night-duty technician (夜间值班记录表, CS-14). Which book an entry goes in is decided by the
/// roster, by who is on duty when the resident called or came, not by who writes it.
/// </summary>
/// <remarks>
/// <para>An entry goes in the night duty log when the shift on duty at its time needs a <see cref="Role.Technician"/>
/// (CS-12's night duty), otherwise in the contact register. A night entry not handled at night is handed over at the
/// morning handover (<see cref="ItemsToHandOver"/>), where it must be turned into a record or carried over (CS-15).</para>
/// <para>Event-sourced like the workflows: commands return the events they recorded or a <see cref="Rejection"/> that
/// changed nothing; <see cref="FromEvents"/> rebuilds the log. Single-threaded by design, like every aggregate.</para>
/// </remarks>
public sealed class DutyLog : IEventSourced
{
    private const string Noun = "duty log";
    private readonly EventLog _log;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<ContactEntry> _entries = [];

    /// <summary>Starts an empty duty log.</summary>
    /// <param name="id">The log's identifier.</param>
    /// <param name="site">The site.</param>
    /// <param name="timeZone">The site's time zone, in which the books are kept by day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="timeZone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or <paramref name="site"/> is empty.</exception>
    public DutyLog(string id, SiteId site, DateTimeZone timeZone)
    {
        _log = new EventLog(Preconditions.CheckNotBlank(id), Noun);
        if (site.IsEmpty)
        {
            throw new ArgumentException("A duty log belongs to a site.", nameof(site));
        }

        _log.Site = site;
        TimeZone = Preconditions.CheckNotNull(timeZone);
        Entries = _entries.AsReadOnly();
    }

    /// <summary>The log's identifier.</summary>
    public string Id => _log.Id;

    /// <summary>The site.</summary>
    public SiteId Site => _log.Site;

    /// <summary>The site's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The number of events; the version of the last.</summary>
    public int Version => _log.Version;

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt => _log.LastEventAt;

    /// <summary>The log's events in version order; a read-only view.</summary>
    public IReadOnlyList<DomainEvent> Events => _log.Events;

    /// <summary>The store's name for a duty log stream (<see cref="Storage.StreamStatus.AggregateType"/>), for queries.</summary>
    public const string AggregateType = "duty-log";

    /// <inheritdoc/>
    /// <remarks>The owner is nobody.</remarks>
    Storage.StreamStatus IEventSourced.Status => new(AggregateType, "Open", null);

    /// <summary>Every entry of both books, in the order logged.</summary>
    public IReadOnlyList<ContactEntry> Entries { get; }

    /// <summary>Rebuilds a duty log from its events.</summary>
    /// <param name="id">The log's identifier.</param>
    /// <param name="site">The site.</param>
    /// <param name="timeZone">The site's time zone.</param>
    /// <param name="events">The log's events in version order.</param>
    /// <returns>The log as of its last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are not a history the commands could have recorded.</exception>
    public static DutyLog FromEvents(string id, SiteId site, DateTimeZone timeZone, IEnumerable<DomainEvent> events)
    {
        var log = new DutyLog(id, site, timeZone);
        log._log.ReplayAll(
            Preconditions.CheckNotNull(events),
            e => e switch
            {
                ContactLogged l => log.CheckNew(l.EntryId)?.Message,
                ContactHandled h => log.CheckOpen(h.EntryId)?.Message,
                _ => $"{e.GetType().Name} is not an event of a {Noun}.",
            },
            log.Apply);
        return log;
    }

    /// <summary>The entry with <paramref name="entryId"/>, or null.</summary>
    /// <param name="entryId">The entry's identifier.</param>
    /// <returns>The entry, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entryId"/> is null.</exception>
    public ContactEntry? Find(string entryId) => _index.TryGetValue(Preconditions.CheckNotNull(entryId), out var i) ? _entries[i] : null;

    /// <summary>One book's entries of one local date in the site's time zone: the contact register or night duty log of that day.</summary>
    /// <param name="book">The book.</param>
    /// <param name="date">The local date of the calls and visits.</param>
    /// <returns>The entries, in the order logged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="book"/> is undefined.</exception>
    public IReadOnlyList<ContactEntry> BookOf(LogBook book, LocalDate date)
    {
        Preconditions.CheckDefined(book);
        return [.. _entries.Where(e => e.Book == book && e.At.InZone(TimeZone).Date == date)];
    }

    /// <summary>The contact register (登记表) of one local date: the calls and visits the officers on duty logged that day (CS-13).</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The entries, in the order logged.</returns>
    public IReadOnlyList<ContactEntry> ContactRegister(LocalDate date) => BookOf(LogBook.ContactRegister, date);

    /// <summary>
    /// The night duty log (夜间值班记录表) of the night that starts on <paramref name="nightOf"/>: the entries logged during
    /// the night duty that began that date, after midnight included (CS-14).
    /// </summary>
    /// <param name="nightOf">The date the night duty started on.</param>
    /// <returns>The entries, in the order logged.</returns>
    public IReadOnlyList<ContactEntry> NightDutyLog(LocalDate nightOf) =>
        [.. _entries.Where(e => e.Book == LogBook.NightDutyLog && e.Logged.ShiftDate == nightOf)];

    /// <summary>
    /// The night duty log's entries of <paramref name="shift"/> not handled at night: the items its technician hands over
    /// at the morning handover, each to be turned into a record or carried over (CS-15).
    /// </summary>
    /// <param name="shift">The outgoing shift.</param>
    /// <returns>One <see cref="HandoverItemKind.NightLogEntry"/> item per open night entry logged during the shift.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shift"/> is null.</exception>
    public IReadOnlyList<HandoverItem> ItemsToHandOver(Shift shift)
    {
        Preconditions.CheckNotNull(shift);
        return [.. _entries
            .Where(e => e.Book == LogBook.NightDutyLog && !e.IsHandled && shift.Interval.Contains(e.At))
            .Select(e => new HandoverItem(
                HandoverItemKind.NightLogEntry, e.Id, $"{e.Logged.Category} from {e.Logged.From}: {e.Logged.Summary}",
                e.Logged.Category is ContactCategory.Repair or ContactCategory.Complaint ? $"Logged at night ({e.At}); not handled at night." : null))];
    }

    /// <summary>
    /// Logs a call or visit in the book the roster decides: the night duty log while the shift on duty needs a
    /// technician (CS-14), the contact register otherwise (CS-13). A repair call also gets a work order at once: report it
    /// with <c>RepairTicket.Report</c> in the same book (<see cref="ContactEntry.Book"/>).
    /// </summary>
    /// <param name="entryId">The entry's identifier, unique in the log.</param>
    /// <param name="actor">Who writes it: a person of the site.</param>
    /// <param name="roster">The site's roster, which says who was on duty.</param>
    /// <param name="kind">Call or visit.</param>
    /// <param name="category">What it is about.</param>
    /// <param name="from">Who called or visited.</param>
    /// <param name="summary">What they said.</param>
    /// <param name="at">When they called or came.</param>
    /// <returns>A <see cref="ContactLogged"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entryId"/>, <paramref name="actor"/> or <paramref name="roster"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roster"/> is another site's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="category"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the log.</exception>
    public Result<IReadOnlyList<DomainEvent>> Record(
        string entryId, Actor actor, DutyRoster roster, ContactKind kind, ContactCategory category, string? from, string? summary, Instant at)
    {
        Preconditions.CheckNotNull(entryId);
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(roster);
        Preconditions.CheckDefined(kind);
        Preconditions.CheckDefined(category);
        if (roster.Site != Site)
        {
            throw new ArgumentException($"The roster is of site {roster.Site}, but the {Noun} is of site {Site}.", nameof(roster));
        }

        using var use = _log.Use();
        if ((CheckActor(actor, at) ?? CheckNew(entryId) ?? Required(from, "From", "DutyLog.FromRequired") ?? Required(summary, "Summary", "DutyLog.SummaryRequired")) is { } rejection)
        {
            return rejection;
        }

        // CS-14: while the night-duty technician is on duty, calls and visits go in the night duty log.
        var shift = roster.WhoIsOnDuty(at);
        var book = shift?.Template.Role == Role.Technician ? LogBook.NightDutyLog : LogBook.ContactRegister;
        return Commit(new ContactLogged(Id, Version + 1, at, actor, entryId.Trim(), book, shift?.Name, shift?.Date, kind, category, from!.Trim(), summary!.Trim()));
    }

    /// <summary>Records how an entry was handled (CS-13), or what the night technician did at once (CS-14). Once per entry.</summary>
    /// <param name="entryId">The entry.</param>
    /// <param name="actor">Who handled it: a person of the site.</param>
    /// <param name="handling">What was done.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="ContactHandled"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entryId"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the log.</exception>
    public Result<IReadOnlyList<DomainEvent>> MarkHandled(string entryId, Actor actor, string? handling, Instant at)
    {
        Preconditions.CheckNotNull(entryId);
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        return (CheckActor(actor, at) ?? CheckOpen(entryId) ?? Required(handling, "Handling", "DutyLog.HandlingRequired")) is { } rejection
            ? rejection
            : Commit(new ContactHandled(Id, Version + 1, at, actor, entryId, handling!.Trim()));
    }

    /// <summary>The log as text: its site and how many entries each book has.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"Duty log {Id} of {Site}: {_entries.Count(e => e.Book == LogBook.ContactRegister)} in the contact register, {_entries.Count(e => e.Book == LogBook.NightDutyLog)} in the night duty log";

    private Rejection? CheckActor(Actor actor, Instant at) =>
        _log.CheckActor(DutyLogRejectionCodes.WrongSite, DutyLogRejectionCodes.TimeBeforeLastEvent, actor, at);

    private Rejection? CheckNew(string entryId) =>
        string.IsNullOrWhiteSpace(entryId) ? Rejection.Localized(DutyLogRejectionCodes.EntryIdTaken, "CS-13", "EntryId", "DutyLog.EntryIdRequired")
        : _index.ContainsKey(entryId.Trim()) ? Rejection.Localized(DutyLogRejectionCodes.EntryIdTaken, "CS-13", "EntryId", "DutyLog.EntryIdTaken", entryId.Trim(), LocalizedText.Noun(Noun))
        : null;

    private Rejection? CheckOpen(string entryId) =>
        !_index.TryGetValue(entryId, out var i) ? Rejection.Localized(DutyLogRejectionCodes.EntryNotOpen, "CS-13", "EntryId", "DutyLog.NoSuchEntry", entryId, LocalizedText.Noun(Noun))
        : _entries[i].IsHandled ? Rejection.Localized(DutyLogRejectionCodes.EntryNotOpen, "CS-13", "EntryId", "DutyLog.EntryHandled", entryId, _entries[i].Handled!.Handling)
        : null;

    // CS-13: an entry says who called or visited, what they said and what was done; key names the missing part.
    private static Rejection? Required(string? text, string field, string key) =>
        string.IsNullOrWhiteSpace(text) ? Rejection.Localized(DutyLogRejectionCodes.EntryIncomplete, "CS-13", field, key) : null;

    private Result<IReadOnlyList<DomainEvent>> Commit(DomainEvent e)
    {
        Apply(e);
        return Array.AsReadOnly(new[] { e });
    }

    private void Apply(DomainEvent e)
    {
        switch (e)
        {
            case ContactLogged l:
                _index.Add(l.EntryId, _entries.Count);
                _entries.Add(new ContactEntry(l, null));
                break;
            case ContactHandled h:
                var i = _index[h.EntryId];
                _entries[i] = new ContactEntry(_entries[i].Logged, h);
                break;
        }

        _log.Add(e);
    }
}
