using NodaTime;
using PropertyService.Utility;
using PropertyService.Workflows;
using static PropertyService.Complaints.ComplaintRejectionCodes;

namespace PropertyService.Complaints;

/// <summary>
/// A complaint record (投诉记录表): recorded by an officer, the department concerned notified (CS-13, CS-15), closed
/// with its outcome. Recorded from a call or visit, from the night duty log at the morning handover keeping the night's
/// original time (CS-15), or when a dissatisfied follow-up visit opens a complaint instead of reopening the repair.
/// </summary>
/// <remarks>
/// Event-sourced like the workflows: commands return the events they recorded or a <see cref="Rejection"/> that changed
/// nothing, checked in the same order (site, time, role, state, arguments); <see cref="FromEvents"/> rebuilds a complaint
/// and refuses a history the commands could not have recorded. Single-threaded by design, like every aggregate.
/// </remarks>
public sealed class Complaint : IEventSourced
{
    private static readonly Role[] Staff = [Role.Officer, Role.ServiceSupervisor, Role.ServiceManager];
    private readonly EventLog _log;

    private Complaint(string id)
    {
        _log = new EventLog(id, "complaint");
        From = null!;
        Summary = null!;
    }

    /// <summary>The complaint's identifier.</summary>
    public string Id => _log.Id;

    /// <summary>The site.</summary>
    public SiteId Site => _log.Site;

    /// <summary>Where the complaint is.</summary>
    public ComplaintState State { get; private set; }

    /// <summary>The number of events; the version of the last.</summary>
    public int Version => _log.Version;

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt => _log.LastEventAt;

    /// <summary>The complaint's events in version order; a read-only view.</summary>
    public IReadOnlyList<DomainEvent> Events => _log.Events;

    /// <summary>The store's name for a complaint stream (<see cref="Storage.StreamStatus.AggregateType"/>), for queries.</summary>
    public const string AggregateType = "complaint";

    /// <inheritdoc/>
    /// <remarks>The owner is nobody.</remarks>
    Storage.StreamStatus IEventSourced.Status => new(AggregateType, State.ToString(), null);

    /// <summary>When the resident complained.</summary>
    public Instant ReceivedAt { get; private set; }

    /// <summary>Who complained.</summary>
    public string From { get; private set; }

    /// <summary>What about.</summary>
    public string Summary { get; private set; }

    /// <summary>The record it came from, or null.</summary>
    public string? Source { get; private set; }

    /// <summary>The department notified, or null.</summary>
    public string? Department { get; private set; }

    /// <summary>What came of it, or null while open.</summary>
    public string? Outcome { get; private set; }

    /// <summary>Records a complaint.</summary>
    /// <param name="id">The complaint's identifier.</param>
    /// <param name="actor">A customer-service officer, supervisor or manager.</param>
    /// <param name="from">Who complained.</param>
    /// <param name="summary">What about.</param>
    /// <param name="receivedAt">When the resident complained: at the night's original time for a night-log entry (CS-15).</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="source">The record it comes from (a night-log entry, a repair ticket), or null.</param>
    /// <returns>The complaint and its <see cref="ComplaintRecorded"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public static Result<Created<Complaint>> Record(string id, Actor actor, string? from, string? summary, Instant receivedAt, Instant at, string? source = null)
    {
        Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(actor);
        if ((CheckRole(actor) ?? Required(from, "From", "Complaint.FromRequired") ?? Required(summary, "Summary", "Complaint.SummaryRequired")) is { } rejection)
        {
            return rejection;
        }

        if (receivedAt > at)
        {
            return Rejection.Localized(ReceivedAfterRecorded, "CS-15", "ReceivedAt", "Complaint.ReceivedAfterRecorded", at, receivedAt);
        }

        var recorded = new ComplaintRecorded(id, 1, at, actor, actor.Site, receivedAt, from!.Trim(), summary!.Trim(), string.IsNullOrWhiteSpace(source) ? null : source.Trim());
        var complaint = new Complaint(id);
        complaint.Apply(recorded);
        return new Created<Complaint>(complaint, new DomainEvent[] { recorded });
    }

