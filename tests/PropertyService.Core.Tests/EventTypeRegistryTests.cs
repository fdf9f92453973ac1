using System.Reflection;
using System.Text.RegularExpressions;

namespace PropertyService;

/// <summary>Every event type of the library has a stable name, unique across the library, held in one registry.</summary>
public class EventTypeRegistryTests
{
    /// <summary>The prefix of every event name, by the namespace (the aggregate) it belongs to.</summary>
    private static readonly Dictionary<string, string> PrefixOf = new()
    {
        ["PropertyService.HelpRequests"] = "help.",
        ["PropertyService.Repairs"] = "repair.",
        ["PropertyService.Shifts"] = "shift.",
        ["PropertyService.Complaints"] = "complaint.",
    };

    private static readonly Type[] EventTypes = typeof(DomainEvent).Assembly.GetTypes()
        .Where(t => typeof(DomainEvent).IsAssignableFrom(t) && !t.IsAbstract)
        .ToArray();

    /// <summary>The event types whose stored shape has changed, with the schema version they are written at; every other is at 1.</summary>
    private static readonly Dictionary<string, int> ChangedSchemas = new()
    {
        ["shift.contact-logged"] = 2, // "logBook", and "shift": {"name", "date"} (see EventSerializer)
    };

    private static int SchemaVersionOf(string name) => ChangedSchemas.GetValueOrDefault(name, 1);

    [Fact]
    public void Every_event_type_of_the_library_has_a_stable_name_and_schema_version()
    {
        Assert.Equal(16 + 22 + 13 + 3, EventTypes.Length);
        Assert.All(EventTypes, t =>
        {
            var attribute = t.GetCustomAttribute<EventTypeAttribute>();
            Assert.True(attribute is not null, $"{t.Name} has no [EventType] name.");
            Assert.Matches(new Regex("^[a-z]+(\\.[a-z-]+)+$"), attribute.Name);
            Assert.Equal(SchemaVersionOf(attribute.Name), attribute.SchemaVersion);
            Assert.True(PrefixOf.TryGetValue(t.Namespace!, out var prefix), $"{t.FullName} is an event outside the known aggregates.");
            Assert.StartsWith(prefix, attribute.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Names_are_unique_across_the_library_and_the_registry_holds_every_one()
    {
        var names = EventTypes.Select(t => t.GetCustomAttribute<EventTypeAttribute>()!.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), EventTypeRegistry.All.Select(i => i.Name));
        Assert.All(EventTypes, t =>
        {
            var info = EventTypeRegistry.Of(t);
            Assert.Equal((t, SchemaVersionOf(info.Name)), (info.Type, info.SchemaVersion));
            Assert.True(EventTypeRegistry.TryGetType(info.Name, out var back));
            Assert.Same(t, back.Type);
        });
        Assert.Contains("help.followed-up", names);
        Assert.Contains("repair.reported", names);
        Assert.All(ChangedSchemas.Keys, name => Assert.Contains(name, names));
    }

    [Fact]
    public void An_unknown_type_or_name_is_refused_clearly()
    {
        var ex = Assert.Throws<ArgumentException>(() => EventTypeRegistry.Of(typeof(string)));
        Assert.Equal("eventType", ex.ParamName);
        Assert.StartsWith("System.String is not a registered event type: mark it with [EventType(\"name\")].", ex.Message);
        Assert.False(EventTypeRegistry.TryGetType("repair.no-such-event", out var none));
        Assert.Null(none);
        Assert.Throws<ArgumentNullException>(() => EventTypeRegistry.Of(null!));
        Assert.Throws<ArgumentNullException>(() => EventTypeRegistry.TryGetType(null!, out _));
    }

    [Fact]
    public void Alerts_of_the_sla_monitor_are_not_events_they_are_computed_again_from_the_events_and_the_clock()
    {
        Assert.False(typeof(DomainEvent).IsAssignableFrom(typeof(Sla.SlaAlert)));
        Assert.Throws<ArgumentException>(() => EventTypeRegistry.Of(typeof(Sla.SlaBreached)));
    }
}
