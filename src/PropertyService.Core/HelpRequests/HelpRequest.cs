using NodaTime;
using PropertyService.Utility;
using Stateless;
using Stateless.Graph;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>
/// A resident's request for help (求助), from receipt by the first-contact owner to the owner's follow-up and close
/// (HR-03..HR-09). Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> it happens at, and
/// returns the events it recorded, or a <see cref="Rejection"/> that changed nothing.
/// </summary>
/// <remarks>
/// <para>
/// The state is rebuilt from the request's events (<see cref="FromEvents"/>) without running the state machine.
/// The first command on a request configures the request's own Stateless machine from a shared, immutable
/// workflow table and keeps it, so later commands only fire it. Commands are judged against the same table before
/// the machine fires, so a rejected command never reaches the machine.
/// </para>
/// <para>
/// The request never reads a clock: <see cref="Receive"/> and every command take the instant they happen at, as the
/// last parameter before any optional ones. An instant earlier than the request's last event
/// (<see cref="LastEventAt"/>) is rejected with <see cref="HelpRequestRejectionCodes.TimeBeforeLastEvent"/>, so the
/// record stays in time order.
/// Not thread-safe: use one instance per thread (load it from its events for each unit of work).
/// </para>
/// </remarks>
public sealed class HelpRequest
{
    private static readonly HelpAction[] AllActions = Enum.GetValues<HelpAction>();

    private StateMachine<HelpRequestState, HelpAction>? _machine;
    private GuardInput _input;

    private HelpRequest(string id)
    {
        Id = id;
        ReceivedBy = null!;
        FirstContactOwner = null!;
    }

    /// <summary>The request's identifier.</summary>
    public string Id { get; }

    /// <summary>The site the request belongs to; only actors of this site act on it.</summary>
    public SiteId Site { get; private set; }

    /// <summary>What the resident asks for.</summary>
    public HelpKind Kind { get; private set; }

    /// <summary>Whether a medical emergency is major, and so reported to the supervisor at once (HR-08).</summary>
    public bool IsMajor { get; private set; }

    /// <summary>Where the request is in its workflow.</summary>
    public HelpRequestState State { get; private set; }

    /// <summary>The number of events the request has; the version of its last event.</summary>
    public int Version { get; private set; }

    /// <summary>The officer who received the request.</summary>
    public Actor ReceivedBy { get; private set; }

    /// <summary>When the request was received.</summary>
    public Instant ReceivedAt { get; private set; }

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt { get; private set; }

    /// <summary>
    /// The officer who owns the request end to end, follow-up included (首问负责制, HR-06): the receiving officer,
    /// until an explicit <see cref="TransferOwnership"/>.
    /// </summary>
    public Actor FirstContactOwner { get; private set; }

    /// <summary>The resident's address (HR-07), or null before it is recorded.</summary>
    public Location? Address { get; private set; }

    /// <summary>The resident's contact phone (HR-07); empty before it is recorded.</summary>
    public ContactPhone Phone { get; private set; }

    /// <summary>What the resident wants (for an inquiry: the question), or null before it is recorded (HR-07).</summary>
    public string? Wishes { get; private set; }

    /// <summary>The role the owner asked (HR-04), or null when the request was never escalated.</summary>
    public Role? EscalatedTo { get; private set; }

    /// <summary>When the owner asked the supervisor or manager (HR-04), or null.</summary>
    public Instant? EscalatedAt { get; private set; }

    /// <summary>What the supervisor or manager told the owner to tell the resident (HR-04), or null.</summary>
    public string? Instruction { get; private set; }

    /// <summary>The answer given to the resident (HR-04), or null.</summary>
    public string? AnswerGiven { get; private set; }

    /// <summary>The reason given to the resident when the request was declined (HR-05), or null.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>The option chosen in a medical emergency (HR-08), or null.</summary>
    public EmergencyOption? EmergencyOption { get; private set; }

    /// <summary>What was done in a medical emergency (HR-08), or null.</summary>
    public string? EmergencyActionTaken { get; private set; }

    /// <summary>Whether the supervisor has been told of the emergency: at once when major, after the event otherwise (HR-08).</summary>
    public bool ReportedToSupervisor { get; private set; }

