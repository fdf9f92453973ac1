namespace PropertyService.Workflows;

/// <summary>The rejection codes and the noun a workflow's shared checks use ("repair.other-site", "ticket").</summary>
/// <param name="Noun">How an officer names the aggregate: "ticket", "request".</param>
/// <param name="OtherSite">The actor belongs to another site.</param>
/// <param name="TimeBeforeLastEvent">The command is dated before the aggregate's last event.</param>
/// <param name="RoleNotAllowed">The actor holds none of the action's roles.</param>
/// <param name="NotAllowedNow">The action is not possible in the current state.</param>
internal sealed record WorkflowCodes(string Noun, string OtherSite, string TimeBeforeLastEvent, string RoleNotAllowed, string NotAllowedNow);
