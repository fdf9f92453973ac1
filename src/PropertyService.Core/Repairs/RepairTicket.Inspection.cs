using NodaTime;
using PropertyService.Utility;
using T = PropertyService.Repairs.RepairTrigger;

namespace PropertyService.Repairs;

/// <content>After the work: the resident's inspection and signature, a supervisor's override, the follow-up (RP-16, RP-03).</content>
public sealed partial class RepairTicket
{
    /// <summary>The owner inspects the work and signs the work order (RP-16).</summary>
    /// <param name="actor">The resident signing: role Resident, no staff role, and the ticket's resident or a recorded
    /// owner of the unit (matched by <see cref="Resident.Id"/>).</param>
    /// <param name="signedBy">Who signs: the acting resident; for a repair in a unit, an owner (or authorised agent).</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkSignedOff"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> SignOff(Actor actor, Resident signedBy, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(signedBy);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        return (Check(T.SignOff, step, at) ?? CheckResident(actor, signedBy, "RP-16", "SignedBy")) is { } rejected
            ? rejected
            : Commit(T.SignOff, step, new WorkSignedOff(Id, Version + 1, at, actor, signedBy));
    }

    /// <summary>The resident is not satisfied at inspection: the work goes back for rework and a new inspection (RP-16).</summary>
    /// <param name="actor">The resident refusing, as for <see cref="SignOff"/>.</param>
    /// <param name="rejectedBy">Who refused: the acting resident.</param>
    /// <param name="reason">What is wrong; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="WorkRejected"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="rejectedBy"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> RejectWork(Actor actor, Resident rejectedBy, string reason, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(rejectedBy);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        if ((Check(T.RejectWork, step, at) ?? CheckRejecter(actor, rejectedBy)) is { } rejected)
        {
            return rejected;
        }

        return string.IsNullOrWhiteSpace(reason)
            ? ReasonRequired("RP-16", "Repair.ReasonRequired.RejectWork")
            : Commit(T.RejectWork, step, new WorkRejected(Id, Version + 1, at, actor, rejectedBy, reason));
    }

    /// <summary>
    /// A service supervisor (or the service manager above them) closes the inspection without the resident's
    /// signature, with a recorded reason, when the resident cannot be reached or refuses without cause (RP-16).
    /// </summary>
    /// <param name="actor">A service supervisor or service manager.</param>
    /// <param name="reason">Why.</param>
    /// <param name="explanation">What happened, in words; required.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The <see cref="SignOffOverridden"/> event, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> OverrideSignOff(Actor actor, SignOffOverrideReason reason, string explanation, Instant at)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(reason);
        return WithText(T.OverrideSignOff, actor, at, explanation,
            static () => ReasonRequired("RP-16", "Repair.ReasonRequired.OverrideSignOff"),
            (t, a, at, e) => new SignOffOverridden(t.Id, t.Version + 1, at, a, reason, e));
    }

    /// <summary>
    /// The service center's follow-up visit records the resident's satisfaction (RP-03 (4)). Satisfied or
    /// neutral closes the ticket; dissatisfied reopens it for rework (and a new sign-off), or, when
    /// <paramref name="complaintId"/> is given, closes it and opens that complaint record instead.
    /// </summary>
    /// <param name="actor">An officer.</param>
    /// <param name="satisfaction">The resident's satisfaction.</param>
    /// <param name="remarks">What the resident said, or null; required when dissatisfied.</param>
    /// <param name="at">When it happens; it comes before the optional parameter so that callers can still omit it.</param>
    /// <param name="complaintId">For a dissatisfied resident: the complaint record (<c>PropertyService.Complaints.Complaint</c>) the
    /// host opens instead of reopening the ticket, or null to reopen. Refused for a resident who is not dissatisfied.</param>
    /// <returns>The <see cref="RepairFollowedUp"/> event, followed by <see cref="RepairReopened"/> when dissatisfied and no
    /// complaint is opened; or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="satisfaction"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">Another thread is using the ticket.</exception>
    public Result<IReadOnlyList<DomainEvent>> FollowUp(Actor actor, Satisfaction satisfaction, string? remarks, Instant at, string? complaintId = null)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckDefined(satisfaction);
        using var scope = _log.Use();
        var step = new RepairStep(this, actor);
        var dissatisfied = satisfaction == Satisfaction.Dissatisfied;
        var complaint = string.IsNullOrWhiteSpace(complaintId) ? null : complaintId.Trim();
        var trigger = dissatisfied && complaint is null ? T.FollowUpAndReopen : T.FollowUpAndClose;
        if (Check(trigger, step, at) is { } rejected)
        {
            return rejected;
        }

        if (dissatisfied && string.IsNullOrWhiteSpace(remarks))
        {
            return Rejection.Localized(RepairRejectionCodes.CommentRequired, "RP-03", "Remarks", "Repair.CommentRequired");
        }

        if (complaint is not null && !dissatisfied)
        {
            return Rejection.Localized(RepairRejectionCodes.ComplaintOnlyWhenDissatisfied, "RP-03", "ComplaintId", "Repair.ComplaintOnlyWhenDissatisfied");
        }

        var followedUp = new RepairFollowedUp(Id, Version + 1, at, actor, satisfaction, remarks) { ComplaintId = complaint };
        return trigger == T.FollowUpAndReopen
            ? Commit(trigger, step, followedUp, new RepairReopened(Id, Version + 2, at, actor, remarks!))
            : Commit(trigger, step, followedUp);
    }

    /// <summary>RP-16: the resident who refuses is the ticket's resident or a recorded owner, acting for themselves.</summary>
    private Rejection? CheckRejecter(Actor actor, Resident rejectedBy) =>
        IsTicketResident(rejectedBy) && string.Equals(rejectedBy.Id, actor.Id, StringComparison.Ordinal)
            ? null
            : Rejection.Localized(RepairRejectionCodes.NotTicketResident, "RP-16", "RejectedBy", "Repair.RefusesOnlyForThemselves", actor.DisplayName);
}
