namespace PropertyService.Repairs;

/// <summary>
/// The stable codes of the rejections a <see cref="RepairTicket"/> returns (<see cref="Rejection.Code"/>); hosts may
/// switch on them.
/// </summary>
public static class RepairRejectionCodes
{
    /// <summary>The actor belongs to another site than the ticket.</summary>
    public const string OtherSite = "repair.other-site";

    /// <summary>The command is dated before the ticket's last event (<see cref="RepairTicket.LastEventAt"/>); field <c>At</c>.</summary>
    public const string TimeBeforeLastEvent = "repair.time-before-last-event";

    /// <summary>The actor holds none of the roles that take this action.</summary>
    public const string RoleNotAllowed = "repair.role-not-allowed";

    /// <summary>The action is not possible in the ticket's state; the rejection cites the rule whose step is pending.</summary>
    public const string NotAllowedNow = "repair.not-allowed-now";

    /// <summary>A resident reports through the app; staff record calls and visits (CS-13).</summary>
    public const string ChannelNotAllowed = "repair.channel-not-allowed";

    /// <summary>The repair has no contact phone to copy into the work order (RP-09).</summary>
    public const string ContactPhoneRequired = "repair.contact-phone-required";

    /// <summary>The repair has no location (RP-09).</summary>
    public const string LocationRequired = "repair.location-required";

    /// <summary>The repair has no description (RP-08).</summary>
    public const string DescriptionRequired = "repair.description-required";

    /// <summary>A repair in a unit names no resident (RP-04).</summary>
    public const string ResidentRequired = "repair.resident-required";

    /// <summary>The appointment is before the report (RP-13).</summary>
    public const string AppointmentInPast = "repair.appointment-in-past";

    /// <summary>A fee-schedule item code is blank (RP-12).</summary>
    public const string FeeItemCodeBlank = "repair.fee-item-code-blank";

    /// <summary>A resident recorded as an owner of the unit is not an owner (RP-16).</summary>
    public const string UnitOwnerNotOwner = "repair.unit-owner-not-owner";

    /// <summary>The actor is not the technician assigned to the ticket (RP-11).</summary>
    public const string NotAssignedTechnician = "repair.not-assigned-technician";

    /// <summary>The actor is not the night technician who logged the repair (CS-14).</summary>
    public const string NotNightTechnician = "repair.not-night-technician";

    /// <summary>There are no resident-supplied materials waiting to be checked (RP-15).</summary>
    public const string NoMaterialsToCheck = "repair.no-materials-to-check";

    /// <summary>Resident-supplied materials were not checked, or were unqualified (RP-15).</summary>
    public const string MaterialsNotQualified = "repair.materials-not-qualified";

    /// <summary>Work has started, so the ticket can no longer be cancelled.</summary>
    public const string WorkStarted = "repair.work-started";

    /// <summary>The step does not fit what the pending assessment or quote is about (RP-14, RP-15).</summary>
    public const string AssessmentPurpose = "repair.assessment-purpose";

    /// <summary>The quote request is for another site or category than the ticket (RP-10).</summary>
    public const string QuoteRequestMismatch = "repair.quote-request-mismatch";

    /// <summary>A feasible assessment prices no line (RP-14).</summary>
    public const string AssessedLinesRequired = "repair.assessed-lines-required";

    /// <summary>The fee evaluator did not produce an assessed quote (RP-14).</summary>
    public const string AssessmentNotPriced = "repair.assessment-not-priced";

    /// <summary>A reason is required and was not given.</summary>
    public const string ReasonRequired = "repair.reason-required";

    /// <summary>The person assigned is not a technician of the site (RP-11).</summary>
    public const string NotATechnician = "repair.not-a-technician";

    /// <summary>Only the owner (or an authorised agent) accepts a fee or signs off work in a unit (RP-14, RP-16).</summary>
    public const string OwnerRequired = "repair.owner-required";

    /// <summary>
    /// The resident named, or the resident acting, is not the ticket's resident or a recorded owner of the unit; or
    /// a member of staff tried to act as the resident (RP-14, RP-16, CS-13).
    /// </summary>
    public const string NotTicketResident = "repair.not-ticket-resident";

    /// <summary>A dissatisfied follow-up records what the resident said (RP-03).</summary>
    public const string CommentRequired = "repair.comment-required";

    /// <summary>The items a night fix names are not all in the fee schedule, so it cannot be priced at night (RP-14).</summary>
    public const string NightFixNeedsAssessment = "repair.night-fix-needs-assessment";

    /// <summary>A report is written in the night duty log by someone who is not a technician (CS-14).</summary>
    public const string NightLogByTechnician = "repair.night-log-by-technician";

    /// <summary>A follow-up that is not dissatisfied names a complaint record; only a dissatisfied one opens one (RP-03).</summary>
    public const string ComplaintOnlyWhenDissatisfied = "repair.complaint-only-when-dissatisfied";
}
