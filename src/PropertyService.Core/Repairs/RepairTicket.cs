using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;
using PropertyService.Workflows;

namespace PropertyService.Repairs;

/// <summary>
/// A repair request (报修) from report to close, following RP-02…RP-16 and CS-13…CS-15. Its state is
/// rebuilt from its events, which are the written record the rules demand (repair log, work order,
/// signatures, follow-up).
/// </summary>
/// <remarks>
/// <para>Start a ticket with <see cref="Report(string, RepairRequest, Actor, Instant)"/>, load one with <see cref="FromEvents"/>. Every command
/// takes the acting <see cref="Actor"/> and the <see cref="Instant"/> it happens at (the ticket never reads
/// a clock), and returns the events it recorded or a <see cref="Rejection"/> (stable code from
/// <see cref="RepairRejectionCodes"/>, rule ID, field). Every command checks, in this order: the actor's site,
/// the time (not before <see cref="LastEventAt"/>), the actor's role, the state and the workflow's guards, the
/// command's own arguments, and its outcome (the work-order number, the fee evaluator). Every check and every
/// call out happens before anything changes, so a rejected or throwing command leaves the ticket exactly as it was.</para>
/// <para>The workflow is one transition table that the library's Stateless machine fires (one configured machine
/// per thread) and draws (<see cref="MermaidGraph"/>); <see cref="FromEvents"/> replays through the same table,
/// so an impossible history cannot load.</para>
/// <para>Single-threaded by design: one ticket is commanded by one thread at a time (hosts load one instance per
/// unit of work and use optimistic concurrency on <see cref="Version"/>). A second thread entering a command or
/// query while one runs gets an <see cref="InvalidOperationException"/>; it is never silent. Different tickets may
/// be used on different threads.</para>
/// </remarks>
public sealed partial class RepairTicket : IEventSourced
{
    private static readonly Role[] StaffRoles =
        [Role.Officer, Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager, Role.EngineeringSupervisor, Role.Technician];

    private readonly EventLog _log;
    private readonly List<Quote> _acceptedQuotes = [];
    private Actor _reportedBy = null!;
    private RepairRequest _request = null!;

    private RepairTicket(string id)
    {
        _log = new EventLog(id, "ticket");
        AcceptedQuotes = _acceptedQuotes.AsReadOnly();
    }

    /// <summary>The ticket's identifier, unique within the host's store.</summary>
    public string Id => _log.Id;

    /// <summary>The site the ticket belongs to: the reporter's site. Every actor must belong to it.</summary>
    public SiteId Site => _log.Site;

    /// <summary>The number of events recorded; 1 after the report, increasing by exactly one per event.</summary>
    public int Version => _log.Version;

    /// <summary>Where the ticket is in the workflow.</summary>
    public RepairState State { get; private set; }

    /// <summary>The events recorded so far, in version order (a read-only view).</summary>
    public IReadOnlyList<DomainEvent> Events => _log.Events;

    /// <summary>The store's name for a repair ticket stream (<see cref="Storage.StreamStatus.AggregateType"/>), for queries.</summary>
    public const string AggregateType = "repair-ticket";

    /// <inheritdoc/>
    /// <remarks>The owner is the assigned technician, or the officer who took the report.</remarks>
    Storage.StreamStatus IEventSourced.Status => new(AggregateType, State.ToString(), AssignedTechnician?.Id ?? ReportedBy.Id);

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt => _log.LastEventAt;

    /// <summary>What was reported (RP-08).</summary>
    public RepairRequest Request => _request;

    /// <summary>Who recorded the report: an officer, the night technician (CS-14) or, through the app, the resident.</summary>
    public Actor ReportedBy => _reportedBy;

    /// <summary>When the repair was reported; kept for a deferred night repair (CS-15).</summary>
    public Instant ReportedAt { get; private set; }

    /// <summary>Which book the report was written in (CS-13, CS-14).</summary>
    public LogBook LogBook { get; private set; }

