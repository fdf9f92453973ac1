using PropertyService.Storage.Serialization;

namespace PropertyService.Storage;

/// <summary>Events read back from a durable store are new objects: they are the same when they serialize to the same bytes
/// (every field, including those an event's equality leaves out).</summary>
internal static class SameEvents
{
    internal static void Assert(IEnumerable<DomainEvent> expected, IEnumerable<DomainEvent> actual) =>
        Xunit.Assert.Equal(expected.Select(Text), actual.Select(Text));

    private static string Text(DomainEvent e) => $"{EventTypeRegistry.Of(e.GetType()).Name} {System.Text.Encoding.UTF8.GetString(EventSerializer.Default.Serialize(e))}";
}
