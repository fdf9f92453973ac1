using System.Reflection;

namespace PropertyService.HelpRequests;

/// <summary>Every public property of a <see cref="HelpRequest"/>, as text, for comparing two requests.</summary>
internal static class HelpRequestSnapshot
{
    private static readonly PropertyInfo[] Properties = typeof(HelpRequest)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    internal static string Of(HelpRequest request) =>
        string.Join("; ", Properties.Select(p => $"{p.Name}={Format(p.GetValue(request))}"));

    private static string Format(object? value) => value switch
    {
        null => "null",
        Actor actor => $"{actor.Id}@{actor.Site}",
        _ => value.ToString() ?? string.Empty,
    };
}
