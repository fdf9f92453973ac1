using PropertyService.Repairs;

namespace PropertyService.Samples.Web.Repairs;

/// <summary>
/// The body of a command; each command reads the fields it needs: assign <see cref="Technician"/>; complete and
/// fix-at-night <see cref="Notes"/>; sign-off, accept-quote, decline-quote and reject-work <see cref="Resident"/> (the
/// ticket's resident when omitted); follow-up <see cref="Satisfaction"/> and <see cref="Remarks"/>; assess
/// <see cref="Lines"/>; accept-quote and decline-quote <see cref="Channel"/> (in person when omitted); decline-quote,
/// reject-work, assess-not-feasible and cancel <see cref="Reason"/>; check-materials <see cref="Result"/> and
/// <see cref="Remarks"/>; report-extra-work <see cref="Description"/>; override-sign-off <see cref="OverrideReason"/>
/// and <see cref="Explanation"/>; defer-to-morning <see cref="Note"/>.
/// </summary>
public sealed record RepairActionBody(
    PersonBody? Technician,
    string? Notes,
    ResidentBody? Resident,
    Satisfaction? Satisfaction,
    string? Remarks,
    IReadOnlyList<AssessedLineBody>? Lines = null,
    QuoteAnswerChannel? Channel = null,
    string? Reason = null,
    MaterialCheckResult? Result = null,
    string? Description = null,
    SignOffOverrideReason? OverrideReason = null,
    string? Explanation = null,
    string? Note = null);
