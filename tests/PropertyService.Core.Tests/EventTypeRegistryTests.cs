using System.Reflection;
using System.Text.RegularExpressions;

namespace PropertyService;

/// <summary>Every event type of the library has a stable, unique name.</summary>
public class EventTypeRegistryTests
{
    // The repair events join this list when they are named.
    private static readonly string[] NamedNamespaces = ["PropertyService.HelpRequests", "PropertyService.Sla"];

    private static readonly Type[] EventTypes = typeof(DomainEvent).Assembly.GetTypes()
        .Where(t => typeof(DomainEvent).IsAssignableFrom(t) && !t.IsAbstract && NamedNamespaces.Contains(t.Namespace))
        .ToArray();

    [Fact]
    public void Every_event_type_has_a_stable_name_of_schema_version_1()
    {
        Assert.Equal(16, EventTypes.Length);
        Assert.All(EventTypes, t =>
        {
            var attribute = t.GetCustomAttribute<EventTypeAttribute>();
            Assert.True(attribute is not null, $"{t.Name} has no [EventType] name.");
            Assert.Matches(new Regex("^[a-z]+(\\.[a-z-]+)+$"), attribute.Name);
            Assert.Equal(1, attribute.SchemaVersion);
        });
    }

    [Fact]
    public void Event_type_names_are_unique_and_name_their_aggregate()
    {
        var names = EventTypes.Select(t => t.GetCustomAttribute<EventTypeAttribute>()!.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(EventTypes.Where(t => t.Namespace == "PropertyService.HelpRequests"), t => Assert.StartsWith("help.", t.GetCustomAttribute<EventTypeAttribute>()!.Name, StringComparison.Ordinal));
        Assert.Contains("help.followed-up", names);
    }
}
