namespace PropertyService.Workflows;

/// <summary>
/// One named condition of a workflow transition. Its <see cref="Description"/> is the Stateless guard
/// description (shown on diagrams) and, capitalised, the message of the <see cref="Rejection"/> returned
/// when it fails; code, rule and field are fixed here, once.
/// </summary>
/// <typeparam name="TContext">What a guard reads: the aggregate, the actor and the command's input.</typeparam>
internal sealed class WorkflowGuard<TContext>
    where TContext : class
{
    private readonly Func<TContext, bool> _check;

    /// <param name="priority">Which failing guard is reported when several fail: the lowest number.</param>
    /// <param name="code">The stable rejection code.</param>
    /// <param name="ruleId">The rule the guard enforces, or null.</param>
    /// <param name="field">The input field at fault, or null.</param>
    /// <param name="description">What must hold, in lower case ("the actor is the assigned technician").</param>
    /// <param name="check">The condition; pure, since Stateless may evaluate it more than once.</param>
    /// <param name="onReplay">Whether the condition can be judged again from a recorded event (false for one
    /// that reads command input the event does not keep).</param>
    internal WorkflowGuard(int priority, string code, string? ruleId, string? field, string description, Func<TContext, bool> check, bool onReplay = true)
    {
        Priority = priority;
        Description = description;
        OnReplay = onReplay;
        _check = check;
        Rejection = new Rejection(code, char.ToUpperInvariant(description[0]) + description[1..] + ".", ruleId, field);
    }

    internal int Priority { get; }

    internal string Description { get; }

    internal bool OnReplay { get; }

    /// <summary>The rejection returned when this guard fails (built once).</summary>
    internal Rejection Rejection { get; }

    internal bool Check(TContext context) => _check(context);
}
