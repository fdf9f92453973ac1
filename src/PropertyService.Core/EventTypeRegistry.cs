using System.Collections.Frozen;
using System.Reflection;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// The one registry of the library's event types: each concrete <see cref="DomainEvent"/> type with its stable name
/// and schema version (from its <see cref="EventTypeAttribute"/>). Stores write <see cref="EventTypeInfo.Name"/>
/// and read it back with <see cref="TryGetType"/>.
/// </summary>
/// <remarks>Built once, on first use, from this assembly; immutable and safe to use from any thread.</remarks>
public static class EventTypeRegistry
{
    private static readonly Lazy<(FrozenDictionary<Type, EventTypeInfo> ByType, FrozenDictionary<string, EventTypeInfo> ByName)> s_registry =
        new(() => Build(typeof(DomainEvent).Assembly));

    /// <summary>Every registered event type, ordered by name.</summary>
    public static IReadOnlyList<EventTypeInfo> All => [.. s_registry.Value.ByName.Values.OrderBy(i => i.Name, StringComparer.Ordinal)];

    /// <summary>The registration of <paramref name="eventType"/>.</summary>
    /// <param name="eventType">A concrete event type of the library.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventType"/> is not a registered event type.</exception>
    public static EventTypeInfo Of(Type eventType)
    {
        Preconditions.CheckNotNull(eventType);
        return s_registry.Value.ByType.TryGetValue(eventType, out var info)
            ? info
            : throw new ArgumentException($"{eventType.FullName} is not a registered event type: mark it with [EventType(\"name\")].", nameof(eventType));
    }

    /// <summary>Whether <paramref name="eventType"/> is a registered event type.</summary>
    internal static bool IsRegistered(Type eventType) => s_registry.Value.ByType.ContainsKey(eventType);

    /// <summary>Finds the event type stored under <paramref name="name"/>.</summary>
    /// <param name="name">A stable event name.</param>
    /// <param name="info">The registration, or null when none has that name.</param>
    /// <returns>Whether one was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGetType(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EventTypeInfo? info)
    {
        Preconditions.CheckNotNull(name);
        return s_registry.Value.ByName.TryGetValue(name, out info);
    }

    /// <summary>Builds the registry of <paramref name="assembly"/>'s event types; internal so tests can feed it others.</summary>
    /// <exception cref="InvalidOperationException">A concrete event type has no name, or two share one.</exception>
    internal static (FrozenDictionary<Type, EventTypeInfo> ByType, FrozenDictionary<string, EventTypeInfo> ByName) Build(Assembly assembly)
    {
        var byType = new Dictionary<Type, EventTypeInfo>();
        var byName = new Dictionary<string, EventTypeInfo>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => typeof(DomainEvent).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var attribute = type.GetCustomAttribute<EventTypeAttribute>()
                ?? throw new InvalidOperationException($"The event type {type.FullName} has no [EventType] name.");
            var info = new EventTypeInfo(attribute.Name, attribute.SchemaVersion, type);
            if (!byName.TryAdd(info.Name, info))
            {
                throw new InvalidOperationException($"The event types {byName[info.Name].Type.FullName} and {type.FullName} share the name \"{info.Name}\".");
            }

            byType.Add(type, info);
        }

        return (byType.ToFrozenDictionary(), byName.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
