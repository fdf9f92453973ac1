using System.Globalization;

namespace PropertyService.Utility;

/// <summary>
/// A text for people, rendered from the library's resources each time it is read: a resource key and the values of
/// its placeholders. A value that is itself a <see cref="LocalizedText"/> is rendered in the same language as the text
/// around it, so the words filled into a message (actions, states, roles, nouns) are translated with the message.
/// </summary>
/// <remarks>
/// Immutable when its values are; safe to share between threads. <see cref="ToString"/> renders English, as exception
/// messages and logs read it.
/// </remarks>
internal sealed class LocalizedText
{
    private readonly string? _key;
    private readonly object?[] _args;
    private readonly string? _asWritten;

    /// <summary>The resource text <paramref name="key"/> with <paramref name="args"/> filled in.</summary>
    /// <param name="key">The key in <c>Resources/Messages*.resx</c>.</param>
    /// <param name="args">The values of its placeholders: data as written, or texts rendered in the same language.</param>
    internal LocalizedText(string key, params object?[] args)
        : this(Preconditions.CheckNotBlank(key), args, null)
    {
    }

    private LocalizedText(string? key, object?[] args, string? asWritten)
    {
        _key = key;
        _args = args;
        _asWritten = asWritten;
    }

    /// <summary>The resource key, or null for a text shown as written.</summary>
    internal string? Key => _key;

    /// <summary>
    /// A text that reads the same in every language: data (a name, a code), or the words of a workflow that has no
    /// translation (the kernel's own tests). A sentence of the library always has a resource key.
    /// </summary>
    internal static LocalizedText AsWritten(string text) => new(null, [], Preconditions.CheckNotNull(text));

    /// <summary>The name of an enum value, from the resource <c>{prefix}.{value}</c> (<c>Role.Officer</c>).</summary>
    internal static LocalizedText Of<TEnum>(string prefix, TEnum value)
        where TEnum : struct, Enum => new($"{prefix}.{value}");

    /// <summary>A role's name (<c>Role.ServiceSupervisor</c>).</summary>
    internal static LocalizedText Of(Role role) => Of("Role", role);

    /// <summary>
    /// An aggregate's noun as the code names it ("ticket", "duty log"), from the resource <c>Noun.{noun}</c> with spaces
    /// written as hyphens (<c>Noun.duty-log</c>).
    /// </summary>
    internal static LocalizedText Noun(string noun) => new("Noun." + noun.Replace(' ', '-'));

    /// <summary>
    /// <paramref name="items"/> joined two by two with the resource text <paramref name="pairKey"/> (<c>Text.Or</c>: "{0} or {1}";
    /// <c>Text.List</c>: "{0}, {1}"), so that each language joins them its own way; empty for no items.
    /// </summary>
    internal static LocalizedText Join(string pairKey, IEnumerable<object?> items)
    {
        object? joined = null;
        var any = false;
        foreach (var item in items)
        {
            joined = any ? new LocalizedText(pairKey, joined, item) : item;
            any = true;
        }

        return joined as LocalizedText ?? AsWritten(any ? Convert.ToString(joined, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty);
    }

    /// <summary>The text in the language of <paramref name="culture"/> (the current UI culture when null).</summary>
    /// <exception cref="System.Resources.MissingManifestResourceException">The key has no text (a bug in the library).</exception>
    /// <exception cref="FormatException">The text and its values do not match (a bug in the library).</exception>
    internal string Render(CultureInfo? culture) => _asWritten ?? Messages.Format(_key!, culture, _args);

    /// <summary>The text in English.</summary>
    public override string ToString() => Render(CultureInfo.InvariantCulture);
}
