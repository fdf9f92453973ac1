using NodaTime;
using PropertyService.Utility;
using PropertyService.Workflows;
using static PropertyService.HelpRequests.HelpRequestRejectionCodes;

namespace PropertyService.HelpRequests;

/// <summary>
/// A resident's request for help (求助), from receipt by the first-contact owner to the owner's follow-up and close
/// (HR-03..HR-09). Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> it happens at, and
/// returns the events it recorded, or a <see cref="Rejection"/> that changed nothing.
/// </summary>
/// <remarks>
/// <para>
/// Every command checks, in this order and before anything changes: the actor's site, the time (never before the
/// request's <see cref="LastEventAt"/>, <see cref="HelpRequestRejectionCodes.TimeBeforeLastEvent"/>), the actor's role,
/// the state and the workflow's guards, then the command's own arguments. A step refused because of the state cites the
/// rule whose step is pending and says what must happen first. The workflow's shared machine then gives the destination,
/// the events are applied, and the request must have arrived there.
/// </para>
/// <para>
/// <see cref="FromEvents"/> replays a history through the same workflow, so a history the commands could not have
/// recorded is refused with an <see cref="InvalidHistoryException"/>. The request never reads a clock.
/// </para>
/// <para>
/// Single-threaded by design: command and query a request from one thread at a time (load one instance per unit of
/// work). A second thread that calls in while a command or query runs gets an <see cref="InvalidOperationException"/>
/// instead of corrupting the request silently.
/// </para>
/// </remarks>
public sealed class HelpRequest : IEventSourced
{
    private static readonly Workflow<HelpRequestState, HelpAction, HelpAction, HelpStep> Workflow = HelpRequestWorkflow.Table;
    private static readonly HelpAction[] AllActions = Enum.GetValues<HelpAction>();

    private readonly EventLog _log;

    private HelpRequest(string id)
    {
        _log = new EventLog(id, "request");
        ReceivedBy = null!;
        FirstContactOwner = null!;
    }

    /// <summary>The request's identifier.</summary>
    public string Id => _log.Id;

    /// <summary>The site the request belongs to; only actors of this site act on it.</summary>
    public SiteId Site => _log.Site;

    /// <summary>What the resident asks for.</summary>
    public HelpKind Kind { get; private set; }

    /// <summary>Whether a medical emergency is major, and so reported to the supervisor at once (HR-08).</summary>
    public bool IsMajor { get; private set; }

    /// <summary>Where the request is in its workflow.</summary>
    public HelpRequestState State { get; private set; }

    /// <summary>The number of events the request has; the version of its last event.</summary>
    public int Version => _log.Version;

    /// <summary>The officer who received the request.</summary>
    public Actor ReceivedBy { get; private set; }

    /// <summary>When the request was received.</summary>
    public Instant ReceivedAt { get; private set; }

    /// <summary>When the latest event happened; a command dated earlier is rejected.</summary>
    public Instant LastEventAt => _log.LastEventAt;

    /// <summary>
    /// The request's events, in version order: what it was rebuilt from and what its commands recorded since. A read-only
    /// view; it cannot be cast back to a list and changed.
    /// </summary>
    public IReadOnlyList<DomainEvent> Events => _log.Events;

    /// <summary>The store's name for a help request stream (<see cref="Storage.StreamStatus.AggregateType"/>), for queries.</summary>
    public const string AggregateType = "help-request";

    /// <inheritdoc/>
    /// <remarks>The owner is the officer who owns it end to end.</remarks>
    Storage.StreamStatus IEventSourced.Status => new(AggregateType, State.ToString(), FirstContactOwner.Id);

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

    /// <summary>The resident's satisfaction at the owner's follow-up (HR-06), or null before it.</summary>
    public Satisfaction? Satisfaction { get; private set; }

