using NodaTime;
using PropertyService.Utility;
using static PropertyService.Repairs.RepairRejectionCodes;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>Creating a ticket from a report, and loading one from its history through the same workflow table.</content>
public sealed partial class RepairTicket
{
    /// <summary>
    /// Records a repair report: the repair-log entry (RP-08). An officer writes it in the contact register
    /// (CS-13); the night technician in the night duty log (CS-14); a resident reports through the app.
    /// </summary>
    /// <remarks>
    /// An actor holding <see cref="Role.Officer"/> writes in the contact register. An actor holding
    /// <see cref="Role.Technician"/> but not Officer is taken to be on night duty (CS-12: technicians receive
    /// calls and visits only then), so the ticket starts in <see cref="RepairState.LoggedAtNight"/>. A resident
    /// reports only their own repair: the request's resident (or a recorded owner) must be the acting resident.
    /// </remarks>
    /// <param name="ticketId">The new ticket's identifier.</param>
    /// <param name="request">What was reported.</param>
    /// <param name="actor">An officer, the night-duty technician, or the resident (app only).</param>
    /// <param name="at">When it was reported.</param>
    /// <returns>The new ticket with its one event, <see cref="RepairReported"/>; or why the report was refused:
    /// a missing contact phone or location (RP-09), description (RP-08) or resident for a unit (RP-04), a channel
    /// the actor may not use (CS-13), or an app report for someone else's repair.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's channel or category is not a defined value.</exception>
    public static Result<Created<RepairTicket>> Report(string ticketId, RepairRequest request, Actor actor, Instant at) =>
        Report(ticketId, request, actor, null, at);

    /// <summary>
    /// Records a repair report in the book that the duty roster says is kept at <paramref name="at"/>: the night duty
    /// log while the night-duty technician is on duty (CS-14), the contact register otherwise (CS-13). A ticket logged at
    /// night waits for the night technician's fix or deferral, and for the morning take-over (CS-15).
    /// </summary>
    /// <param name="ticketId">The new ticket's identifier.</param>
    /// <param name="request">What was reported.</param>
    /// <param name="actor">The person on duty who records it, or the resident (app only, contact register).</param>
    /// <param name="logBook">The book the entry is written in; <c>PropertyService.Shifts.DutyLog</c> decides it from the roster.</param>
    /// <param name="at">When it was reported.</param>
    /// <returns>The new ticket with its <see cref="RepairReported"/>, or why the report was refused: as
    /// <see cref="Report(string, RepairRequest, Actor, Instant)"/>, or a night-log entry by someone who is not a technician (CS-14).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's channel or category, or <paramref name="logBook"/>, is not a defined value.</exception>
    public static Result<Created<RepairTicket>> Report(string ticketId, RepairRequest request, Actor actor, LogBook logBook, Instant at) =>
        Report(ticketId, request, actor, (LogBook?)Preconditions.CheckDefined(logBook), at);

    private static Result<Created<RepairTicket>> Report(string ticketId, RepairRequest request, Actor actor, LogBook? logBook, Instant at)
    {
        Preconditions.CheckNotBlank(ticketId);
        Preconditions.CheckNotNull(request);
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(request.Channel, nameof(request));
        Preconditions.CheckDefined(request.Category, nameof(request));
        if (CheckReport(request, actor, at, logBook, out var book) is { } rejected)
        {
            return rejected;
        }

        var ticket = new RepairTicket(ticketId);
        var reported = new RepairReported(ticketId, 1, at, actor, request, actor.Site, book);
        ticket.Append(reported);
        return new Created<RepairTicket>(ticket, ticket.Events);
    }

