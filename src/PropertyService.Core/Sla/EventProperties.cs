using System.Collections.Concurrent;
using System.Reflection;

namespace PropertyService.Sla;

/// <summary>
/// Reads public properties of events by name, for deriving an <see cref="SlaSubject"/> from any workflow's events.
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
}