    // HR-08: a major emergency's contact is followed at once by its report to the supervisor.
    private bool MajorReportDue => IsMajor && State == HelpRequestState.ContactRecorded && !ReportedToSupervisor;

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
    public static Result<Created<HelpRequest>> Receive(string id, Actor officer, HelpKind kind, Instant at, bool isMajor = false)
    {
        Preconditions.CheckNotBlank(id);
        Preconditions.CheckNotNull(officer);
        Preconditions.CheckDefined(kind);
        if (CheckReceipt(officer, kind, isMajor) is { } rejection)
        {
            return rejection;
        }

        var received = new HelpRequestReceived(id, 1, at, officer, officer.Site, kind, isMajor);
        var request = new HelpRequest(id);
        request.Apply(received);
        return new Created<HelpRequest>(request, new DomainEvent[] { received });
    }

    /// <summary>
    /// Rebuilds a request from its events, replaying each through the workflow: exactly one
    /// <see cref="HelpRequestReceived"/> first; then each event a step the workflow permits from the state before it, by
    /// the event's actor; a <see cref="MajorEmergencyReported"/> exactly with the contact of a major emergency; versions
    /// 1, 2, 3, ...; times never going backwards; every event of the same request and site.
    /// </summary>
    /// <param name="events">The request's events, in version order.</param>
    /// <returns>The request as of its last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are not a history the request's commands could have recorded;
    /// the exception names the version at fault.</exception>
    public static HelpRequest FromEvents(IEnumerable<DomainEvent> events)
    {
        Preconditions.CheckNotNull(events);
        HelpRequest? request = null;
        foreach (var e in events)
        {
            if (request is null)
            {
                request = Start(e);
            }
            else
            {
                request.Replay(e);
            }
        }

        if (request is null)
        {
            throw new InvalidHistoryException(null, 0, "a help request has at least one event.");
        }

        if (request.MajorReportDue)
        {
            throw new InvalidHistoryException(request.Id, request.Version + 1, $"the contact of a major emergency must be followed by its {nameof(MajorEmergencyReported)} (HR-08).");
        }

        return request;
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
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> RecordContact(Actor actor, Location? address, ContactPhone phone, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.RecordContact, at) ?? HelpInputs.Contact(address, phone)) is { } rejection)
        {
            return rejection;
        }

        var contact = new HelpRequestContactRecorded(Id, Version + 1, at, actor, address!, phone);

        // HR-08: a major emergency is reported to the supervisor at once: the escalation rules act on this event.
        return IsMajor
            ? Commit(step, HelpAction.RecordContact, contact, new MajorEmergencyReported(Id, Version + 2, at, actor, Role.ServiceSupervisor, address!))
            : Commit(step, HelpAction.RecordContact, contact);
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
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> RecordWishes(Actor actor, string? wishes, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.RecordWishes, at) ?? HelpInputs.Required(wishes, WishesRequired, "HR-07", "Wishes", "Help.WishesRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.RecordWishes, Kind == HelpKind.WrittenInquiry
            ? new WrittenInquiryRegistered(Id, Version + 1, at, actor, wishes!)
            : new HelpRequestWishesRecorded(Id, Version + 1, at, actor, wishes!));
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
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> Answer(Actor actor, string? answer, Instant at, bool isCertain = true)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor, isCertain);
        if ((Judge(step, HelpAction.Answer, at) ?? HelpInputs.Required(answer, AnswerRequired, "HR-04", "Answer", "Help.AnswerRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.Answer, new HelpRequestAnswered(Id, Version + 1, at, actor, answer!, State == HelpRequestState.Instructed));
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="Role"/>.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> Escalate(Actor actor, Role level, string? question, Instant at, Actor? to = null)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(level);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.Escalate, at) ?? HelpInputs.Escalation(Site, level, question, to)) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.Escalate, new HelpRequestEscalated(Id, Version + 1, at, actor, level, question!, to?.Id));
    }

    /// <summary>
    /// The supervisor or manager the owner asked (or someone above them) tells the owner what to tell the resident (HR-04).
    /// </summary>
    /// <param name="actor">A holder of the escalation's level or a higher one.</param>
    /// <param name="instruction">What to tell the resident or do.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestInstructed"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> Instruct(Actor actor, string? instruction, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.Instruct, at) ?? HelpInputs.Required(instruction, InstructionRequired, "HR-04", "Instruction", "Help.InstructionRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.Instruct, new HelpRequestInstructed(Id, Version + 1, at, actor, instruction!));
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
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> Decline(Actor actor, string? reason, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.Decline, at) ?? HelpInputs.Required(reason, ReasonRequired, "HR-05", "Reason", "Help.ReasonRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.Decline, new HelpRequestDeclined(Id, Version + 1, at, actor, reason!));
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="option"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> RecordEmergencyAction(Actor actor, EmergencyOption option, string? whatWasDone, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(option);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.RecordEmergencyAction, at) ?? HelpInputs.Required(whatWasDone, EmergencyActionRequired, "HR-08", "WhatWasDone", "Help.EmergencyActionRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.RecordEmergencyAction, new EmergencyActionRecorded(Id, Version + 1, at, actor, option, whatWasDone!));
    }

    /// <summary>The owner reports a normal medical emergency to the supervisor after the event (HR-08).</summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="report">What happened and what was done.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>An <see cref="EmergencyReportedAfterEvent"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReportEmergency(Actor actor, string? report, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.ReportEmergency, at) ?? HelpInputs.Required(report, ReportRequired, "HR-08", "Report", "Help.ReportRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.ReportEmergency, new EmergencyReportedAfterEvent(Id, Version + 1, at, actor, report!));
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
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReferToSiteManager(Actor actor, string? siteManagerInstruction, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.ReferToSiteManager, at) ?? HelpInputs.Required(siteManagerInstruction, InstructionRequired, "HR-08", "SiteManagerInstruction", "Help.SiteManagerInstructionRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.ReferToSiteManager, new EmergencyReferredToSiteManager(Id, Version + 1, at, actor, siteManagerInstruction!));
    }

    /// <summary>The supervisor or service-center manager answers a written inquiry in writing (HR-09).</summary>
    /// <param name="actor">A service-center supervisor or manager.</param>
    /// <param name="reply">The written reply.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="WrittenReplySent"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> ReplyInWriting(Actor actor, string? reply, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.ReplyInWriting, at) ?? HelpInputs.Required(reply, ReplyRequired, "HR-09", "Reply", "Help.ReplyRequired")) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.ReplyInWriting, new WrittenReplySent(Id, Version + 1, at, actor, reply!));
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
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> TransferOwnership(Actor actor, Actor newOwner, string? reason, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(newOwner);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if ((Judge(step, HelpAction.TransferOwnership, at) ?? HelpInputs.Transfer(Site, FirstContactOwner, newOwner, reason)) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.TransferOwnership, new HelpRequestOwnershipTransferred(Id, Version + 1, at, actor, FirstContactOwner, newOwner, reason!));
    }

    /// <summary>The owner follows up with the resident after the request is handled or declined (HR-06).</summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="satisfaction">The resident's satisfaction.</param>
    /// <param name="remarks">What the resident said, or null.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestFollowedUp"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="satisfaction"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> FollowUp(Actor actor, Satisfaction satisfaction, string? remarks, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(satisfaction);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if (Judge(step, HelpAction.FollowUp, at) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.FollowUp, new HelpRequestFollowedUp(Id, Version + 1, at, actor, satisfaction, remarks));
    }

    /// <summary>The owner closes the request; only after the follow-up (HR-06).</summary>
    /// <param name="actor">The first-contact owner.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>A <see cref="HelpRequestClosed"/>, or a rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Result<IReadOnlyList<DomainEvent>> Close(Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        if (Judge(step, HelpAction.Close, at) is { } rejection)
        {
            return rejection;
        }

        return Commit(step, HelpAction.Close, new HelpRequestClosed(Id, Version + 1, at, actor));
    }

    /// <summary>
    /// Every action, and whether <paramref name="actor"/> may take it now; each forbidden one carries the rejection
    /// its command would return (<see cref="WhyNot"/>). Judged on site, role, state and guards only (an answer is assumed
    /// certain, arguments valid); it takes no time, since a command's time is checked only against the request's last
    /// event when the command runs.
    /// </summary>
    /// <param name="actor">The actor asking.</param>
    /// <returns>One entry per <see cref="HelpAction"/>, in enum order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public IReadOnlyList<PermittedAction<HelpAction>> PermittedActions(Actor actor)
    {
        Preconditions.CheckNotNull(actor);
        using var use = _log.Use();
        var step = new HelpStep(this, actor);
        var permissions = new PermittedAction<HelpAction>[AllActions.Length];
        for (var i = 0; i < AllActions.Length; i++)
        {
            permissions[i] = new PermittedAction<HelpAction>(AllActions[i], Judge(step, AllActions[i]));
        }

        return permissions;
    }

    /// <summary>
    /// Why <paramref name="actor"/> may not take <paramref name="action"/> now: the rejection its command would return,
    /// judged on site, role, state and guards (an answer is assumed certain, arguments valid); null when it is permitted.
    /// </summary>
    /// <param name="actor">The actor asking.</param>
    /// <param name="action">The action.</param>
    /// <returns>The rejection, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the request.</exception>
    public Rejection? WhyNot(Actor actor, HelpAction action)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(action);
        using var use = _log.Use();
        return Judge(new HelpStep(this, actor), action);
    }

    /// <summary>The help-request workflow as a Mermaid state diagram, guard descriptions on the transitions.</summary>
    /// <returns>The diagram's Mermaid text.</returns>
    public static string MermaidGraph() => Workflow.ToMermaid();

    /// <summary>The help-request workflow as a Graphviz DOT (UML) diagram, guard descriptions on the transitions.</summary>
    /// <returns>The diagram's DOT text.</returns>
    public static string DotGraph() => Workflow.ToDot();

    // HR-06: the receiving officer becomes the first-contact owner, so only an officer receives.
    // HR-08: "major" qualifies a medical emergency only.
    private static Rejection? CheckReceipt(Actor officer, HelpKind kind, bool isMajor) =>
        !officer.HasRole(Role.Officer)
            ? Rejection.Localized(OfficerReceives, "HR-06", "Actor", "Help.OfficerReceives", officer.DisplayName)
            : isMajor && kind != HelpKind.MedicalEmergency
                ? Rejection.Localized(MajorOnlyForEmergency, "HR-08", "IsMajor", "Help.MajorOnlyForEmergency", LocalizedText.Of("HelpKind", kind))
                : null;

    /// <summary>The first event of a history: a receipt the officer could have made.</summary>
    private static HelpRequest Start(DomainEvent? e)
    {
        if (e is not HelpRequestReceived received)
        {
            throw new InvalidHistoryException(e?.AggregateId, 1, $"a help request's history starts with {nameof(HelpRequestReceived)}, not {e?.GetType().Name ?? "null"}.");
        }

        var request = new HelpRequest(received.AggregateId);
        request._log.Admit(received);
        var why = CheckReceipt(received.Actor, received.Kind, received.IsMajor)?.Message
            ?? (received.Site != received.Actor.Site ? $"the request is received at site {received.Site} by {received.Actor.DisplayName} of site {received.Actor.Site}." : null);
        if (why is not null)
        {
            throw new InvalidHistoryException(received.AggregateId, 1, why);
        }

        request.Apply(received);
        return request;
    }

    /// <summary>The step an event records, or null for an event no command records alone.</summary>
    private static HelpAction? ActionOf(DomainEvent e) => e switch
    {
        HelpRequestContactRecorded => HelpAction.RecordContact,
        HelpRequestWishesRecorded or WrittenInquiryRegistered => HelpAction.RecordWishes,
        HelpRequestAnswered => HelpAction.Answer,
        HelpRequestEscalated => HelpAction.Escalate,
        HelpRequestInstructed => HelpAction.Instruct,
        HelpRequestDeclined => HelpAction.Decline,
        EmergencyActionRecorded => HelpAction.RecordEmergencyAction,
        EmergencyReportedAfterEvent => HelpAction.ReportEmergency,
        EmergencyReferredToSiteManager => HelpAction.ReferToSiteManager,
        WrittenReplySent => HelpAction.ReplyInWriting,
        HelpRequestOwnershipTransferred => HelpAction.TransferOwnership,
        HelpRequestFollowedUp => HelpAction.FollowUp,
        HelpRequestClosed => HelpAction.Close,
        _ => null,
    };

    /// <summary>Site, time, role, state and guards: the checks of a command before its own arguments.</summary>
    private Rejection? Judge(HelpStep step, HelpAction action, Instant at) =>
        Workflow.CheckActor(Site, LastEventAt, step.Actor, at, action) ?? Workflow.Judge(State, action, step);

    /// <summary>Site, role, state and guards: what a query judges.</summary>
    private Rejection? Judge(HelpStep step, HelpAction action) =>
        Workflow.CheckSite(Site, step.Actor) ?? Workflow.CheckRole(step.Actor, action) ?? Workflow.Judge(State, action, step);

    private Result<IReadOnlyList<DomainEvent>> Commit(HelpStep step, HelpAction action, DomainEvent e)
    {
        var to = Workflow.Fire(State, action, step);
        Apply(e);
        EnsureArrived(to);
        return Result<IReadOnlyList<DomainEvent>>.Success(new[] { e });
    }

    private Result<IReadOnlyList<DomainEvent>> Commit(HelpStep step, HelpAction action, DomainEvent first, DomainEvent second)
    {
        var to = Workflow.Fire(State, action, step);
        Apply(first);
        Apply(second);
        EnsureArrived(to);
        return Result<IReadOnlyList<DomainEvent>>.Success(new[] { first, second });
    }

    private void EnsureArrived(HelpRequestState to)
    {
        if (State != to)
        {
            throw new InvalidOperationException($"The workflow moved help request {Id} to {to} but its events lead to {State}.");
        }
    }

    /// <summary>Replays one event after the first: it must be a step the commands could have recorded.</summary>
    /// <exception cref="InvalidHistoryException">It is not.</exception>
    private void Replay(DomainEvent? e)
    {
        var version = Version + 1;
        if (e is null)
        {
            throw new InvalidHistoryException(Id, version, "the event is null.");
        }

        _log.Admit(e);
        var why = e is MajorEmergencyReported report ? CheckMajorReport(report)
            : MajorReportDue ? $"the contact of a major emergency must be followed by its {nameof(MajorEmergencyReported)} (HR-08), not by {e.GetType().Name}."
            : ActionOf(e) is { } action ? CheckArguments(e) ?? Workflow.CheckReplay(State, action, StateAfter(e), new HelpStep(this, e.Actor))
            : $"{e.GetType().Name} cannot follow the first event of a help request.";
        if (why is not null)
        {
            throw new InvalidHistoryException(Id, version, why.EndsWith('.') ? why : why + ".");
        }

        Apply(e);
    }

    // HR-08: the report of a major emergency is part of its contact: right after it, at the same time, by the same officer.
    private string? CheckMajorReport(MajorEmergencyReported report) =>
        !MajorReportDue ? $"{nameof(MajorEmergencyReported)} comes only right after the contact of a major emergency (HR-08)"
        : report.Level != Role.ServiceSupervisor || !report.Address.Equals(Address) || report.OccurredAt != LastEventAt || !report.Actor.Equals(Events[^1].Actor)
            ? "a major emergency is reported to the supervisor with the contact's address, at the same time and by the same officer (HR-08)"
            : null;

    /// <summary>The arguments a command checks and its event keeps, checked again on replay.</summary>
    private string? CheckArguments(DomainEvent e) => e switch
    {
        HelpRequestEscalated x => HelpInputs.Escalation(Site, x.Level, x.Question, null)?.Message,
        HelpRequestOwnershipTransferred t => !t.PreviousOwner.Equals(FirstContactOwner)
            ? $"ownership passes from {t.PreviousOwner.DisplayName}, but the owner is {FirstContactOwner.DisplayName}"
            : HelpInputs.Transfer(Site, FirstContactOwner, t.NewOwner, t.Reason)?.Message,
        HelpRequestAnswered a when a.AfterEscalation != (State == HelpRequestState.Instructed) =>
            a.AfterEscalation ? "the answer follows no instruction" : "the answer follows an instruction but does not say so",
        _ => null,
    };

    /// <summary>Where an event leads from the current state.</summary>
    private HelpRequestState StateAfter(DomainEvent e) => e switch
    {
        HelpRequestReceived => HelpRequestState.AwaitingContact,
        HelpRequestContactRecorded => HelpRequestState.ContactRecorded,
        HelpRequestWishesRecorded => HelpRequestState.InProgress,
        WrittenInquiryRegistered => HelpRequestState.AwaitingWrittenReply,
        HelpRequestEscalated => HelpRequestState.Escalated,
        HelpRequestInstructed => HelpRequestState.Instructed,
        HelpRequestAnswered or EmergencyReportedAfterEvent or WrittenReplySent => HelpRequestState.Handled,
        HelpRequestDeclined => HelpRequestState.Declined,
        EmergencyActionRecorded => IsMajor ? HelpRequestState.Handled : HelpRequestState.EmergencyAttended,
        HelpRequestFollowedUp => HelpRequestState.FollowedUp,
        HelpRequestClosed => HelpRequestState.Closed,
        _ => State, // a report, a referral or a transfer leaves the state as it is
    };

    private void Apply(DomainEvent e)
    {
        var next = StateAfter(e);
        switch (e)
        {
            case HelpRequestReceived r:
                _log.Site = r.Site;
                Kind = r.Kind;
                IsMajor = r.IsMajor;
                ReceivedBy = r.Actor;
                ReceivedAt = r.OccurredAt;
                FirstContactOwner = r.Actor; // HR-06
                break;
            case HelpRequestContactRecorded c:
                Address = c.Address;
                Phone = c.Phone;
                break;
            case MajorEmergencyReported:
                ReportedToSupervisor = true;
                break;
            case HelpRequestWishesRecorded w:
                Wishes = w.Wishes;
                break;
            case WrittenInquiryRegistered q:
                Wishes = q.Question;
                break;
            case HelpRequestEscalated x:
                EscalatedTo = x.Level;
                EscalatedAt = x.OccurredAt;
                break;
            case HelpRequestInstructed i:
                Instruction = i.Instruction;
                break;
            case HelpRequestAnswered a:
                AnswerGiven = a.Answer;
                break;
            case HelpRequestDeclined d:
                DeclineReason = d.Reason;
                break;
            case EmergencyActionRecorded ea:
                EmergencyOption = ea.Option;
                EmergencyActionTaken = ea.WhatWasDone;
                break;
            case EmergencyReportedAfterEvent:
                ReportedToSupervisor = true;
                break;
            case EmergencyReferredToSiteManager rf:
                ReferredToSiteManager = true;
                SiteManagerInstruction = rf.SiteManagerInstruction;
                break;
            case WrittenReplySent wr:
                WrittenReply = wr.Reply;
                break;
            case HelpRequestOwnershipTransferred t:
                FirstContactOwner = t.NewOwner; // HR-06
                break;
            case HelpRequestFollowedUp f:
                Satisfaction = f.Satisfaction;
                break;
        }

        State = next;
        _log.Add(e);
    }
}