    /// <summary>Whether the supervisor referred the emergency to the site manager (HR-08).</summary>
    public bool ReferredToSiteManager { get; private set; }

    /// <summary>The site manager's instruction (HR-08), or null.</summary>
    public string? SiteManagerInstruction { get; private set; }

    /// <summary>The written reply to a written inquiry (HR-09), or null.</summary>
    public string? WrittenReply { get; private set; }

    /// <summary>Whether the resident was satisfied at the owner's follow-up (HR-06), or null before it.</summary>
    public bool? Satisfied { get; private set; }

    /// <summary>The request's configured machine, or null before its first command (for tests).</summary>
    internal object? ConfiguredMachine => _machine;

    private StateMachine<HelpRequestState, HelpAction> Machine => _machine ??= CreateMachine();

    /// <summary>
    /// An officer receives a help request and becomes its first-contact owner (HR-06). Nothing but the resident's
    /// address and contact phone is accepted next (HR-07).
    /// </summary>
    /// <param name="id">The request's identifier.</param>
    /// <param name="officer">The receiving officer; must hold <see cref="Role.Officer"/>.</param>
    /// <param name="kind">What the resident asks for.</param>
    /// <param name="at">When the request was received.</param>
    /// <param name="isMajor">Whether a medical emergency is major (HR-08); only for <see cref="HelpKind.MedicalEmergency"/>.</param>
    /// <returns>The new request and its <see cref="HelpRequestReceived"/> event, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="officer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static Result<HelpRequestReceipt> Receive(string id, Actor officer, HelpKind kind, Instant at, bool isMajor = false)
    {
        Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(officer);
        Preconditions.CheckDefined(kind);

        // HR-06: the receiving officer becomes the first-contact owner, so only an officer receives.
        if (!officer.HasRole(Role.Officer))
        {
            return new Rejection(OfficerReceives, $"Only a customer-service officer receives a help request and owns it; {officer.DisplayName} is not an officer.", "HR-06", "Actor");
        }

        // HR-08: "major" qualifies a medical emergency only.
        if (isMajor && kind != HelpKind.MedicalEmergency)
        {
            return new Rejection(MajorOnlyForEmergency, $"Only a medical emergency can be major; this request is {kind}.", "HR-08", "IsMajor");
        }

        var received = new HelpRequestReceived(id, 1, at, officer, officer.Site, kind, isMajor);
        var request = new HelpRequest(id);
        request.Apply(received);
        return new HelpRequestReceipt(request, [received]);
    }

    /// <summary>Rebuilds a request from its events, in version order, without running the state machine.</summary>
    /// <param name="events">The request's events; the first is a <see cref="HelpRequestReceived"/>.</param>
    /// <returns>The request as of its last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">The events are empty, do not start with a <see cref="HelpRequestReceived"/>,
    /// belong to different requests, skip or repeat a version, or include an event that is not a help-request event.</exception>
    public static HelpRequest FromEvents(IEnumerable<DomainEvent> events)
    {
        Preconditions.CheckNotNull(events);
        HelpRequest? request = null;
        foreach (var e in events)
        {
            if (request is null)
            {
                if (e is not HelpRequestReceived first)
                {
                    throw new ArgumentException($"A help request's history starts with {nameof(HelpRequestReceived)}, not {e?.GetType().Name ?? "null"}.", nameof(events));
                }

                request = new HelpRequest(first.AggregateId);
            }
            else if (e is null || e.AggregateId != request.Id || e.Version != request.Version + 1)
            {
                throw new ArgumentException($"Event {e} does not follow version {request.Version} of help request {request.Id}.", nameof(events));
            }

            request.Apply(e);
        }

        return request ?? throw new ArgumentException("A help request has at least one event.", nameof(events));
    }

