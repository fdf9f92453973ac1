namespace PropertyService.Workflows;

/// <summary>One row of a workflow's transition table: from a state, on a trigger, to a state, when every guard holds.</summary>
internal sealed class WorkflowTransition<TState, TTrigger, TContext>(TState from, TTrigger trigger, TState to, params WorkflowGuard<TContext>[] guards)
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TContext : class
{
    internal TState From { get; } = from;

    internal TTrigger Trigger { get; } = trigger;

    internal TState To { get; } = to;

    internal WorkflowGuard<TContext>[] Guards { get; } = guards;

    /// <summary>The failing guard of highest priority, or null when all hold.</summary>
    internal WorkflowGuard<TContext>? FirstFailing(TContext context, bool replaying = false)
    {
        WorkflowGuard<TContext>? failing = null;
        foreach (var guard in Guards)
        {
            if ((!replaying || guard.OnReplay) && !guard.Check(context) && (failing is null || guard.Priority < failing.Priority))
            {
                failing = guard;
            }
        }

        return failing;
    }
}
