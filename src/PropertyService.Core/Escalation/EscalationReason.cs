using System.Globalization;
using PropertyService.Utility;

namespace PropertyService.Escalation;

/// <summary>
/// Why a matter was escalated: a stable <see cref="Code"/> for machines and a text for people. The built-in rules'
/// texts come from the library's resources and are read in the reader's language (<see cref="Describe"/>); a
/// vendor's rule gives its own text.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class EscalationReason
{
    private readonly LocalizedText _text;

    /// <summary>A reason with a fixed text, for a vendor's own rule.</summary>
    /// <param name="code">A stable code, such as <c>"acme.late-night-emergency"</c>.</param>
    /// <param name="text">What the person notified reads.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public EscalationReason(string code, string text)
    {
        Code = Preconditions.CheckNotBlank(code);
        _text = LocalizedText.AsWritten(Preconditions.CheckNotBlank(text));
    }

    private EscalationReason(string code, LocalizedText text)
    {
        Code = code;
        _text = text;
    }

    /// <summary>A stable, machine-readable code (the same in every language).</summary>
    public string Code { get; }

    /// <summary>The text in the language of <paramref name="culture"/> (Chinese for any Chinese culture, English otherwise).</summary>
    /// <param name="culture">The culture, or null for the current UI culture.</param>
    /// <returns>The text.</returns>
    public string Describe(CultureInfo? culture = null) => _text.Render(culture);

    /// <summary>The text in the current UI culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe();

    /// <summary>A reason whose text is the library's resource <paramref name="key"/>; arguments that are
    /// <see cref="LocalizedText"/>s are rendered in the same language. Nothing is read until the text is (rules run on
    /// every event); the built-in rules' tests read every key in both languages.</summary>
    internal static EscalationReason Localized(string code, string key, params object?[] args) => new(code, new LocalizedText(key, args));
}
