using System.Globalization;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// Why a command was refused: an expected rule violation, returned as a value rather than thrown.
/// A command that returns a rejection has changed nothing.
/// </summary>
/// <remarks>
/// <para>The library's own rejections speak the current UI culture: <see cref="Message"/> is read from the library's
/// resources each time, in Chinese for any Chinese culture and in English otherwise (<see cref="Describe"/> picks a
/// culture explicitly). <see cref="Code"/>, <see cref="RuleId"/> and <see cref="Field"/> never change with the language.
/// A rejection made with the public constructor keeps the message it was given.</para>
/// <para>Immutable value with value equality (code, rule, field and message); safe to share between threads.</para>
/// </remarks>
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
        _message = Preconditions.CheckNotBlank(message);
        RuleId = string.IsNullOrWhiteSpace(ruleId) ? null : ruleId;
        Field = string.IsNullOrWhiteSpace(field) ? null : field;
    }

    /// <summary>A rejection whose message is <paramref name="text"/>, read in the current UI culture whenever
    /// <see cref="Message"/> is read. It is rendered once here, in English, so a missing text or a bad placeholder fails
    /// at once rather than when someone reads it.</summary>
    private Rejection(string code, LocalizedText text, string? ruleId, string? field)
        : this(code, text.ToString(), ruleId, field) => _text = text;

    /// <summary>The library's way to make a rejection: its message is the resource text <paramref name="key"/> (in
    /// <c>Resources/Messages*.resx</c>) with <paramref name="args"/> filled in, in the reader's language; an argument that
    /// is a <see cref="LocalizedText"/> (an action, a state, a role) is translated with it.</summary>
    internal static Rejection Localized(string code, string? ruleId, string? field, string key, params object?[] args) =>
        new(code, new LocalizedText(key, args), ruleId, field);

    /// <summary>A rejection whose message is <paramref name="text"/>, in the reader's language.</summary>
    internal static Rejection Localized(string code, string? ruleId, string? field, LocalizedText text) =>
        new(code, text, ruleId, field);

    private readonly string _message;
    private readonly LocalizedText? _text;

    /// <summary>A stable, machine-readable code.</summary>
    public string Code { get; }

    /// <summary>A message a service-center officer understands, in the current UI culture.</summary>
    public string Message => Describe(null);

    /// <summary>The rule the command would have broken (for example <c>"RP-16"</c>), or null.</summary>
    public string? RuleId { get; }

    /// <summary>The input field at fault, or null.</summary>
    public string? Field { get; }

    /// <summary>The message in the language of <paramref name="culture"/>: Chinese for any Chinese culture, English
    /// otherwise; the current UI culture when null. A message given to the public constructor is returned as given.</summary>
    /// <param name="culture">The culture, or null for the current UI culture.</param>
    /// <returns>The message.</returns>
    public string Describe(CultureInfo? culture) => _text is null ? _message : _text.Render(culture);

    /// <summary>Whether two rejections have the same code, rule, field and message (in the current UI culture).</summary>
    /// <param name="other">The other rejection.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Rejection? other) =>
        other is not null && Code == other.Code && RuleId == other.RuleId && Field == other.Field && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, RuleId, Field, Message);

    /// <summary>Formats the rejection as <c>[RP-16] repair.sign-off-by-owner (Actor): message</c>.</summary>
    public override string ToString() =>
        $"{(RuleId is null ? string.Empty : $"[{RuleId}] ")}{Code}{(Field is null ? string.Empty : $" ({Field})")}: {Message}";
}