    /// <summary>The night technician who logged the repair (CS-14), or null for a day report.</summary>
    public Actor? NightTechnician { get; private set; }

    /// <summary>When the morning officer took a deferred night repair over (CS-15), or null.</summary>
    public Instant? TakenOverAt { get; private set; }

    /// <summary>The work order, once issued (RP-09).</summary>
    public WorkOrder? WorkOrder { get; private set; }

    /// <summary>How engineering classified the repair when collecting it (RP-10), or null before collection.</summary>
    public QuoteRequest? QuoteRequest { get; private set; }

    /// <summary>The fee-schedule quote, when every item of the repair is in the schedule (RP-12, RP-13).</summary>
    public Quote? ScheduleQuote { get; private set; }

    /// <summary>An assessed quote waiting for the owner's answer (RP-14), or null.</summary>
    public Quote? PendingQuote { get; private set; }

    /// <summary>The assessed quote the owner accepted for the reported repair (RP-14), or null.</summary>
    public Quote? AcceptedQuote { get; private set; }

    /// <summary>Every assessed quote the owner accepted: the repair's, and any for extra work or company materials (a read-only view).</summary>
    public IReadOnlyList<Quote> AcceptedQuotes { get; }

    /// <summary>The fee-schedule quote of a night fix that named the schedule items it used (CS-14), or null.</summary>
    public Quote? NightFixQuote { get; private set; }

    /// <summary>The technician assigned (RP-11), or self-assigned at night (CS-14); null before.</summary>
    public Actor? AssignedTechnician { get; private set; }

    /// <summary>Where the ticket stands on materials (RP-15).</summary>
    public MaterialsStatus Materials { get; private set; }

    /// <summary>The owner who signed the current inspection (RP-16), or null.</summary>
    public Resident? SignedOffBy { get; private set; }

    /// <summary>Why a supervisor closed the current inspection without a signature (RP-16), or null.</summary>
    public SignOffOverrideReason? SignOffOverride { get; private set; }

    /// <summary>The satisfaction recorded at the latest follow-up (RP-03 (4)), or null.</summary>
    public Satisfaction? LastSatisfaction { get; private set; }

    /// <summary>The complaint record a dissatisfied follow-up opened instead of reopening the ticket, or null.</summary>
    public string? ComplaintId { get; private set; }

    /// <summary>
    /// What the resident owes: the resident's share of the schedule quote (or a night fix's), and of every accepted assessed
    /// quote. There is no other way to owe money (CS-03, CS-08); nothing is owed on a cancelled ticket or
    /// one that ended without work.
    /// </summary>
    public Money ResidentOwes
    {
        get
        {
            var currency = (ScheduleQuote ?? NightFixQuote)?.Currency ?? (_acceptedQuotes.Count > 0 ? _acceptedQuotes[0].Currency : Money.DefaultCurrency);
            var owed = Money.Zero(currency);
            if (State is RepairState.Cancelled or RepairState.ClosedWithoutWork)
            {
                return owed;
            }

            if (ScheduleQuote is not null)
            {
                owed += ScheduleQuote.TotalFor(Payer.Resident);
            }

            if (NightFixQuote is not null)
            {
                owed += NightFixQuote.TotalFor(Payer.Resident);
            }

            foreach (var quote in _acceptedQuotes)
            {
                owed += quote.TotalFor(Payer.Resident);
            }

            return owed;
        }
    }

    /// <summary>What the current assessment or quote is about (RP-14), or null when none is pending.</summary>
    internal AssessmentPurpose? PendingPurpose { get; private set; }

    // ------------------------------------------------------------------ queries

