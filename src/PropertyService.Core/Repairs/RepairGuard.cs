namespace PropertyService.Repairs;

/// <summary>
/// A named condition of the repair workflow: its Stateless guard description (shown in diagrams and used as
/// the rejection message when unmet), the stable rejection code and the rule it enforces.
/// </summary>
internal sealed class RepairGuard
{
    private RepairGuard(string code, string? ruleId, string description)
    {
        Code = code;
        RuleId = ruleId;
        Description = description;
    }

    internal string Code { get; }

    internal string? RuleId { get; }

    internal string Description { get; }

    // RP-11..RP-16: only the technician the supervisor assigned works the ticket.
    internal static readonly RepairGuard AssignedTechnician = new(
        "repair.not-assigned-technician", "RP-11", "the actor is the technician assigned to the ticket");

    // CS-14: the night-duty technician who logged the repair fixes or defers it.
    internal static readonly RepairGuard NightTechnician = new(
        "repair.not-night-technician", "CS-14", "the actor is the night technician who logged the repair");

    // RP-15: only resident-supplied materials are checked.
    internal static readonly RepairGuard MaterialsAwaitingCheck = new(
        "repair.no-materials-to-check", "RP-15", "the resident supplies materials that are waiting to be checked");

    // RP-15: work cannot finish on unchecked or unqualified resident materials.
    internal static readonly RepairGuard MaterialsReady = new(
        "repair.materials-not-qualified", "RP-15", "any resident-supplied materials were checked and found qualified");

    // Cancellation is at the resident's request before work starts.
    internal static readonly RepairGuard WorkNotStarted = new(
        "repair.work-started", null, "work has not started");

    // RP-14: the outcome of an assessment depends on what was assessed.
    internal static readonly RepairGuard ForReportedRepair = new(
        "repair.assessment-purpose", "RP-14", "the assessment is of the reported repair");

    internal static readonly RepairGuard ForExtraWork = new(
        "repair.assessment-purpose", "RP-14", "the assessment is of extra work found on site");

    internal static readonly RepairGuard ForWorkUnderWay = new(
        "repair.assessment-purpose", "RP-14", "the quote is for extra work or company materials on a repair under way");

    internal static readonly RepairGuard ForCompanyMaterials = new(
        "repair.assessment-purpose", "RP-15", "the quote is for company materials replacing unqualified ones");

    internal static readonly RepairGuard[] All =
    [
        AssignedTechnician, NightTechnician, MaterialsAwaitingCheck, MaterialsReady, WorkNotStarted,
        ForReportedRepair, ForExtraWork, ForWorkUnderWay, ForCompanyMaterials,
    ];

    internal static RepairGuard? Find(string description)
    {
        foreach (var guard in All)
        {
            if (string.Equals(guard.Description, description, StringComparison.Ordinal))
            {
                return guard;
            }
        }

        return null;
    }
}