    /// <summary>Rebuilds a complaint from its events.</summary>
    /// <param name="events">The complaint's events, in version order.</param>
    /// <returns>The complaint as of its last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are not a history the commands could have recorded.</exception>
    public static Complaint FromEvents(IEnumerable<DomainEvent> events)
    {
        Preconditions.CheckNotNull(events);
        Complaint? complaint = null;
        foreach (var e in events)
        {
            if (complaint is null)
            {
                if (e is not ComplaintRecorded recorded)
                {
                    throw new InvalidHistoryException(e?.AggregateId, 1, $"a complaint's history starts with {nameof(ComplaintRecorded)}, not {e?.GetType().Name ?? "null"}.");
                }

                complaint = new Complaint(recorded.AggregateId);
                complaint._log.Admit(recorded);
                var why = CheckRole(recorded.Actor)?.Message
                    ?? (recorded.Site != recorded.Actor.Site ? $"the complaint is at site {recorded.Site} but was recorded by {recorded.Actor.DisplayName} of site {recorded.Actor.Site}." : null);
                if (why is not null)
                {
                    throw new InvalidHistoryException(recorded.AggregateId, 1, why);
                }

                complaint.Apply(recorded);
                continue;
            }

            if (e is null)
            {
                throw new InvalidHistoryException(complaint.Id, complaint.Version + 1, "the event is null.");
            }

            complaint._log.Admit(e);
            var rejection = CheckRole(e.Actor) ?? e switch
            {
                ComplaintDepartmentNotified => complaint.CheckState(ComplaintState.Recorded, "NotifyDepartment"),
                ComplaintClosed => complaint.CheckState(ComplaintState.DepartmentNotified, "Close"),
                _ => Rejection.Localized(NotAllowedNow, null, null, "Complaint.NotAnEvent", e.GetType().Name),
            };
            if (rejection is not null)
            {
                throw new InvalidHistoryException(complaint.Id, complaint.Version + 1, rejection.Message);
            }

            complaint.Apply(e);
        }

        return complaint ?? throw new InvalidHistoryException(null, 0, "a complaint has at least one event.");
    }

    /// <summary>The department concerned is notified (CS-13, CS-15).</summary>
    /// <param name="actor">A customer-service officer, supervisor or manager of the site.</param>
    /// <param name="department">The department.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="ComplaintDepartmentNotified"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the complaint.</exception>
    public Result<IReadOnlyList<DomainEvent>> NotifyDepartment(Actor actor, string? department, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        return (Check(actor, at, ComplaintState.Recorded, nameof(NotifyDepartment)) ?? Required(department, "Department", "Complaint.DepartmentRequired")) is { } rejection
            ? rejection
            : Commit(new ComplaintDepartmentNotified(Id, Version + 1, at, actor, department!.Trim()));
    }

    /// <summary>Closes the complaint with its outcome, once the department has been notified.</summary>
    /// <param name="actor">A customer-service officer, supervisor or manager of the site.</param>
    /// <param name="outcome">What came of it.</param>
    /// <param name="at">When.</param>
    /// <returns>A <see cref="ComplaintClosed"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the complaint.</exception>
    public Result<IReadOnlyList<DomainEvent>> Close(Actor actor, string? outcome, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        return (Check(actor, at, ComplaintState.DepartmentNotified, nameof(Close)) ?? Required(outcome, "Outcome", "Complaint.OutcomeRequired")) is { } rejection
            ? rejection
            : Commit(new ComplaintClosed(Id, Version + 1, at, actor, outcome!.Trim()));
    }

    /// <summary>The complaint as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Complaint {Id} from {From}: {Summary} ({State})";

    private static Rejection? CheckRole(Actor actor) => actor.HasAnyRole(Staff)
        ? null
        : Rejection.Localized(
            RoleNotAllowed, "CS-13", "Actor", "Complaint.RoleNotAllowed", actor.DisplayName, LocalizedText.Join("Text.List", actor.Roles.Select(r => (object?)LocalizedText.Of(r))));

    // CS-13: a complaint record says who complained and about what, and later the department notified and the outcome.
    private static Rejection? Required(string? text, string field, string key) =>
        string.IsNullOrWhiteSpace(text) ? Rejection.Localized(TextRequired, "CS-13", field, key) : null;

    private Rejection? Check(Actor actor, Instant at, ComplaintState required, string action) =>
        _log.CheckActor(WrongSite, TimeBeforeLastEvent, actor, at) ?? CheckRole(actor) ?? CheckState(required, action);

    // CS-13: the department is notified before the complaint is closed.
    private Rejection? CheckState(ComplaintState required, string action) => State == required
        ? null
        : Rejection.Localized(NotAllowedNow, "CS-13", null, State switch
        {
            ComplaintState.Closed => new LocalizedText("Complaint.Closed", ActionText(action)),
            ComplaintState.DepartmentNotified => new LocalizedText("Complaint.DepartmentAlreadyNotified", ActionText(action)),
            _ => new LocalizedText("Complaint.NotifyDepartmentFirst", ActionText(action), LocalizedText.Of("Complaint.State", State)),
        });

    // The name of a command (nameof) as people read it: Complaint.Action.NotifyDepartment.
    private static LocalizedText ActionText(string action) => new("Complaint.Action." + action);

    private Result<IReadOnlyList<DomainEvent>> Commit(DomainEvent e)
    {
        Apply(e);
        return Array.AsReadOnly(new[] { e });
    }

    private void Apply(DomainEvent e)
    {
        switch (e)
        {
            case ComplaintRecorded r:
                _log.Site = r.Site;
                ReceivedAt = r.ReceivedAt;
                From = r.From;
                Summary = r.Summary;
                Source = r.Source;
                State = ComplaintState.Recorded;
                break;
            case ComplaintDepartmentNotified n:
                Department = n.Department;
                State = ComplaintState.DepartmentNotified;
                break;
            case ComplaintClosed c:
                Outcome = c.Outcome;
                State = ComplaintState.Closed;
                break;
        }

        _log.Add(e);
    }
}
