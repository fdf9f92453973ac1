namespace PropertyService.HelpRequests;

/// <summary>One transition of the help-request workflow: from a state, on an action, to a state, when every guard holds.</summary>
internal sealed class HelpTransition(HelpRequestState from, HelpAction action, HelpRequestState to, params HelpGuard[] guards)
{
    internal HelpRequestState From { get; } = from;

    internal HelpAction Action { get; } = action;

    internal HelpRequestState To { get; } = to;

    internal HelpGuard[] Guards { get; } = guards;

    /// <summary>The failing guard of highest priority, or null when all hold.</summary>
    internal HelpGuard? FirstFailing(HelpRequest request, in GuardInput input)
    {
        HelpGuard? failing = null;
        foreach (var guard in Guards)
        {
            if (!guard.Check(request, input) && (failing is null || guard.Priority < failing.Priority))
            {
                failing = guard;
            }
        }

        return failing;
    }
}
