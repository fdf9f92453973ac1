using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// Why a command was refused: an expected rule violation, returned as a value rather than thrown.
/// A command that returns a rejection has changed nothing.
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record Rejection
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="code">A stable, machine-readable code such as <c>"repair.phone-required"</c>; hosts may switch on it.</param>
    /// <param name="message">A message a service-center officer understands.</param>
    /// <param name="ruleId">The rule the command would have broken, such as <c>"RP-16"</c>, or null when no rule applies.</param>
    /// <param name="field">The input field at fault, such as <c>"ContactPhone"</c>, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public Rejection(string code, string message, string? ruleId = null, string? field = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        Message = Preconditions.CheckNotBlank(message);
        RuleId = string.IsNullOrWhiteSpace(ruleId) ? null : ruleId;
        Field = string.IsNullOrWhiteSpace(field) ? null : field;
    }

    /// <summary>A stable, machine-readable code.</summary>
    public string Code { get; }

    /// <summary>A message a service-center officer understands.</summary>
    public string Message { get; }

    /// <summary>The rule the command would have broken (for example <c>"RP-16"</c>), or null.</summary>
    public string? RuleId { get; }

    /// <summary>The input field at fault, or null.</summary>
    public string? Field { get; }

    /// <summary>Formats the rejection as <c>[RP-16] repair.sign-off-by-owner (Actor): message</c>.</summary>
    public override string ToString() =>
        $"{(RuleId is null ? string.Empty : $"[{RuleId}] ")}{Code}{(Field is null ? string.Empty : $" ({Field})")}: {Message}";
}
