using System.Globalization;
using System.Resources;

namespace PropertyService.Utility;

/// <summary>
/// The library's texts for people (rejection messages, escalation texts, SLA target names), from the resources
/// <c>Resources/Messages.resx</c> (English) and <c>Resources/Messages.zh-Hans.resx</c> (Simplified Chinese).
/// </summary>
/// <remarks>
/// Any Chinese culture (<c>zh</c>, <c>zh-CN</c>, <c>zh-TW</c>, <c>zh-Hant-HK</c>, ...) reads the Chinese texts; every other
/// culture reads English. Codes and rule IDs never go through here: they are the same in every language.
/// </remarks>
internal static class Messages
{
    private static readonly ResourceManager Resources = new("PropertyService.Resources.Messages", typeof(Messages).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>The culture whose texts are read for <paramref name="culture"/> (the current UI culture when null).</summary>
    internal static CultureInfo LanguageOf(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "zh" ? Chinese : CultureInfo.InvariantCulture;

    /// <summary>The text of <paramref name="key"/> in the language of <paramref name="culture"/>.</summary>
    /// <exception cref="MissingManifestResourceException">No resource has that key (a bug in the library).</exception>
    internal static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, LanguageOf(culture))
        ?? throw new MissingManifestResourceException($"The library has no text '{key}'.");

    /// <summary>The text of <paramref name="key"/>, or null when the library has none.</summary>
    internal static string? Find(string key, CultureInfo? culture = null) => Resources.GetString(key, LanguageOf(culture));

    /// <summary>
    /// The text of <paramref name="key"/> with its placeholders filled; numbers and dates are formatted invariantly, and a
    /// value that is a <see cref="LocalizedText"/> is rendered in the same language as the text.
    /// </summary>
    internal static string Format(string key, CultureInfo? culture, params ReadOnlySpan<object?> args)
    {
        var language = LanguageOf(culture);
        var text = Get(key, language);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is LocalizedText)
            {
                var rendered = args.ToArray();
                for (; i < rendered.Length; i++)
                {
                    if (rendered[i] is LocalizedText word)
                    {
                        rendered[i] = word.Render(language);
                    }
                }

                return string.Format(CultureInfo.InvariantCulture, text, rendered);
            }
        }

        return string.Format(CultureInfo.InvariantCulture, text, args);
    }
}
