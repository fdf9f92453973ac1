using PropertyService.Workflows;
using static PropertyService.Repairs.RepairRejectionCodes;

namespace PropertyService.Repairs;

/// <summary>
/// The conditions of the repair workflow, each citing the rule it enforces; the descriptions appear on diagrams.
/// Each is built afresh when the workflow is built (<see cref="RepairWorkflow.Build"/>), so the tables are data that a
/// test can rebuild and read.
/// </summary>
internal static class RepairGuards
{
    // RP-11..RP-16: only the technician the supervisor assigned works the ticket.
    internal static WorkflowGuard<RepairStep> AssignedTechnician => new(
        0, NotAssignedTechnician, "RP-11", "Actor", "the actor is the technician assigned to the ticket", "Guard.Repair.AssignedTechnician",
        static s => s.Actor.Equals(s.Ticket.AssignedTechnician));

    // CS-14: the night-duty technician who logged the repair fixes or defers it.
    internal static WorkflowGuard<RepairStep> NightTechnician => new(
        1, NotNightTechnician, "CS-14", "Actor", "the actor is the night technician who logged the repair", "Guard.Repair.NightTechnician",
        static s => s.Actor.Equals(s.Ticket.NightTechnician));

    // RP-16: the resident who signs (or refuses) is the ticket's resident or a recorded owner, acting for themselves.
    internal static WorkflowGuard<RepairStep> TicketResident => new(
        2, NotTicketResident, "RP-16", "Actor", "the actor is the ticket's resident or a recorded owner of the unit, acting for themselves", "Guard.Repair.TicketResident",
        static s => s.Ticket.IsOwnResident(s.Actor));

    // RP-14: the owner answers a quote, or an officer records the owner's answer.
    internal static WorkflowGuard<RepairStep> OfficerOrTicketResident => new(
        3, NotTicketResident, "RP-14", "Actor", "the actor is an officer recording the answer, or the ticket's resident or a recorded owner acting for themselves", "Guard.Repair.OfficerOrTicketResident",
        static s => s.Actor.HasRole(Role.Officer) || s.Ticket.IsOwnResident(s.Actor));

    // RP-15: only resident-supplied materials are checked.
    internal static WorkflowGuard<RepairStep> MaterialsAwaitingCheck => new(
        4, NoMaterialsToCheck, "RP-15", null, "the resident supplies materials that are waiting to be checked", "Guard.Repair.MaterialsAwaitingCheck",
        static s => s.Ticket.Materials is MaterialsStatus.AwaitingCheck);

    // RP-15: work cannot finish on unchecked or unqualified resident materials.
    internal static WorkflowGuard<RepairStep> MaterialsReady => new(
        5, MaterialsNotQualified, "RP-15", null, "any resident-supplied materials were checked and found qualified", "Guard.Repair.MaterialsReady",
        static s => s.Ticket.Materials is not (MaterialsStatus.AwaitingCheck or MaterialsStatus.Unqualified));

    // Cancellation is at the resident's request before work starts.
    internal static WorkflowGuard<RepairStep> WorkNotStarted => new(
        6, WorkStarted, null, null, "work has not started", "Guard.Repair.WorkNotStarted",
        static s => s.Ticket.PendingPurpose is Repairs.AssessmentPurpose.Repair);

    // RP-14: the outcome of an assessment depends on what was assessed.
    internal static WorkflowGuard<RepairStep> ForReportedRepair => new(
        7, RepairRejectionCodes.AssessmentPurpose, "RP-14", null, "the assessment is of the reported repair", "Guard.Repair.ForReportedRepair",
        static s => s.Ticket.PendingPurpose is Repairs.AssessmentPurpose.Repair);

    internal static WorkflowGuard<RepairStep> ForExtraWork => new(
        8, RepairRejectionCodes.AssessmentPurpose, "RP-14", null, "the assessment is of extra work found on site", "Guard.Repair.ForExtraWork",
        static s => s.Ticket.PendingPurpose is Repairs.AssessmentPurpose.ExtraWork);

    internal static WorkflowGuard<RepairStep> ForWorkUnderWay => new(
        9, RepairRejectionCodes.AssessmentPurpose, "RP-14", null, "the quote is for extra work or company materials on a repair under way", "Guard.Repair.ForWorkUnderWay",
        static s => s.Ticket.PendingPurpose is not Repairs.AssessmentPurpose.Repair);

    internal static WorkflowGuard<RepairStep> ForCompanyMaterials => new(
        10, RepairRejectionCodes.AssessmentPurpose, "RP-15", null, "the quote is for company materials replacing unqualified ones", "Guard.Repair.ForCompanyMaterials",
        static s => s.Ticket.PendingPurpose is Repairs.AssessmentPurpose.CompanyMaterials);
}
