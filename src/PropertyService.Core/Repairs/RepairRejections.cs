using NodaTime;

namespace PropertyService.Repairs;

/// <summary>The rejections of the repair workflow: stable codes, rule IDs and fields, and who may take each action.</summary>
internal static class RepairRejections
{
    private static readonly (Role[] Roles, string? RuleId)[] s_actions = BuildActionTable();

    private static (Role[] Roles, string? RuleId)[] BuildActionTable()
    {
        var table = new (Role[] Roles, string? RuleId)[Enum.GetValues<RepairAction>().Length];
        table[(int)RepairAction.IssueWorkOrder] = ([Role.Officer], "RP-09");          // RP-09, CS-13: service-center staff
        table[(int)RepairAction.NotifyEngineering] = ([Role.Officer], "RP-09");
        table[(int)RepairAction.Collect] = ([Role.EngineeringSupervisor, Role.Technician], "RP-10"); // RP-10: the engineering collector
        table[(int)RepairAction.Assess] = ([Role.EngineeringSupervisor], "RP-14");    // RP-03 (2), RP-14
        table[(int)RepairAction.AcceptQuote] = ([Role.Resident, Role.Officer], "RP-14");
        table[(int)RepairAction.DeclineQuote] = ([Role.Resident, Role.Officer], "RP-14");
        table[(int)RepairAction.Assign] = ([Role.EngineeringSupervisor], "RP-11");    // RP-11
        table[(int)RepairAction.Arrive] = ([Role.Technician], "RP-12");               // RP-12, RP-13
        table[(int)RepairAction.CheckMaterials] = ([Role.Technician], "RP-15");       // RP-15
        table[(int)RepairAction.ReportExtraWork] = ([Role.Technician], "RP-14");
        table[(int)RepairAction.CompleteWork] = ([Role.Technician], "RP-16");
        table[(int)RepairAction.SignOff] = ([Role.Resident], "RP-16");                // RP-16: the resident signs
        table[(int)RepairAction.RejectWork] = ([Role.Resident], "RP-16");
        table[(int)RepairAction.OverrideSignOff] = ([Role.ServiceSupervisor], "RP-16");
        table[(int)RepairAction.FollowUp] = ([Role.Officer], "RP-03");                // RP-03 (4): the service center follows up
        table[(int)RepairAction.Cancel] = ([Role.Officer], null);
        table[(int)RepairAction.FixAtNight] = ([Role.Technician], "CS-14");           // CS-14
        table[(int)RepairAction.DeferToMorning] = ([Role.Technician], "CS-14");
        table[(int)RepairAction.TakeOverInMorning] = ([Role.Officer], "CS-15");       // CS-15: the officer on duty
        return table;
    }

    internal static string? RuleOf(RepairAction action) => s_actions[(int)action].RuleId;

    internal static IReadOnlyList<Role> RolesFor(RepairAction action) => s_actions[(int)action].Roles;

    internal static bool MayTake(RepairAction action, Actor actor) => actor.HasAnyRole(s_actions[(int)action].Roles);

    internal static Rejection RoleNotAllowed(RepairAction action, Actor actor) => new(
        "repair.role-not-allowed",
        $"{action} is for {string.Join(" or ", s_actions[(int)action].Roles)}; {actor.DisplayName} holds {string.Join(", ", actor.Roles)}.",
        RuleOf(action),
        "Actor");

    internal static Rejection NotAllowedNow(RepairAction action, RepairState state) => new(
        "repair.not-allowed-now",
        $"{action} is not possible while the ticket is {state}.",
        RuleOf(action));

    internal static Rejection OtherSite(Actor actor, SiteId site) => new(
        "repair.other-site",
        $"{actor.DisplayName} belongs to site {actor.Site}, but the ticket is at site {site}.",
        null,
        "Actor");

    internal static Rejection Required(string code, string ruleId, string field, string message) => new(code, message, ruleId, field);

    internal static Rejection ReasonRequired(string? ruleId, string what) => new(
        "repair.reason-required", $"A reason is required: {what}.", ruleId, "Reason");
}
