namespace PropertyService.HelpRequests;

/// <summary>
/// Whether an actor may take one <see cref="HelpAction"/> on a help request now, and if not, why not.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="Reason">Why the action is forbidden, as the command would reject it; null when it is permitted.</param>
/// <remarks>
/// Permission is judged on the request's state and the actor alone; a command may still be rejected for
/// its input (a blank reason, for example).
/// </remarks>
public sealed record ActionPermission(HelpAction Action, Rejection? Reason)
{
    /// <summary>Whether the action is permitted.</summary>
    public bool IsPermitted => Reason is null;
}