    /// <summary>
    /// Rebuilds a ticket from its events through the workflow table: exactly one <see cref="RepairReported"/> first,
    /// a valid report; then each event a transition the table permits from the state before it, by an actor holding
    /// the action's role, with its recorded arguments checked as the command checks them; versions dense, times
    /// never going backwards, every event of this ticket and its site.
    /// </summary>
    /// <param name="events">The ticket's events in version order, starting with <see cref="RepairReported"/>.</param>
    /// <returns>The ticket as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are not a history the workflow permits; the message and
    /// <see cref="InvalidHistoryException.Version"/> name the version at fault.</exception>
    public static RepairTicket FromEvents(IEnumerable<DomainEvent> events)
    {
        Preconditions.CheckNotNull(events);
        RepairTicket? ticket = null;
        var reopenDue = false;
        foreach (var e in events)
        {
            Preconditions.CheckNotNull(e, nameof(events));
            if (ticket is null)
            {
                ticket = Created(e);
                continue;
            }

            ticket._log.Admit(e);
            var version = ticket.Version + 1;
            if (reopenDue != e is RepairReopened)
            {
                throw new InvalidHistoryException(ticket.Id, version, reopenDue
                    ? $"a dissatisfied follow-up is followed by {nameof(RepairReopened)}, not {e.GetType().Name}."
                    : $"{nameof(RepairReopened)} follows only a dissatisfied follow-up.");
            }

            if (reopenDue)
            {
                ticket.Append(e);
                reopenDue = false;
                continue;
            }

            var trigger = TriggerOf(e, ticket.Id, version);
            var step = new RepairStep(ticket, e.Actor);
            var why = Flow.CheckRole(e.Actor, Flow.ActionOf(trigger))?.Message;
            var to = ticket.State;
            why ??= Flow.CheckReplay(ticket.State, trigger, step, out to) ?? ticket.CheckRecorded(e)?.ToString();
            if (why is not null)
            {
                throw new InvalidHistoryException(ticket.Id, version, why);
            }

            var before = ticket.State;
            ticket.Append(e);
            reopenDue = trigger == T.FollowUpAndReopen;
            var after = reopenDue ? RepairState.Rework : ticket.State;
            if (after != to)
            {
                throw new InvalidHistoryException(ticket.Id, version, $"{e.GetType().Name} from {before} leads to {after}, but the workflow leads to {to}.");
            }
        }

        if (ticket is null)
        {
            throw new InvalidHistoryException(null, 0, $"a repair ticket's history has at least its {nameof(RepairReported)} event.");
        }

        return reopenDue
            ? throw new InvalidHistoryException(ticket.Id, ticket.Version + 1, $"the history ends between a dissatisfied follow-up and its {nameof(RepairReopened)}.")
            : ticket;
    }

    private static RepairTicket Created(DomainEvent e)
    {
        if (e is not RepairReported reported)
        {
            throw new InvalidHistoryException(e.AggregateId, 1, $"a repair ticket's history starts with {nameof(RepairReported)}, not {e.GetType().Name}.");
        }

        if (reported.Version != 1)
        {
            throw new InvalidHistoryException(e.AggregateId, 1, $"expected version 1 but {nameof(RepairReported)} has version {reported.Version}.");
        }

        if (reported.Site != reported.Actor.Site || !Enum.IsDefined(reported.Request.Channel) || !Enum.IsDefined(reported.Request.Category))
        {
            throw new InvalidHistoryException(e.AggregateId, 1, $"the report is not one {nameof(Report)} would record (site, channel or category).");
        }

        if (CheckReport(reported.Request, reported.Actor, reported.OccurredAt, reported.LogBook, out _) is { } rejected)
        {
            throw new InvalidHistoryException(e.AggregateId, 1, rejected.Message);
        }

        var ticket = new RepairTicket(e.AggregateId);
        ticket.Append(e);
        return ticket;
    }

    /// <summary>The trigger a recorded event fired.</summary>
    private static T TriggerOf(DomainEvent e, string id, int version) => e switch
    {
        WorkOrderIssued => T.IssueWorkOrder,
        EngineeringNotified => T.NotifyEngineering,
        WorkOrderCollected c => c.RequiresAssessment ? T.CollectForAssessment : T.CollectScheduled,
        RepairAssessed => T.AssessFeasible,
        RepairNotFeasible => T.AssessNotFeasible,
        QuoteAccepted => T.AcceptQuote,
        QuoteDeclined => T.DeclineQuote,
        TechnicianAssigned => T.Assign,
        TechnicianArrived => T.Arrive,
        MaterialsChecked m => m.Result == MaterialCheckResult.Qualified ? T.MaterialsQualified : T.MaterialsUnqualified,
        ExtraWorkReported => T.ReportExtraWork,
        WorkCompleted => T.CompleteWork,
        WorkSignedOff => T.SignOff,
        WorkRejected => T.RejectWork,
        SignOffOverridden => T.OverrideSignOff,
        RepairFollowedUp f => f.Satisfaction == Satisfaction.Dissatisfied && f.ComplaintId is null ? T.FollowUpAndReopen : T.FollowUpAndClose,
        RepairCancelled => T.Cancel,
        RepairFixedAtNight => T.FixAtNight,
        RepairDeferredToMorning => T.DeferToMorning,
        RepairTakenOverInMorning => T.TakeOverInMorning,
        RepairReported => throw new InvalidHistoryException(id, version, $"a ticket has exactly one {nameof(RepairReported)}, first."),
        _ => throw new InvalidHistoryException(id, version, $"{e.GetType().Name} is not a repair-ticket event."),
    };

