using PropertyService.Utility;

namespace PropertyService.Workflows;

/// <summary>
/// One named condition of a workflow transition. Its <see cref="Description"/> is the Stateless guard
/// description, in English on diagrams; the message of the <see cref="Rejection"/> returned when it fails is the
/// resource text <see cref="Key"/>, the description as a sentence, in the reader's language. Code, rule and field
/// are fixed here, once.
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
    /// <param name="key">The resource key of the refusal (<c>Guard.Repair.AssignedTechnician</c>), whose English text is
    /// the description as a sentence; null for a workflow whose words have no translation (the kernel's tests), whose
    /// refusal then reads the description as written.</param>
    /// <param name="check">The condition; pure, since Stateless may evaluate it more than once.</param>
    /// <param name="onReplay">Whether the condition can be judged again from a recorded event (false for one
    /// that reads command input the event does not keep).</param>
    internal WorkflowGuard(int priority, string code, string? ruleId, string? field, string description, string? key, Func<TContext, bool> check, bool onReplay = true)
    {
        Priority = priority;
        Description = description;
        Key = key;
        OnReplay = onReplay;
        _check = check;
        Rejection = Rejection.Localized(
            code, ruleId, field, key is null ? LocalizedText.AsWritten(char.ToUpperInvariant(description[0]) + description[1..] + ".") : new LocalizedText(key));
    }

    internal int Priority { get; }

    internal string Description { get; }

    /// <summary>The resource key of the refusal's message, or null when it reads the description as written.</summary>
    internal string? Key { get; }

    internal bool OnReplay { get; }

    /// <summary>The rejection returned when this guard fails (built once).</summary>
    internal Rejection Rejection { get; }

    internal bool Check(TContext context) => _check(context);
}