    /// <summary>
    /// What <paramref name="actor"/> may do now, one row per <see cref="RepairAction"/>, with the reason for
    /// each forbidden action: the rejection the command would return on site, role, state and guards (its time and
    /// arguments are checked when it is taken).
    /// </summary>
    /// <param name="actor">The person asking.</param>
    /// <returns>Every action, in <see cref="RepairAction"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public IReadOnlyList<PermittedAction<RepairAction>> PermittedActions(Actor actor)
    {
        Preconditions.CheckNotNull(actor);
        using var scope = _log.Use();
        var actions = Enum.GetValues<RepairAction>();
        var rows = new PermittedAction<RepairAction>[actions.Length];
        var step = new RepairStep(this, actor);
        foreach (var action in actions)
        {
            rows[(int)action] = new PermittedAction<RepairAction>(action, Judge(action, step));
        }

        return Array.AsReadOnly(rows);
    }

    /// <summary>Why <paramref name="actor"/> may not take <paramref name="action"/> now (time and arguments aside).</summary>
    /// <param name="actor">The person asking.</param>
    /// <param name="action">The action.</param>
    /// <returns>Null when permitted; otherwise the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not a defined action.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Rejection? WhyNot(Actor actor, RepairAction action)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(action);
        using var scope = _log.Use();
        return Judge(action, new RepairStep(this, actor));
    }

    /// <summary>
    /// Builds the fee request for this repair from what was reported: the site, category and location kind,
    /// the reported fee-schedule items (one of each), whether the resident supplies materials, and the
    /// report's local date in <paramref name="siteZone"/> (the schedule in force then prices it). Add
    /// warranty facts or other fee facts with a <c>with</c>-style copy if needed.
    /// </summary>
    /// <param name="siteZone">The site's time zone (default <c>Asia/Shanghai</c> in the rules).</param>
    /// <param name="items">The items the collector names, or null to use the reported ones.</param>
    /// <exception cref="ArgumentNullException"><paramref name="siteZone"/> is null.</exception>
    public QuoteRequest CreateQuoteRequest(DateTimeZone siteZone, IEnumerable<QuoteRequestItem>? items = null)
    {
        Preconditions.CheckNotNull(siteZone);
        return new QuoteRequest(Site, Request.Category, ReportedAt.InZone(siteZone).Date,
            items ?? Request.FeeItemCodes.Select(code => new QuoteRequestItem(code)))
        {
            LocationKind = Request.Location!.Kind,
            ResidentSuppliesMaterials = Request.ResidentSuppliesMaterials,
        };
    }

    /// <summary>The repair workflow as a Mermaid state diagram, guard descriptions on the transitions.</summary>
    public static string MermaidGraph() => RepairWorkflow.Definition.ToMermaid();

    /// <summary>The repair workflow as a Graphviz DOT (UML) diagram.</summary>
    public static string DotGraph() => RepairWorkflow.Definition.ToDot();

    /// <summary>Formats the ticket for logs.</summary>
    public override string ToString() => $"Repair {Id} v{Version} {State} ({Request.Category}, {Request.Location})";

    /// <summary>
    /// Whether <paramref name="actor"/> is a resident acting for themselves who is the ticket's resident or a recorded
    /// owner of the unit (RP-14, RP-16): they hold the Resident role and no staff role, and their id is that resident's.
    /// </summary>
    internal bool IsOwnResident(Actor actor) => ResidentActingAs(actor) is not null;

    /// <summary>The ticket's resident or recorded owner that <paramref name="actor"/> is, or null.</summary>
    internal Resident? ResidentActingAs(Actor actor)
    {
        if (!actor.HasRole(Role.Resident) || actor.HasAnyRole(StaffRoles))
        {
            return null;
        }

        if (Request.Resident is { Id: { } id } resident && string.Equals(id, actor.Id, StringComparison.Ordinal))
        {
            return resident;
        }

        foreach (var owner in Request.UnitOwners)
        {
            if (string.Equals(owner.Id, actor.Id, StringComparison.Ordinal))
            {
                return owner;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="resident"/> is the ticket's resident or one of the unit's recorded owners.</summary>
    internal bool IsTicketResident(Resident resident) =>
        resident.Equals(Request.Resident) || Request.UnitOwners.Contains(resident);
}
