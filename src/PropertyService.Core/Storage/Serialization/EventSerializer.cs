#pragma warning disable CS1591
// PLACEHOLDER (not committed)
namespace PropertyService.Storage.Serialization;
public sealed class EventSerializer
{
    public static EventSerializer Default { get; } = new([]);
    public EventSerializer(IEnumerable<IEventUpcaster> upcasters) { }
    public byte[] Serialize(DomainEvent @event) => System.Text.Encoding.UTF8.GetBytes(@event.ToString());
    public DomainEvent Deserialize(string typeName, int schemaVersion, ReadOnlySpan<byte> payload) => throw new EventSerializationException();
}
public interface IEventUpcaster { }
public sealed class EventSerializationException : Exception { }
