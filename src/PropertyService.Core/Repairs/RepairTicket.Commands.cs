using System.Diagnostics;
using NodaTime;
using PropertyService.Fees;
using PropertyService.Utility;

namespace PropertyService.Repairs;

/// <content>The commands: each checks the actor, the time and its arguments, fires the workflow, and records events.</content>
public sealed partial class RepairTicket
{
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

    // ------------------------------------------------------------------ internals

    private Rejection? Precheck(RepairAction action, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        if (CheckActor(action, actor) is { } rejected)
        {
            return rejected;
        }

        return EventOrder.Check(at, LastEventAt, "repair.time-before-last-event", "ticket");
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

}
