using System.Diagnostics;
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
public sealed class RepairTicket
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

    // ------------------------------------------------------------------ commands

    /// <summary>Issues the work order in triplicate with a site-unique number (RP-09, CS-13). Officer.</summary>
    /// <param name="actor">The officer on duty.</param>
    /// <param name="numbers">Where the site-unique number comes from; asked only when the command is accepted.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkOrderIssued"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> IssueWorkOrder(Actor actor, IWorkOrderNumberSource numbers, Instant at)
    {
        Preconditions.CheckNotNull(numbers);
        if (Precheck(RepairAction.IssueWorkOrder, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (Fire(RepairTrigger.IssueWorkOrder, RepairAction.IssueWorkOrder, actor) is { } refused)
        {
            return refused;
        }

        // RP-09: three copies under one site-unique number; copy 1 stays at the service center.
        return Record(new WorkOrderIssued(Id, Version + 1, at, actor, new WorkOrder(numbers.Next(Site), at)));
    }

    /// <summary>Notifies engineering to collect the work order (RP-09). Officer.</summary>
    /// <param name="actor">The officer on duty.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="EngineeringNotified"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> NotifyEngineering(Actor actor, Instant at) =>
        Simple(RepairAction.NotifyEngineering, RepairTrigger.NotifyEngineering, actor, at) is { } why
        ? why
        : Record(new EngineeringNotified(Id, Version + 1, at, actor));

    /// <summary>
    /// Engineering signs for the work order on the repair log and takes copies 2 and 3 (RP-10). The fee
    /// evaluator decides the path: every item in the schedule gives a schedule quote and the repair is
    /// ready to assign (RP-12, RP-13); otherwise it goes to the supervisor's assessment (RP-14). A request
    /// without items (the collector found nothing in the schedule) goes to assessment.
    /// </summary>
    /// <param name="actor">The engineering supervisor or a technician.</param>
    /// <param name="quoteRequest">How the collector classifies the repair; see <see cref="CreateQuoteRequest"/>.
    /// Its site and category must be the ticket's.</param>
    /// <param name="fees">The fee evaluator.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkOrderCollected"/> event, or why not (including the evaluator's rejection).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Collect(Actor actor, QuoteRequest quoteRequest, IFeeEvaluator fees, Instant at)
    {
        Preconditions.CheckNotNull(quoteRequest);
        Preconditions.CheckNotNull(fees);
        if ((Precheck(RepairAction.Collect, actor, at) ?? CheckState(RepairTrigger.CollectScheduled, RepairAction.Collect, actor)) is { } rejected)
        {
            return rejected;
        }

        if (quoteRequest.Site != Site || quoteRequest.Category != Request.Category)
        {
            return new Rejection("repair.quote-request-mismatch",
                $"The quote request is for a {quoteRequest.Category} repair at {quoteRequest.Site}; this ticket is a {Request.Category} repair at {Site}.",
                "RP-10", "QuoteRequest");
        }

        Quote? scheduleQuote = null;
        if (quoteRequest.Items.Count > 0)
        {
            var evaluation = fees.Evaluate(quoteRequest);
            if (evaluation.IsRejected)
            {
                return evaluation.Rejection;
            }

            scheduleQuote = evaluation.Quote; // null when RP-14 assessment is required
        }

        var trigger = scheduleQuote is null ? RepairTrigger.CollectForAssessment : RepairTrigger.CollectScheduled;
        if (Fire(trigger, RepairAction.Collect, actor) is { } refused)
        {
            return refused;
        }

        return Record(new WorkOrderCollected(Id, Version + 1, at, actor, quoteRequest, scheduleQuote));
    }

    /// <summary>
    /// The engineering supervisor assesses the work as feasible and prices it (RP-14): the reported repair,
    /// extra work found on site, or company materials replacing unqualified ones (RP-15). The quote is built
    /// by the fee evaluator; the owner then accepts or declines it.
    /// </summary>
    /// <param name="actor">The engineering supervisor.</param>
    /// <param name="lines">The assessed lines (at least one).</param>
    /// <param name="fees">The fee evaluator that builds the assessed quote.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairAssessed"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Assess(Actor actor, IEnumerable<AssessedLine> lines, IFeeEvaluator fees, Instant at)
    {
        Preconditions.CheckNotNull(lines);
        Preconditions.CheckNotNull(fees);
        if ((Precheck(RepairAction.Assess, actor, at) ?? CheckState(RepairTrigger.AssessFeasible, RepairAction.Assess, actor)) is { } rejected)
        {
            return rejected;
        }

        var assessedLines = lines.ToArray();
        if (assessedLines.Length == 0)
        {
            return RepairRejections.Required("repair.assessed-lines-required", "RP-14", "Lines", "A feasible assessment prices at least one line.");
        }

        var purpose = State == RepairState.AwaitingMaterials ? AssessmentPurpose.CompanyMaterials : PendingPurpose ?? AssessmentPurpose.Repair;
        var collected = QuoteRequest!;
        var request = purpose == AssessmentPurpose.Repair
            ? collected
            : new QuoteRequest(collected.Site, collected.Category, collected.ReportedOn, [])
            {
                LocationKind = collected.LocationKind,
                WorkStartsAt = collected.WorkStartsAt,
                Warranty = collected.Warranty,
                IsMajorWork = collected.IsMajorWork,
                IsUtilityInstallation = collected.IsUtilityInstallation,
            };
        var evaluation = fees.Assess(new FeeAssessment(request, assessedLines, actor, at));
        if (evaluation.IsRejected)
        {
            return evaluation.Rejection;
        }

        if (!evaluation.IsQuote || !evaluation.Quote.IsAssessed)
        {
            return new Rejection("repair.assessment-not-priced", "The fee evaluator did not produce an assessed quote.", "RP-14", "Lines");
        }

        if (Fire(RepairTrigger.AssessFeasible, RepairAction.Assess, actor) is { } refused)
        {
            return refused;
        }

        return Record(new RepairAssessed(Id, Version + 1, at, actor, purpose, evaluation.Quote));
    }

    /// <summary>
    /// The engineering supervisor finds the work not feasible (RP-14). The reported repair ends without work,
    /// with the reason told to the resident; extra work is left undone and the quoted work goes on.
    /// </summary>
    /// <param name="actor">The engineering supervisor.</param>
    /// <param name="reason">Why it cannot be done; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairNotFeasible"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> AssessNotFeasible(Actor actor, string reason, Instant at)
    {
        if (Precheck(RepairAction.Assess, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RepairRejections.ReasonRequired("RP-14", "why the work cannot be done is told to the resident");
        }

        var purpose = PendingPurpose ?? AssessmentPurpose.Repair;
        return Fire(RepairTrigger.AssessNotFeasible, RepairAction.Assess, actor) is { } why
            ? why
            : Record(new RepairNotFeasible(Id, Version + 1, at, actor, purpose, reason.Trim()));
    }

    /// <summary>
    /// The owner accepts the assessed quote and agrees to the work (RP-14): the reported repair becomes ready
    /// to assign; extra work or company materials let the work on site go on. Recorded by the owner, or by an
    /// officer writing down the owner's answer.
    /// </summary>
    /// <param name="actor">The owner (role Resident) or an officer.</param>
    /// <param name="owner">Who answered; must be the owner (or authorised agent) for a repair in a unit.</param>
    /// <param name="answeredBy">How the answer was given.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="QuoteAccepted"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> AcceptQuote(Actor actor, Resident owner, QuoteAnswerChannel answeredBy, Instant at)
    {
        Preconditions.CheckNotNull(owner);
        if ((Precheck(RepairAction.AcceptQuote, actor, at) ?? CheckOwner(owner, "RP-14", "Owner")) is { } rejected)
        {
            return rejected;
        }

        var quote = PendingQuote;
        var purpose = PendingPurpose ?? AssessmentPurpose.Repair;
        return Fire(RepairTrigger.AcceptQuote, RepairAction.AcceptQuote, actor) is { } why
            ? why
            : Record(new QuoteAccepted(Id, Version + 1, at, actor, purpose, quote!, owner, answeredBy));
    }

    /// <summary>
    /// The owner declines the assessed quote (RP-14): the reported repair ends without work; declined extra
    /// work is left undone while the quoted work goes on; declined company materials keep the work stopped
    /// until the resident supplies qualified ones (RP-15).
    /// </summary>
    /// <param name="actor">The owner (role Resident) or an officer.</param>
    /// <param name="owner">Who answered; must be the owner (or authorised agent) for a repair in a unit.</param>
    /// <param name="answeredBy">How the answer was given.</param>
    /// <param name="reason">The owner's reason, if given.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="QuoteDeclined"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> DeclineQuote(Actor actor, Resident owner, QuoteAnswerChannel answeredBy, string? reason, Instant at)
    {
        Preconditions.CheckNotNull(owner);
        if ((Precheck(RepairAction.DeclineQuote, actor, at) ?? CheckOwner(owner, "RP-14", "Owner")) is { } rejected)
        {
            return rejected;
        }

        var quote = PendingQuote;
        var purpose = PendingPurpose ?? AssessmentPurpose.Repair;
        return Fire(RepairTrigger.DeclineQuote, RepairAction.DeclineQuote, actor) is { } why
            ? why
            : Record(new QuoteDeclined(Id, Version + 1, at, actor, purpose, quote!, owner, answeredBy, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
    }

    /// <summary>
    /// The engineering supervisor assigns a technician according to what is to be repaired (RP-11); before
    /// arrival or during rework, assigning again replaces the technician.
    /// </summary>
    /// <param name="actor">The engineering supervisor.</param>
    /// <param name="technician">Who does the work; must hold <see cref="Role.Technician"/> at the ticket's site.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="TechnicianAssigned"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Assign(Actor actor, Actor technician, Instant at)
    {
        Preconditions.CheckNotNull(technician);
        if (Precheck(RepairAction.Assign, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (!technician.HasRole(Role.Technician) || technician.Site != Site)
        {
            // RP-11: the work is assigned to a technician of the site.
            return new Rejection("repair.not-a-technician",
                $"{technician.DisplayName} is not a technician at site {Site}.", "RP-11", "Technician");
        }

        return Fire(RepairTrigger.Assign, RepairAction.Assign, actor) is { } why
            ? why
            : Record(new TechnicianAssigned(Id, Version + 1, at, actor, technician));
    }

    /// <summary>The assigned technician arrives on site with tools and parts (RP-12, RP-13).</summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="TechnicianArrived"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Arrive(Actor actor, Instant at) =>
        Simple(RepairAction.Arrive, RepairTrigger.Arrive, actor, at) is { } why
        ? why
        : Record(new TechnicianArrived(Id, Version + 1, at, actor));

    /// <summary>
    /// The assigned technician checks resident-supplied materials and writes the verdict in the work order's
    /// remarks (RP-15). Unqualified materials stop the work until the resident supplies new ones (checked
    /// again) or accepts a quote for company materials (<see cref="Assess"/>).
    /// </summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="result">Qualified or unqualified.</param>
    /// <param name="remarks">The remarks written on the work order, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="MaterialsChecked"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> CheckMaterials(Actor actor, MaterialCheckResult result, string? remarks, Instant at)
    {
        if (!Enum.IsDefined(result))
        {
            return new Rejection("repair.material-result-unknown", $"{result} is not a material check result.", "RP-15", "Result");
        }

        var trigger = result == MaterialCheckResult.Qualified ? RepairTrigger.MaterialsQualified : RepairTrigger.MaterialsUnqualified;
        return Simple(RepairAction.CheckMaterials, trigger, actor, at) is { } why
            ? why
            : Record(new MaterialsChecked(Id, Version + 1, at, actor, result, string.IsNullOrWhiteSpace(remarks) ? null : remarks.Trim()));
    }

    /// <summary>
    /// The assigned technician reports work found on site beyond the quote; it goes to the supervisor's
    /// assessment and the owner's decision before it is done (RP-14).
    /// </summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="description">What the extra work is; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="ExtraWorkReported"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReportExtraWork(Actor actor, string description, Instant at)
    {
        if (Precheck(RepairAction.ReportExtraWork, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            return RepairRejections.Required("repair.description-required", "RP-14", "Description", "Describe the extra work so the supervisor can assess it.");
        }

        return Fire(RepairTrigger.ReportExtraWork, RepairAction.ReportExtraWork, actor) is { } why
            ? why
            : Record(new ExtraWorkReported(Id, Version + 1, at, actor, description.Trim()));
    }

    /// <summary>
    /// The assigned technician finishes the work (or the rework) and asks the resident to try or inspect it
    /// (RP-16). Resident-supplied materials must have been checked and found qualified (RP-15).
    /// </summary>
    /// <param name="actor">The assigned technician.</param>
    /// <param name="notes">What was done, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkCompleted"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> CompleteWork(Actor actor, string? notes, Instant at) =>
        Simple(RepairAction.CompleteWork, RepairTrigger.CompleteWork, actor, at) is { } why
        ? why
        : Record(new WorkCompleted(Id, Version + 1, at, actor, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim()));

    /// <summary>The owner inspects the work and signs the work order (RP-16).</summary>
    /// <param name="actor">The resident signing (role Resident).</param>
    /// <param name="signedBy">Who signs; must be the owner (or authorised agent) for a repair in a unit.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkSignedOff"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> SignOff(Actor actor, Resident signedBy, Instant at)
    {
        Preconditions.CheckNotNull(signedBy);
        return (Precheck(RepairAction.SignOff, actor, at)
            ?? CheckOwner(signedBy, "RP-16", "SignedBy")
            ?? Fire(RepairTrigger.SignOff, RepairAction.SignOff, actor)) is { } why
            ? why
            : Record(new WorkSignedOff(Id, Version + 1, at, actor, signedBy));
    }

    /// <summary>The resident is not satisfied at inspection: the work goes back for rework and a new inspection (RP-16).</summary>
    /// <param name="actor">The resident (role Resident).</param>
    /// <param name="rejectedBy">Who refused.</param>
    /// <param name="reason">What is wrong; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkRejected"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> RejectWork(Actor actor, Resident rejectedBy, string reason, Instant at)
    {
        Preconditions.CheckNotNull(rejectedBy);
        if (Precheck(RepairAction.RejectWork, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RepairRejections.ReasonRequired("RP-16", "what is wrong with the work");
        }

        return Fire(RepairTrigger.RejectWork, RepairAction.RejectWork, actor) is { } why
            ? why
            : Record(new WorkRejected(Id, Version + 1, at, actor, rejectedBy, reason));
    }

    /// <summary>
    /// A service supervisor closes the inspection without the resident's signature, with a recorded reason,
    /// when the resident cannot be reached or refuses without cause (RP-16).
    /// </summary>
    /// <param name="actor">The service supervisor.</param>
    /// <param name="reason">Why.</param>
    /// <param name="explanation">What happened, in words; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="SignOffOverridden"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> OverrideSignOff(Actor actor, SignOffOverrideReason reason, string explanation, Instant at)
    {
        if (Precheck(RepairAction.OverrideSignOff, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (!Enum.IsDefined(reason) || string.IsNullOrWhiteSpace(explanation))
        {
            return RepairRejections.ReasonRequired("RP-16", "an override of the resident's signature is recorded with its reason");
        }

        return Fire(RepairTrigger.OverrideSignOff, RepairAction.OverrideSignOff, actor) is { } why
            ? why
            : Record(new SignOffOverridden(Id, Version + 1, at, actor, reason, explanation.Trim()));
    }

    /// <summary>
    /// The service center's follow-up visit records the resident's satisfaction (RP-03 (4)). Satisfied or
    /// neutral closes the ticket; dissatisfied reopens it for rework (and a new sign-off).
    /// </summary>
    /// <param name="actor">An officer.</param>
    /// <param name="satisfaction">The resident's satisfaction.</param>
    /// <param name="comment">The resident's comment, or null; required when dissatisfied.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairFollowedUp"/> event, followed by <see cref="RepairReopened"/> when dissatisfied; or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> FollowUp(Actor actor, Satisfaction satisfaction, string? comment, Instant at)
    {
        if (Precheck(RepairAction.FollowUp, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (!Enum.IsDefined(satisfaction))
        {
            return new Rejection("repair.satisfaction-unknown", $"{satisfaction} is not a satisfaction level.", "RP-03", "Satisfaction");
        }

        var dissatisfied = satisfaction == Satisfaction.Dissatisfied;
        if (dissatisfied && string.IsNullOrWhiteSpace(comment))
        {
            return RepairRejections.Required("repair.comment-required", "RP-03", "Comment", "Record what the dissatisfied resident said; it is the reason the ticket is reopened.");
        }

        if (Fire(dissatisfied ? RepairTrigger.FollowUpAndReopen : RepairTrigger.FollowUpAndClose, RepairAction.FollowUp, actor) is { } refused)
        {
            return refused;
        }

        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var followedUp = new RepairFollowedUp(Id, Version + 1, at, actor, satisfaction, text);
        return dissatisfied
            ? Record(followedUp, new RepairReopened(Id, Version + 2, at, actor, text!))
            : Record(followedUp);
    }

    /// <summary>Cancels the ticket at the resident's request, before work starts. Officer.</summary>
    /// <param name="actor">An officer.</param>
    /// <param name="reason">The resident's reason; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairCancelled"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Cancel(Actor actor, string reason, Instant at)
    {
        if (Precheck(RepairAction.Cancel, actor, at) is { } rejected)
        {
            return rejected;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return RepairRejections.ReasonRequired(null, "a cancellation records the resident's reason");
        }

        return Fire(RepairTrigger.Cancel, RepairAction.Cancel, actor) is { } why
            ? why
            : Record(new RepairCancelled(Id, Version + 1, at, actor, reason.Trim()));
    }

    /// <summary>
    /// The night technician who logged the repair fixes it at once (CS-14), self-assigned; the ticket goes
    /// straight to the resident's inspection and sign-off (RP-16).
    /// </summary>
    /// <param name="actor">The night technician who logged it.</param>
    /// <param name="notes">What was done, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairFixedAtNight"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> FixAtNight(Actor actor, string? notes, Instant at) =>
        Simple(RepairAction.FixAtNight, RepairTrigger.FixAtNight, actor, at) is { } why
        ? why
        : Record(new RepairFixedAtNight(Id, Version + 1, at, actor, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim()));

    /// <summary>
    /// The night technician cannot fix the repair and tells the resident it is scheduled for the next day
    /// (CS-14); the ticket waits for the morning handover (CS-15).
    /// </summary>
    /// <param name="actor">The night technician who logged it.</param>
    /// <param name="note">What the resident was told, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairDeferredToMorning"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> DeferToMorning(Actor actor, string? note, Instant at) =>
        Simple(RepairAction.DeferToMorning, RepairTrigger.DeferToMorning, actor, at) is { } why
        ? why
        : Record(new RepairDeferredToMorning(Id, Version + 1, at, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));

    /// <summary>
    /// At the morning handover the officer on duty takes a deferred night repair over from the night duty
    /// log (CS-15). The report keeps its original time; the RP-09 work-order target starts now.
    /// </summary>
    /// <param name="actor">The officer on duty.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="RepairTakenOverInMorning"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> TakeOverInMorning(Actor actor, Instant at) =>
        Simple(RepairAction.TakeOverInMorning, RepairTrigger.TakeOverInMorning, actor, at) is { } why
        ? why
        : Record(new RepairTakenOverInMorning(Id, Version + 1, at, actor));

    // ------------------------------------------------------------------ queries

    /// <summary>
    /// What <paramref name="actor"/> may do now, one row per <see cref="RepairAction"/>, with the reason for
    /// each forbidden action (the rejection the command would return, arguments aside).
    /// </summary>
    /// <param name="actor">The person asking.</param>
    /// <returns>Every action, in <see cref="RepairAction"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<PermittedAction> PermittedActions(Actor actor)
    {
        Preconditions.CheckNotNull(actor);
        var actions = Enum.GetValues<RepairAction>();
        var rows = new PermittedAction[actions.Length];
        var workflow = RepairWorkflow.Bind(this, actor);
        try
        {
            foreach (var action in actions)
            {
                rows[(int)action] = new PermittedAction(action, CheckActor(action, actor) ?? CheckMachine(workflow, action));
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

    // ------------------------------------------------------------------ internals

    internal void SetStateFromWorkflow(RepairState state) => State = state;

    private Rejection? Precheck(RepairAction action, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        if (CheckActor(action, actor) is { } rejected)
        {
            return rejected;
        }

        return at < LastEventAt ? RepairRejections.TimeBeforeLastEvent(at, LastEventAt) : null;
    }

    private Rejection? CheckActor(RepairAction action, Actor actor)
    {
        if (actor.Site != Site)
        {
            return RepairRejections.OtherSite(actor, Site);
        }

        return RepairRejections.MayTake(action, actor) ? null : RepairRejections.RoleNotAllowed(action, actor);
    }

    private Rejection? CheckOwner(Resident resident, string ruleId, string field) =>
        Request.Location!.Kind == LocationKind.Unit && !resident.IsOwner
            ? new Rejection("repair.owner-required",
                $"{resident.Name} is not the owner; only the owner (or an authorised agent) accepts a fee or signs off work.", ruleId, field)
            : null;

    private Rejection? CheckState(RepairTrigger trigger, RepairAction action, Actor actor)
    {
        var workflow = RepairWorkflow.Bind(this, actor);
        try
        {
            return workflow.Check(trigger, action);
        }
        finally
        {
            workflow.Release();
        }
    }

    private static Rejection? CheckMachine(RepairWorkflow workflow, RepairAction action)
    {
        switch (action)
        {
            case RepairAction.Collect:
                return workflow.Check(RepairTrigger.CollectScheduled, action);
            case RepairAction.Assess:
                var feasible = workflow.Check(RepairTrigger.AssessFeasible, action);
                return feasible is null ? null : workflow.Check(RepairTrigger.AssessNotFeasible, action) is null ? null : feasible;
            case RepairAction.CheckMaterials:
                var qualified = workflow.Check(RepairTrigger.MaterialsQualified, action);
                return qualified is null ? null : workflow.Check(RepairTrigger.MaterialsUnqualified, action) is null ? null : qualified;
            case RepairAction.FollowUp:
                return workflow.Check(RepairTrigger.FollowUpAndClose, action);
            default:
                return workflow.Check(TriggerOf(action), action);
        }
    }

    private static RepairTrigger TriggerOf(RepairAction action) => action switch
    {
        RepairAction.IssueWorkOrder => RepairTrigger.IssueWorkOrder,
        RepairAction.NotifyEngineering => RepairTrigger.NotifyEngineering,
        RepairAction.AcceptQuote => RepairTrigger.AcceptQuote,
        RepairAction.DeclineQuote => RepairTrigger.DeclineQuote,
        RepairAction.Assign => RepairTrigger.Assign,
        RepairAction.Arrive => RepairTrigger.Arrive,
        RepairAction.ReportExtraWork => RepairTrigger.ReportExtraWork,
        RepairAction.CompleteWork => RepairTrigger.CompleteWork,
        RepairAction.SignOff => RepairTrigger.SignOff,
        RepairAction.RejectWork => RepairTrigger.RejectWork,
        RepairAction.OverrideSignOff => RepairTrigger.OverrideSignOff,
        RepairAction.Cancel => RepairTrigger.Cancel,
        RepairAction.FixAtNight => RepairTrigger.FixAtNight,
        RepairAction.DeferToMorning => RepairTrigger.DeferToMorning,
        RepairAction.TakeOverInMorning => RepairTrigger.TakeOverInMorning,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "The action has several triggers."),
    };

    /// <summary>Checks actor and time, then fires; for commands without arguments to check.</summary>
    private Rejection? Simple(RepairAction action, RepairTrigger trigger, Actor actor, Instant at) =>
        Precheck(action, actor, at) ?? Fire(trigger, action, actor);

    /// <summary>Fires the trigger on this thread's machine bound to the ticket; the last check before events are recorded.</summary>
    private Rejection? Fire(RepairTrigger trigger, RepairAction action, Actor actor)
    {
        var workflow = RepairWorkflow.Bind(this, actor);
        try
        {
            return workflow.TryFire(trigger, action);
        }
        finally
        {
            workflow.Release();
        }
    }

    private Result<IReadOnlyList<DomainEvent>> Record(DomainEvent e)
    {
        var fired = State;
        Append(e);
        Debug.Assert(State == fired, $"Applying {e.GetType().Name} gave {State}, but the workflow moved to {fired}.");
        return new DomainEvent[] { e };
    }

    private Result<IReadOnlyList<DomainEvent>> Record(DomainEvent first, DomainEvent second)
    {
        var fired = State;
        Append(first);
        Append(second);
        Debug.Assert(State == fired, $"Applying {second.GetType().Name} gave {State}, but the workflow moved to {fired}.");
        return new DomainEvent[] { first, second };
    }

    private void Append(DomainEvent e)
    {
        Apply(e);
        _events.Add(e);
        LastEventAt = e.OccurredAt;
    }

    /// <summary>Applies one event to the state: the only place state changes apart from the workflow's own transition.</summary>
    private void Apply(DomainEvent e)
    {
        switch (e)
        {
            case RepairReported r:
                Site = r.Site;
                _request = r.Request;
                _reportedBy = r.Actor;
                ReportedAt = r.OccurredAt;
                LogBook = r.LogBook;
                NightTechnician = r.LogBook == RepairLogBook.NightDutyLog ? r.Actor : null;
                Materials = r.Request.ResidentSuppliesMaterials ? MaterialsStatus.AwaitingCheck : MaterialsStatus.CompanySupplied;
                State = r.LogBook == RepairLogBook.NightDutyLog ? RepairState.LoggedAtNight : RepairState.Reported;
                break;
            case WorkOrderIssued w:
                WorkOrder = w.WorkOrder;
                State = RepairState.WorkOrderIssued;
                break;
            case EngineeringNotified:
                State = RepairState.AwaitingCollection;
                break;
            case WorkOrderCollected c:
                WorkOrder = WorkOrder?.Collected();
                QuoteRequest = c.Request;
                ScheduleQuote = c.ScheduleQuote;
                PendingPurpose = c.RequiresAssessment ? AssessmentPurpose.Repair : null;
                State = c.RequiresAssessment ? RepairState.AwaitingAssessment : RepairState.ReadyToAssign;
                break;
            case RepairAssessed a:
                PendingPurpose = a.Purpose;
                PendingQuote = a.Quote;
                State = RepairState.AwaitingResidentDecision;
                break;
            case RepairNotFeasible n:
                PendingPurpose = null;
                State = n.Purpose == AssessmentPurpose.Repair ? RepairState.ClosedWithoutWork : RepairState.OnSite;
                break;
            case QuoteAccepted q:
                PendingPurpose = null;
                PendingQuote = null;
                _acceptedQuotes.Add(q.Quote);
                if (q.Purpose == AssessmentPurpose.Repair)
                {
                    AcceptedQuote = q.Quote;
                    State = RepairState.ReadyToAssign;
                }
                else
                {
                    if (q.Purpose == AssessmentPurpose.CompanyMaterials)
                    {
                        Materials = MaterialsStatus.ReplacedByCompany;
                    }

                    State = RepairState.OnSite;
                }

                break;
            case QuoteDeclined d:
                PendingPurpose = null;
                PendingQuote = null;
                State = d.Purpose switch
                {
                    AssessmentPurpose.Repair => RepairState.ClosedWithoutWork,
                    AssessmentPurpose.ExtraWork => RepairState.OnSite,
                    _ => RepairState.AwaitingMaterials,
                };
                break;
            case TechnicianAssigned t:
                AssignedTechnician = t.Technician;
                if (State == RepairState.ReadyToAssign)
                {
                    State = RepairState.Assigned;
                }

                break;
            case TechnicianArrived:
                State = RepairState.OnSite;
                break;
            case MaterialsChecked m:
                Materials = m.Result == MaterialCheckResult.Qualified ? MaterialsStatus.Qualified : MaterialsStatus.Unqualified;
                State = m.Result == MaterialCheckResult.Qualified ? RepairState.OnSite : RepairState.AwaitingMaterials;
                break;
            case ExtraWorkReported:
                PendingPurpose = AssessmentPurpose.ExtraWork;
                State = RepairState.AwaitingAssessment;
                break;
            case WorkCompleted:
                State = RepairState.WorkCompleted;
                break;
            case WorkSignedOff s:
                SignedOffBy = s.SignedBy;
                State = RepairState.SignedOff;
                break;
            case WorkRejected:
                State = RepairState.Rework;
                break;
            case SignOffOverridden o:
                SignOffOverride = o.Reason;
                State = RepairState.SignedOff;
                break;
            case RepairFollowedUp f:
                LastSatisfaction = f.Satisfaction;
                if (f.Satisfaction != Satisfaction.Dissatisfied)
                {
                    State = RepairState.Closed;
                }

                break;
            case RepairReopened:
                // RP-16: the reworked job needs a new inspection and signature.
                SignedOffBy = null;
                SignOffOverride = null;
                State = RepairState.Rework;
                break;
            case RepairCancelled:
                State = RepairState.Cancelled;
                break;
            case RepairFixedAtNight:
                AssignedTechnician = e.Actor; // CS-14: self-assigned
                State = RepairState.WorkCompleted;
                break;
            case RepairDeferredToMorning:
                State = RepairState.DeferredToMorning;
                break;
            case RepairTakenOverInMorning:
                TakenOverAt = e.OccurredAt; // CS-15: RP-09's target starts here; ReportedAt is kept.
                State = RepairState.Reported;
                break;
            default:
                throw new ArgumentException($"{e.GetType().Name} is not a repair-ticket event.", nameof(e));
        }
    }
}
