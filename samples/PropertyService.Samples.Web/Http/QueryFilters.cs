using NodaTime;
using NodaTime.Text;

namespace PropertyService.Samples.Web.Http;

/// <summary>Reads list filters from the query string; each bad value adds an error naming its parameter (a 400).</summary>
public static class QueryFilters
{
    /// <summary>Reads a comma-separated list of enum values, such as <c>state=escalated,instructed</c>.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="query">The query string.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The values' C# names, or null when none was given.</returns>
    public static IReadOnlyCollection<string>? Enums<T>(IQueryCollection query, string name, IDictionary<string, string[]> errors)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var values = new List<string>();
        foreach (var text in query[name].SelectMany(s => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (WireNames.TryParse<T>(text, out var value))
            {
                values.Add(value.ToString());
            }
            else
            {
                errors[name] = [$"'{text}' is not valid for '{name}'; one of {WireNames.Choices<T>()}."];
            }
        }

        return values.Count > 0 ? values : null;
    }

    /// <summary>Reads an ISO instant such as <c>dueBefore=2026-11-27T06:00:00Z</c>.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The instant, or null when none was given.</returns>
    public static Instant? Instant(IQueryCollection query, string name, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        if (query[name].ToString() is not { Length: > 0 } text)
        {
            return null;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[name] = [$"'{text}' is not an ISO instant such as 2026-11-27T06:00:00Z."];
        return null;
    }

    /// <summary>Reads an ISO date such as <c>date=2026-11-27</c>.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The date, or null when none was given.</returns>
    public static LocalDate? Date(IQueryCollection query, string name, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        if (query[name].ToString() is not { Length: > 0 } text)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success && parsed.Value.Year is >= 1901 and <= 2198)
        {
            return parsed.Value;
        }

        errors[name] = [$"'{text}' is not a date such as 2026-11-27."];
        return null;
    }

    /// <summary>Reads a plain text such as <c>owner=E1001</c>.</summary>
    /// <param name="query">The query string.</param>
    /// <param name="name">The parameter.</param>
    /// <returns>The text, or null when none was given.</returns>
    public static string? Text(IQueryCollection query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[name].ToString() is { Length: > 0 } text ? text.Trim() : null;
    }

    /// <summary>The header that says a list stopped at the store's query limit: narrow it with the filters.</summary>
    public const string TruncatedHeader = "X-List-Truncated";

    /// <summary>Marks a response whose list filled the store's query limit, so that a caller never takes part of the
    /// records for all of them.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="found">How many records the store's query returned.</param>
    public static void MarkIfTruncated(HttpContext context, int found)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (found >= PropertyService.Storage.StreamQuery.DefaultLimit)
        {
            context.Response.Headers[TruncatedHeader] = "true";
        }
    }
}
