using System.Collections.Concurrent;
using System.Reflection;

namespace PropertyService.Sla;

/// <summary>
/// Reads public properties of events by name, for triggers declared by event type name (workflows whose types
/// this code cannot reference) and for deriving an <see cref="SlaSubject"/> from an event list.
/// </summary>
internal static class EventProperties
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Cache = new();

    /// <summary>The value of a public instance property, or null when the object has no such property.</summary>
    internal static object? Read(object? source, string name)
    {
        if (source is null)
        {
            return null;
        }

        var property = Cache.GetOrAdd((source.GetType(), name), static key => key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance));
        return property?.GetValue(source);
    }

    /// <summary>Whether a property's value, as text, equals <paramref name="expected"/>.</summary>
    internal static bool Is(object? source, string name, string expected) =>
        string.Equals(Read(source, name)?.ToString(), expected, StringComparison.Ordinal);
}
