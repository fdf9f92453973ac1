using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PropertyService.Samples.Web.Http;

/// <summary>How values are written on the wire: enums in kebab case (<c>awaiting-contact</c>), instants in ISO form.</summary>
public static class WireNames
{
    /// <summary>A C# name in kebab case.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The name in kebab case.</returns>
    public static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    /// <summary>An enum value's name on the wire.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name in kebab case.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum => Kebab(value.ToString());

    /// <summary>Every name of an enum on the wire, for messages that list the choices.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <returns>The names, comma separated.</returns>
    public static string Choices<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(Kebab));

    /// <summary>
    /// Reads an enum value written as one name, in kebab case or as its C# name, ignoring case: the one rule for JSON
    /// bodies (<see cref="KebabEnumConverterFactory"/>) and query strings. Numbers and combinations are not names.
    /// </summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the text names a value.</returns>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return NamesOf<T>.ByName.TryGetValue(text, out value);
    }

    /// <summary>An instant in ISO form, such as <c>2026-11-27T06:00:00Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Of(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>A local date in ISO form, such as <c>2026-11-27</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Of(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static class NamesOf<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<string, T> ByName = Enum.GetValues<T>()
            .SelectMany(v => new[] { (Name: Kebab(v.ToString()), Value: v), (Name: v.ToString(), Value: v) })
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
