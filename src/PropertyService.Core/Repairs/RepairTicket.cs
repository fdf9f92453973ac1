using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <summary>
/// A repair request (报修) from report to close, following RP-02…RP-16 and CS-13…CS-15. Its state is
/// rebuilt from its events, which are the written record the rules demand (repair log, work order,
/// signatures, follow-up).
/// </summary>
/// <remarks>
/// <para>Start a ticket with <see cref="Report"/>, load one with <see cref="FromEvents"/>. Every command
/// takes the acting <see cref="Actor"/> and the <see cref="Instant"/> it happens at (the ticket never reads
/// a clock), and returns the events it recorded or a <see cref="Rejection"/> (stable code, rule ID, field).
/// A rejected command changes nothing: roles, arguments, state and guards are all checked before the
/// workflow fires.</para>
/// <para>Transitions run on a Stateless machine whose guard descriptions become rejection messages
/// (<see cref="MermaidGraph"/> draws it). The machine is configured once per thread and bound to the ticket
/// for the duration of a call, so a loaded ticket never pays configuration.</para>
/// <para>Not thread-safe: one ticket is commanded by one thread at a time (hosts use optimistic
/// concurrency on <see cref="Version"/>). Different tickets may be used on different threads.</para>
/// </remarks>
public sealed partial class RepairTicket
{
    private readonly List<DomainEvent> _events = new(16);
    private readonly List<Quote> _acceptedQuotes = [];
    private Actor _reportedBy = null!;
    private RepairRequest _request = null!;

    private RepairTicket(string id) => Id = id;

    /// <summary>The ticket's identifier, unique within the host's store.</summary>
    public string Id { get; }

    /// <summary>The site the ticket belongs to: the reporter's site. Every actor must belong to it.</summary>
    public SiteId Site { get; private set; }

    /// <summary>The number of events recorded; 1 after the report, increasing by exactly one per event.</summary>
    public int Version => _events.Count;

    /// <summary>Where the ticket is in the workflow.</summary>
    public RepairState State { get; private set; }

    /// <summary>The events recorded so far, in version order.</summary>
    public IReadOnlyList<DomainEvent> Events => _events;

    /// <summary>What was reported (RP-08).</summary>
    public RepairRequest Request => _request;

    /// <summary>Who recorded the report: an officer, the night technician (CS-14) or, through the app, the resident.</summary>
    public Actor ReportedBy => _reportedBy;

    /// <summary>When the repair was reported; kept for a deferred night repair (CS-15).</summary>
    public Instant ReportedAt { get; private set; }

    /// <summary>Which book the report was written in (CS-13, CS-14).</summary>
    public RepairLogBook LogBook { get; private set; }

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

    /// <summary>Every assessed quote the owner accepted: the repair's, and any for extra work or company materials.</summary>
    public IReadOnlyList<Quote> AcceptedQuotes => _acceptedQuotes;

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

    /// <summary>When the latest event happened.</summary>
    public Instant LastEventAt { get; private set; }