    /// <summary>
    /// The owner records the resident's address and contact phone: the first step of every request (HR-07).
    /// For a major medical emergency the supervisor is told at once, with the address (HR-08).
    /// </summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="address">Where the resident (or patient) is.</param>
    /// <param name="phone">The resident's contact phone.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestContactRecorded"/>, followed for a major emergency by a <see cref="MajorEmergencyReported"/>;
    /// or a rejection naming what is missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> RecordContact(Actor actor, Location? address, ContactPhone phone, Instant at)
    {
        var rejection = Judge(actor, HelpAction.RecordContact, at, HelpInputs.Contact(address, phone));
        if (rejection is not null)
        {
            return rejection;
        }

        var contact = new HelpRequestContactRecorded(Id, Version + 1, at, actor, address!, phone);
        if (Kind == HelpKind.MedicalEmergency && IsMajor)
        {
            // HR-08: a major emergency is reported to the supervisor at once: the escalation rules act on this event.
            return Commit(HelpAction.RecordContact, contact, new MajorEmergencyReported(Id, Version + 2, at, actor, Role.ServiceSupervisor, address!));
        }

        return Commit(HelpAction.RecordContact, contact);
    }

    /// <summary>
    /// The owner records what the resident wants done (HR-07). For a written inquiry this registers it and starts the
    /// written-reply target (HR-09). A medical emergency records the option chosen instead (<see cref="RecordEmergencyAction"/>).
    /// </summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="wishes">What the resident wants; for an inquiry, the question.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestWishesRecorded"/> or, for a written inquiry, a <see cref="WrittenInquiryRegistered"/>; or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> RecordWishes(Actor actor, string? wishes, Instant at)
    {
        var rejection = Judge(actor, HelpAction.RecordWishes, at, HelpInputs.Required(wishes, WishesRequired, "HR-07", "Wishes", "what the resident wants"));
        if (rejection is not null)
        {
            return rejection;
        }

        DomainEvent e = Kind == HelpKind.WrittenInquiry
            ? new WrittenInquiryRegistered(Id, Version + 1, at, actor, wishes!.Trim())
            : new HelpRequestWishesRecorded(Id, Version + 1, at, actor, wishes!.Trim());
        return Commit(HelpAction.RecordWishes, e);
    }