    /// <summary>A recorded event's arguments, checked as its command checks them.</summary>
    private Rejection? CheckRecorded(DomainEvent e) => e switch
    {
        WorkSignedOff s => CheckResident(s.Actor, s.SignedBy, "RP-16", "SignedBy"),
        WorkRejected r => CheckRejecter(r.Actor, r.RejectedBy),
        QuoteAccepted q => CheckResident(q.Actor, q.Owner, "RP-14", "Owner"),
        QuoteDeclined d => CheckResident(d.Actor, d.Owner, "RP-14", "Owner"),
        TechnicianAssigned a => CheckTechnician(a.Technician),
        _ => null,
    };

    /// <summary>The checks of a report: who reports through which channel, and what the report must say.</summary>
    private static Rejection? CheckReport(RepairRequest request, Actor actor, Instant at, LogBook? requested, out LogBook book)
    {
        // CS-13 (officer, day), CS-14 (night technician), app reports by the resident. Without a book from the roster,
        // a technician who is not an officer is taken to be on night duty.
        book = requested ?? (actor.HasRole(Role.Officer) || !actor.HasRole(Role.Technician) ? LogBook.ContactRegister : LogBook.NightDutyLog);
        if (book == LogBook.NightDutyLog && !actor.HasRole(Role.Technician))
        {
            return Rejection.Localized(NightLogByTechnician, "CS-14", "LogBook", "Repair.NightLogByTechnician", actor.DisplayName);
        }

        if (!actor.HasAnyRole(Role.Officer, Role.Technician, Role.Resident))
        {
            return Rejection.Localized(
                RoleNotAllowed, "CS-13", "Actor", "Repair.ReportRoleNotAllowed", actor.DisplayName, LocalizedText.Join("Text.List", actor.Roles.Select(r => (object?)LocalizedText.Of(r))));
        }

        var isResident = !actor.HasAnyRole(Role.Officer, Role.Technician);
        if (isResident != (request.Channel == RepairChannel.App))
        {
            return Rejection.Localized(ChannelNotAllowed, "CS-13", "Channel", isResident ? "Repair.ChannelNotAllowed.Resident" : "Repair.ChannelNotAllowed.Staff");
        }

        if (request.ContactPhone.IsEmpty)
        {
            // RP-09: the work order carries the contact phone.
            return Rejection.Localized(ContactPhoneRequired, "RP-09", "ContactPhone", "Repair.ContactPhoneRequired", new LocalizedText("Phone.AcceptedForms"));
        }

        if (request.Location is null)
        {
            // RP-09: the work order carries the unit and building (or the common area).
            return Rejection.Localized(LocationRequired, "RP-09", "Location", "Repair.LocationRequired");
        }

        if (string.IsNullOrWhiteSpace(request.Description))
        {
            // RP-08: the request is recorded in detail.
            return Rejection.Localized(DescriptionRequired, "RP-08", "Description", "Repair.DescriptionRequired");
        }

        if (request.Location.Kind == LocationKind.Unit && request.Resident is null)
        {
            // RP-04: a unit repair is the resident's request.
            return Rejection.Localized(ResidentRequired, "RP-04", "Resident", "Repair.ResidentRequired");
        }

        if (request.Appointment is { } appointment && appointment < at)
        {
            // RP-13: an appointment is a time the technician can still keep.
            return Rejection.Localized(AppointmentInPast, "RP-13", "Appointment", "Repair.AppointmentInPast", appointment, at);
        }

        foreach (var code in request.FeeItemCodes)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return Rejection.Localized(FeeItemCodeBlank, "RP-12", "FeeItemCodes", "Repair.FeeItemCodeBlank");
            }
        }

        foreach (var owner in request.UnitOwners)
        {
            if (!owner.IsOwner)
            {
                // RP-16: the recorded owners are those who may sign for the unit.
                return Rejection.Localized(UnitOwnerNotOwner, "RP-16", "UnitOwners", "Repair.UnitOwnerNotOwner", owner.Name);
            }
        }

        // CS-13: a resident reports through the app only their own repair.
        if (isResident && !IsResidentOf(request, actor))
        {
            return Rejection.Localized(NotTicketResident, "CS-13", "Resident", "Repair.ReportsOwnRepairOnly", actor.DisplayName);
        }

        return null;
    }

    private static bool IsResidentOf(RepairRequest request, Actor actor) =>
        (request.Resident?.Id is { } id && string.Equals(id, actor.Id, StringComparison.Ordinal))
        || request.UnitOwners.Any(o => string.Equals(o.Id, actor.Id, StringComparison.Ordinal));
}
