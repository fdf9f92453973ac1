namespace PropertyService.Workflows;

/// <summary>The rejection codes and the words a workflow's shared checks use ("repair.other-site", "ticket").</summary>
/// <param name="Noun">How an officer names the aggregate: "ticket", "request"; its text is the resource <c>Noun.{noun}</c>.</param>
/// <param name="OtherSite">The actor belongs to another site.</param>
/// <param name="TimeBeforeLastEvent">The command is dated before the aggregate's last event.</param>
/// <param name="RoleNotAllowed">The actor holds none of the action's roles.</param>
/// <param name="NotAllowedNow">The action is not possible in the current state.</param>
/// <param name="Words">The prefix of the resource keys that name the workflow's actions, states and pending steps in
/// refusals (<c>Repair</c>: <c>Repair.Action.Assign</c>, <c>Repair.State.Reported</c>, <c>Repair.Pending.Reported</c>);
/// null for a workflow whose words have no translation (the kernel's own tests), which then reads as written.</param>
internal sealed record WorkflowCodes(string Noun, string OtherSite, string TimeBeforeLastEvent, string RoleNotAllowed, string NotAllowedNow, string? Words = null);
