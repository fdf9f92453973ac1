namespace PropertyService.Repairs;

/// <summary>
/// Whether a person may take an action on a ticket now, and if not, why: one row of
/// <see cref="RepairTicket.PermittedActions"/>, for user interfaces.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="Reason">Why it is forbidden (the rejection the command would return), or null when it is permitted.</param>
public sealed record PermittedAction(RepairAction Action, Rejection? Reason)
{
    /// <summary>Whether the action is permitted now (its arguments are still checked when it is taken).</summary>
    public bool IsPermitted => Reason is null;
}
