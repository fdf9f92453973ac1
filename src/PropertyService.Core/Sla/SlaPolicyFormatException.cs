namespace PropertyService.Sla;

/// <summary>
/// An SLA policy file is malformed or invalid. The message names the target and the field at fault; the same facts
/// are in <see cref="Target"/> and <see cref="Field"/>.
/// </summary>
/// <remarks>
/// A bad policy file is a failure of configuration, not an expected rule violation, so <see cref="SlaPolicyJson"/>
/// throws this exception rather than returning a <see cref="Rejection"/>. Nothing is applied when it is thrown: there
/// is never a policy with part of a file's changes.
/// </remarks>
public sealed class SlaPolicyFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the target and the field.</param>
    /// <param name="target">The name of the target whose changes are at fault (as the file spells it), or null when the problem is not in a target's changes.</param>
    /// <param name="field">The JSON field at fault (such as <c>"workingTime"</c> or <c>"name"</c>), or null for malformed JSON or a target's changes as a whole.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public SlaPolicyFormatException(string message, string? target = null, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Target = target;
        Field = field;
    }

    /// <summary>The name of the target whose changes are at fault (as the file spells it), or null when the problem is not in a target's changes.</summary>
    public string? Target { get; }

    /// <summary>The JSON field at fault, or null for malformed JSON or a target's changes as a whole.</summary>
    public string? Field { get; }
}
