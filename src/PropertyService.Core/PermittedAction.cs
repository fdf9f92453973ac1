namespace PropertyService;

/// <summary>
/// Whether a person may take an action on an aggregate now, and if not, why: one row of a
/// <c>PermittedActions(actor)</c> query (<see cref="Repairs.RepairTicket.PermittedActions"/>,
/// <see cref="HelpRequests.HelpRequest.PermittedActions"/>), for user interfaces.
/// </summary>
/// <typeparam name="TAction">The aggregate's actions, such as <see cref="Repairs.RepairAction"/>.</typeparam>
/// <param name="Action">The action.</param>
/// <param name="Reason">Why it is forbidden (the rejection the command would return), or null when it is permitted.</param>
public sealed record PermittedAction<TAction>(TAction Action, Rejection? Reason)
    where TAction : struct, Enum
{
    /// <summary>Whether the action is permitted now (its arguments are still checked when it is taken).</summary>
    public bool IsPermitted => Reason is null;
}