    /// <summary>
    /// The owner answers the resident or resolves the request: at once, or on the supervisor's instruction (HR-04).
    /// An answer the officer is not sure of is refused until the supervisor has been asked: never pretend to know (HR-09).
    /// </summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="answer">What the resident was told or what was done.</param>
    /// <param name="at">When it happens; it comes before the optional parameters so that callers can still omit them.</param>
    /// <param name="isCertain">Whether the officer is sure of the answer; false is accepted only after an instruction.</param>
    /// <returns>A <see cref="HelpRequestAnswered"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Answer(Actor actor, string? answer, Instant at, bool isCertain = true)
    {
        var rejection = Judge(actor, HelpAction.Answer, at, HelpInputs.Required(answer, AnswerRequired, "HR-04", "Answer", "the answer"), isCertain);
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.Answer, new HelpRequestAnswered(Id, Version + 1, at, actor, answer!.Trim(), State == HelpRequestState.Instructed));
    }

    /// <summary>
    /// The owner cannot resolve the request and asks the supervisor or manager (HR-04); the answer target starts.
    /// </summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="level"><see cref="Role.ServiceSupervisor"/> or <see cref="Role.ServiceManager"/>.</param>
    /// <param name="question">What the owner asks.</param>
    /// <param name="at">When it happens; it comes before the optional parameters so that callers can still omit them.</param>
    /// <param name="to">The person asked, when the owner names one; they must hold <paramref name="level"/>.</param>
    /// <returns>A <see cref="HelpRequestEscalated"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Escalate(Actor actor, Role level, string? question, Instant at, Actor? to = null)
    {
        var rejection = Judge(actor, HelpAction.Escalate, at, HelpInputs.Escalation(Site, level, question, to));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.Escalate, new HelpRequestEscalated(Id, Version + 1, at, actor, level, question!.Trim(), to?.Id));
    }

    /// <summary>
    /// The supervisor or manager the owner asked (or someone above them) tells the owner what to tell the resident (HR-04).
    /// </summary>
    /// <param name="actor">A holder of the escalation's level or a higher one.</param>
    /// <param name="instruction">What to tell the resident or do.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestInstructed"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Instruct(Actor actor, string? instruction, Instant at)
    {
        var rejection = Judge(actor, HelpAction.Instruct, at, HelpInputs.Required(instruction, InstructionRequired, "HR-04", "Instruction", "the instruction"));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.Instruct, new HelpRequestInstructed(Id, Version + 1, at, actor, instruction!.Trim()));
    }

    /// <summary>
    /// The owner or a supervisor declines a request that cannot be met, with a written reason that is given to the
    /// resident (HR-05). A medical emergency is never declined.
    /// </summary>
    /// <param name="actor">The first-contact owner, or a service-center supervisor or manager.</param>
    /// <param name="reason">The reason given to the resident, in detail.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestDeclined"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Decline(Actor actor, string? reason, Instant at)
    {
        var rejection = Judge(actor, HelpAction.Decline, at, HelpInputs.Required(reason, ReasonRequired, "HR-05", "Reason", "a written reason for the resident"));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.Decline, new HelpRequestDeclined(Id, Version + 1, at, actor, reason!.Trim()));
    }

    /// <summary>
    /// In a medical emergency the owner records the option chosen and what was done (HR-08). A major emergency is then
    /// handled (its supervisor was told at once); a normal one waits for the report after the event.
    /// </summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="option">The option chosen.</param>
    /// <param name="whatWasDone">What was done.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>An <see cref="EmergencyActionRecorded"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> RecordEmergencyAction(Actor actor, EmergencyOption option, string? whatWasDone, Instant at)
    {
        var rejection = Judge(actor, HelpAction.RecordEmergencyAction, at, HelpInputs.EmergencyAction(option, whatWasDone));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.RecordEmergencyAction, new EmergencyActionRecorded(Id, Version + 1, at, actor, option, whatWasDone!.Trim()));
    }

    /// <summary>The owner reports a normal medical emergency to the supervisor after the event (HR-08).</summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="report">What happened and what was done.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>An <see cref="EmergencyReportedAfterEvent"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReportEmergency(Actor actor, string? report, Instant at)
    {
        var rejection = Judge(actor, HelpAction.ReportEmergency, at, HelpInputs.Required(report, ReportRequired, "HR-08", "Report", "the report"));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.ReportEmergency, new EmergencyReportedAfterEvent(Id, Version + 1, at, actor, report!.Trim()));
    }

    /// <summary>
    /// The supervisor, once told of a medical emergency, refers it to the site manager and records the site manager's
    /// instruction (HR-08). The state does not change; it may happen once.
    /// </summary>
    /// <param name="actor">A service-center supervisor or manager.</param>
    /// <param name="siteManagerInstruction">What the site manager instructed.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>An <see cref="EmergencyReferredToSiteManager"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReferToSiteManager(Actor actor, string? siteManagerInstruction, Instant at)
    {
        var rejection = Judge(actor, HelpAction.ReferToSiteManager, at, HelpInputs.Required(siteManagerInstruction, InstructionRequired, "HR-08", "SiteManagerInstruction", "the site manager's instruction"));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.ReferToSiteManager, new EmergencyReferredToSiteManager(Id, Version + 1, at, actor, siteManagerInstruction!.Trim()));
    }

    /// <summary>The supervisor or service-center manager answers a written inquiry in writing (HR-09).</summary>
    /// <param name="actor">A service-center supervisor or manager.</param>
    /// <param name="reply">The written reply.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="WrittenReplySent"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReplyInWriting(Actor actor, string? reply, Instant at)
    {
        var rejection = Judge(actor, HelpAction.ReplyInWriting, at, HelpInputs.Required(reply, ReplyRequired, "HR-09", "Reply", "the written reply"));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.ReplyInWriting, new WrittenReplySent(Id, Version + 1, at, actor, reply!.Trim()));
    }

    /// <summary>
    /// Passes first-contact ownership explicitly to another officer of the site, with a reason (for example a shift
    /// handover); the new owner inherits the follow-up duty (HR-06). The state does not change.
    /// </summary>
    /// <param name="actor">The current owner, or a service-center supervisor or manager.</param>
    /// <param name="newOwner">An officer of the same site other than the current owner.</param>
    /// <param name="reason">Why ownership passes.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestOwnershipTransferred"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="newOwner"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> TransferOwnership(Actor actor, Actor newOwner, string? reason, Instant at)
    {
        Preconditions.CheckNotNull(newOwner);
        var rejection = Judge(actor, HelpAction.TransferOwnership, at, HelpInputs.Transfer(Site, FirstContactOwner, newOwner, reason));
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.TransferOwnership, new HelpRequestOwnershipTransferred(Id, Version + 1, at, actor, FirstContactOwner, newOwner, reason!.Trim()));
    }

    /// <summary>The owner follows up with the resident after the request is handled or declined (HR-06).</summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="satisfied">Whether the resident was satisfied.</param>
    /// <param name="at">When it happens; it comes before the optional parameters so that callers can still omit them.</param>
    /// <param name="remarks">What the resident said, or null.</param>
    /// <returns>A <see cref="HelpRequestFollowedUp"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> FollowUp(Actor actor, bool satisfied, Instant at, string? remarks = null)
    {
        var rejection = Judge(actor, HelpAction.FollowUp, at, null);
        if (rejection is not null)
        {
            return rejection;
        }

        var trimmed = string.IsNullOrWhiteSpace(remarks) ? null : remarks.Trim();
        return Commit(HelpAction.FollowUp, new HelpRequestFollowedUp(Id, Version + 1, at, actor, satisfied, trimmed));
    }

    /// <summary>The owner closes the request; only after the follow-up (HR-06).</summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestClosed"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public Result<IReadOnlyList<DomainEvent>> Close(Actor actor, Instant at)
    {
        var rejection = Judge(actor, HelpAction.Close, at, null);
        if (rejection is not null)
        {
            return rejection;
        }

        return Commit(HelpAction.Close, new HelpRequestClosed(Id, Version + 1, at, actor));
    }

    /// <summary>
    /// Every action, and whether <paramref name="actor"/> may take it now; each forbidden one carries the rejection
    /// its command would return. Judged on state and actor only (an answer is assumed certain, inputs valid); it takes
    /// no time, since a command's time is checked only against the request's last event when the command runs.
    /// </summary>
    /// <param name="actor">The actor asking.</param>
    /// <returns>One entry per <see cref="HelpAction"/>, in enum order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<PermittedAction<HelpAction>> PermittedActions(Actor actor)
    {
        Preconditions.CheckNotNull(actor);
        var permissions = new PermittedAction<HelpAction>[AllActions.Length];
        for (var i = 0; i < AllActions.Length; i++)
        {
            permissions[i] = new PermittedAction<HelpAction>(AllActions[i], CheckSite(actor) ?? JudgeStep(actor, AllActions[i], null));
        }

        return permissions;
    }

    /// <summary>The help-request workflow as a Mermaid state diagram, guard descriptions on the transitions.</summary>
    public static string MermaidDiagram()
    {
        var state = HelpRequestState.AwaitingContact;
        var machine = new StateMachine<HelpRequestState, HelpAction>(() => state, s => state = s);
        HelpRequestWorkflow.Configure(machine, static _ => static () => false);
        return MermaidGraph.Format(machine.GetInfo());
    }

    /// <summary>Configures a new Stateless machine on this request's state (the cost every command would pay without reuse).</summary>
    internal StateMachine<HelpRequestState, HelpAction> CreateMachine()
    {
        var machine = new StateMachine<HelpRequestState, HelpAction>(() => State, s => State = s, FiringMode.Immediate);
        HelpRequestWorkflow.Configure(machine, guard => () => guard.Check(this, _input));
        return machine;
    }

    private Rejection? Judge(Actor actor, HelpAction action, Instant at, Rejection? inputProblem, bool answerIsCertain = true)
    {
        Preconditions.CheckNotNull(actor);
        return CheckSite(actor) ?? CheckTime(at) ?? JudgeStep(actor, action, inputProblem, answerIsCertain);
    }

    private Rejection? CheckSite(Actor actor) => actor.Site != Site
        ? new Rejection(WrongSite, $"{actor.DisplayName} works at site {actor.Site}, not at {Site} where this request was received.", null, "Actor")
        : null;

    // The record is kept in time order: nothing is dated before the request's last event.
    private Rejection? CheckTime(Instant at) => EventOrder.Check(at, LastEventAt, TimeBeforeLastEvent, "request");

    /// <summary>Judges the step on state, actor and input; the site and the time are already checked.</summary>
    private Rejection? JudgeStep(Actor actor, HelpAction action, Rejection? inputProblem, bool answerIsCertain = true)
    {
        // HR-07: nothing but the address and contact phone is accepted before they are recorded.
        if (State == HelpRequestState.AwaitingContact && action != HelpAction.RecordContact)
        {
            return HelpInputs.ContactFirst(action);
        }

        if (inputProblem is not null)
        {
            return inputProblem;
        }

        _input = new GuardInput(actor, answerIsCertain);
        var failing = HelpRequestWorkflow.Judge(this, State, action, _input, out var possible);
        return possible ? failing?.Rejection : HelpInputs.NotNow(action, State);
    }

    private Result<IReadOnlyList<DomainEvent>> Commit(HelpAction action, DomainEvent e)
    {
        Fire(action);
        var fired = State;
        Apply(e);
        EnsureAgrees(fired, e);
        return Result<IReadOnlyList<DomainEvent>>.Success(new[] { e });
    }

    private Result<IReadOnlyList<DomainEvent>> Commit(HelpAction action, DomainEvent first, DomainEvent second)
    {
        Fire(action);
        var fired = State;
        Apply(first);
        Apply(second);
        EnsureAgrees(fired, second);
        return Result<IReadOnlyList<DomainEvent>>.Success(new[] { first, second });
    }

    private void Fire(HelpAction action) => Machine.Fire(action);

    private void EnsureAgrees(HelpRequestState fired, DomainEvent e)
    {
        if (fired != State)
        {
            throw new InvalidOperationException($"The workflow moved help request {Id} to {fired} but its event {e.GetType().Name} leads to {State}.");
        }
    }

    private void Apply(DomainEvent e)
    {
        switch (e)
        {
            case HelpRequestReceived r:
                Site = r.Site;
                Kind = r.Kind;
                IsMajor = r.IsMajor;
                ReceivedBy = r.Actor;
                ReceivedAt = r.OccurredAt;
                FirstContactOwner = r.Actor; // HR-06
                State = HelpRequestState.AwaitingContact;
                break;
            case HelpRequestContactRecorded c:
                Address = c.Address;
                Phone = c.Phone;
                State = HelpRequestState.ContactRecorded;
                break;
            case MajorEmergencyReported:
                ReportedToSupervisor = true;
                break;
            case HelpRequestWishesRecorded w:
                Wishes = w.Wishes;
                State = HelpRequestState.InProgress;
                break;
            case WrittenInquiryRegistered q:
                Wishes = q.Question;
                State = HelpRequestState.AwaitingWrittenReply;
                break;
            case HelpRequestEscalated x:
                EscalatedTo = x.Level;
                EscalatedAt = x.OccurredAt;
                State = HelpRequestState.Escalated;
                break;
            case HelpRequestInstructed i:
                Instruction = i.Instruction;
                State = HelpRequestState.Instructed;
                break;
            case HelpRequestAnswered a:
                AnswerGiven = a.Answer;
                State = HelpRequestState.Handled;
                break;
            case HelpRequestDeclined d:
                DeclineReason = d.Reason;
                State = HelpRequestState.Declined;
                break;
            case EmergencyActionRecorded ea:
                EmergencyOption = ea.Option;
                EmergencyActionTaken = ea.WhatWasDone;
                State = IsMajor ? HelpRequestState.Handled : HelpRequestState.EmergencyAttended;
                break;
            case EmergencyReportedAfterEvent:
                ReportedToSupervisor = true;
                State = HelpRequestState.Handled;
                break;
            case EmergencyReferredToSiteManager rf:
                ReferredToSiteManager = true;
                SiteManagerInstruction = rf.SiteManagerInstruction;
                break;
            case WrittenReplySent wr:
                WrittenReply = wr.Reply;
                State = HelpRequestState.Handled;
                break;
            case HelpRequestOwnershipTransferred t:
                FirstContactOwner = t.NewOwner; // HR-06
                break;
            case HelpRequestFollowedUp f:
                Satisfied = f.Satisfied;
                State = HelpRequestState.FollowedUp;
                break;
            case HelpRequestClosed:
                State = HelpRequestState.Closed;
                break;
            default:
                throw new ArgumentException($"{e.GetType().Name} is not a help-request event.", nameof(e));
        }

        Version = e.Version;
        LastEventAt = e.OccurredAt;
    }
}