    /// <summary>
    /// What the resident owes: the resident's share of the schedule quote and of every accepted assessed
    /// quote. There is no other way to owe money (CS-03, CS-08); nothing is owed on a cancelled ticket or
    /// one that ended without work.
    /// </summary>
    public Money ResidentOwes
    {
        get
        {
            var currency = ScheduleQuote?.Currency ?? (_acceptedQuotes.Count > 0 ? _acceptedQuotes[0].Currency : "CNY");
            var owed = Money.Zero(currency);
            if (State is RepairState.Cancelled or RepairState.ClosedWithoutWork)
            {
                return owed;
            }

            if (ScheduleQuote is not null)
            {
                owed += ScheduleQuote.TotalFor(Payer.Resident);
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

    // ------------------------------------------------------------------ creation and loading

    /// <summary>
    /// Records a repair report: the repair-log entry (RP-08). An officer writes it in the contact register
    /// (CS-13); the night technician in the night duty log (CS-14); a resident reports through the app.
    /// </summary>
    /// <remarks>
    /// An actor holding <see cref="Role.Officer"/> writes in the contact register. An actor holding
    /// <see cref="Role.Technician"/> but not Officer is taken to be on night duty (CS-12: technicians receive
    /// calls and visits only then), so the ticket starts in <see cref="RepairState.LoggedAtNight"/>.
    /// </remarks>
    /// <param name="ticketId">The new ticket's identifier.</param>
    /// <param name="request">What was reported.</param>
    /// <param name="actor">An officer, the night-duty technician, or the resident (app only).</param>
    /// <param name="at">When it was reported.</param>
    /// <returns>The new ticket (its one event is <see cref="RepairReported"/>), or why the report was refused:
    /// a missing contact phone or location (RP-09), description (RP-08) or resident for a unit (RP-04).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is blank.</exception>
    public static Result<RepairTicket> Report(string ticketId, RepairRequest request, Actor actor, Instant at)
    {
        Preconditions.CheckNotBlank(ticketId);
        Preconditions.CheckNotNull(request);
        Preconditions.CheckNotNull(actor);

        // CS-13 (officer, day), CS-14 (night technician), app reports by the resident.
        RepairLogBook book;
        if (actor.HasRole(Role.Officer))
        {
            book = RepairLogBook.ContactRegister;
        }
        else if (actor.HasRole(Role.Technician))
        {
            book = RepairLogBook.NightDutyLog;
        }
        else if (actor.HasRole(Role.Resident))
        {
            book = RepairLogBook.ContactRegister;
        }
        else
        {
            return new Rejection("repair.role-not-allowed",
                $"A repair is reported by an officer, the night-duty technician or the resident through the app; {actor.DisplayName} holds {string.Join(", ", actor.Roles)}.",
                "CS-13", "Actor");
        }

        var isResident = !actor.HasAnyRole(Role.Officer, Role.Technician);
        if (isResident != (request.Channel == RepairChannel.App))
        {
            return new Rejection("repair.channel-not-allowed",
                isResident
                    ? "A resident reports a repair through the app; calls and visits are recorded by the officer on duty."
                    : "An app report is recorded with the resident as its reporter; staff record calls and visits.",
                "CS-13", "Channel");
        }

        if (!Enum.IsDefined(request.Channel))
        {
            return new Rejection("repair.channel-unknown", $"{request.Channel} is not a repair channel.", "CS-13", "Channel");
        }

        if (!Enum.IsDefined(request.Category))
        {
            return new Rejection("repair.category-unknown", $"{request.Category} is not a repair category.", "RP-04", "Category");
        }

        if (request.ContactPhone.IsEmpty)
        {
            // RP-09: the work order carries the contact phone.
            return RepairRejections.Required("repair.contact-phone-required", "RP-09", "ContactPhone",
                "A repair needs a contact phone number to copy into the work order. " + ContactPhone.AcceptedForms);
        }

        if (request.Location is null)
        {
            // RP-09: the work order carries the unit and building (or the common area).
            return RepairRejections.Required("repair.location-required", "RP-09", "Location",
                "A repair needs its location: the unit (building, entrance, room) or the common area.");
        }

        if (string.IsNullOrWhiteSpace(request.Description))
        {
            // RP-08: the request is recorded in detail.
            return RepairRejections.Required("repair.description-required", "RP-08", "Description",
                "A repair needs a description of what is broken.");
        }

        if (request.Location.Kind == LocationKind.Unit && request.Resident is null)
        {
            // RP-04: a unit repair is the resident's request.
            return RepairRejections.Required("repair.resident-required", "RP-04", "Resident",
                "A repair in a unit needs the resident who reported it.");
        }

        if (request.Appointment is { } appointment && appointment < at)
        {
            // RP-13: an appointment is a time the technician can still keep.
            return RepairRejections.Required("repair.appointment-in-past", "RP-13", "Appointment",
                $"The appointment {appointment} is before the report time {at}.");
        }

        foreach (var code in request.FeeItemCodes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return RepairRejections.Required("repair.fee-item-code-blank", "RP-12", "FeeItemCodes",
                    "A fee-schedule item code cannot be blank.");
            }
        }

        var ticket = new RepairTicket(ticketId);
        ticket.Append(new RepairReported(ticketId, 1, at, actor, request, actor.Site, book));
        return ticket;
    }

    /// <summary>
    /// Rebuilds a ticket from its events, applying each one to the state directly (the workflow is not fired:
    /// the events record what the rules already allowed).
    /// </summary>
    /// <param name="events">The ticket's events in version order, starting with <see cref="RepairReported"/>.</param>
    /// <returns>The ticket as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">The events do not start with a report, belong to several tickets,
    /// skip or repeat a version, or include an event that is not a repair event.</exception>
    public static RepairTicket FromEvents(IEnumerable<DomainEvent> events)
    {
        Preconditions.CheckNotNull(events);
        RepairTicket? ticket = null;
        foreach (var e in events)
        {
            Preconditions.CheckNotNull(e, nameof(events));
            if (ticket is null)
            {
                if (e is not RepairReported)
                {
                    throw new ArgumentException($"A repair ticket's history starts with {nameof(RepairReported)}, not {e.GetType().Name}.", nameof(events));
                }

                ticket = new RepairTicket(e.AggregateId);
            }
            else if (!string.Equals(e.AggregateId, ticket.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Event {e.Version} belongs to ticket {e.AggregateId}, not {ticket.Id}.", nameof(events));
            }

            if (e.Version != ticket.Version + 1)
            {
                throw new ArgumentException($"Expected version {ticket.Version + 1} but found {e.Version} ({e.GetType().Name}).", nameof(events));
            }

            ticket.Append(e);
        }

        return ticket ?? throw new ArgumentException("A repair ticket needs at least its report event.", nameof(events));
    }

    // ------------------------------------------------------------------ queries

    /// <summary>
    /// What <paramref name="actor"/> may do now, one row per <see cref="RepairAction"/>, with the reason for
    /// each forbidden action (the rejection the command would return, arguments aside).
    /// </summary>
    /// <param name="actor">The person asking.</param>
    /// <returns>Every action, in <see cref="RepairAction"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<PermittedAction<RepairAction>> PermittedActions(Actor actor)
    {
        Preconditions.CheckNotNull(actor);
        var actions = Enum.GetValues<RepairAction>();
        var rows = new PermittedAction<RepairAction>[actions.Length];
        var workflow = RepairWorkflow.Bind(this, actor);
        try
        {
            foreach (var action in actions)
            {
                rows[(int)action] = new PermittedAction<RepairAction>(action, CheckActor(action, actor) ?? CheckMachine(workflow, action));
            }
        }
        finally
        {
            workflow.Release();
        }

        return rows;
    }

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/> now (arguments aside).</summary>
    /// <param name="actor">The person asking.</param>
    /// <param name="action">The action.</param>
    /// <returns>Null when permitted; otherwise the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Rejection? WhyNot(Actor actor, RepairAction action)
    {
        Preconditions.CheckNotNull(actor);
        if (CheckActor(action, actor) is { } rejected)
        {
            return rejected;
        }

        var workflow = RepairWorkflow.Bind(this, actor);
        try
        {
            return CheckMachine(workflow, action);
        }
        finally
        {
            workflow.Release();
        }
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

    /// <summary>The repair workflow as a Mermaid state diagram, from the configured Stateless machine.</summary>
    public static string MermaidGraph() => RepairWorkflow.ForDiagrams.ToMermaid();

    /// <summary>The repair workflow as a Graphviz DOT (UML) diagram, from the configured Stateless machine.</summary>
    public static string DotGraph() => RepairWorkflow.ForDiagrams.ToDot();

    /// <summary>Formats the ticket for logs.</summary>
    public override string ToString() => $"Repair {Id} v{Version} {State} ({Request.Category}, {Request.Location})";

    internal void SetStateFromWorkflow(RepairState state) => State = state;
}
