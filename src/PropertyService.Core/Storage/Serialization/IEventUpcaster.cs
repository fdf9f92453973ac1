using System.Text.Json.Nodes;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Upgrades the stored payload of one event type by one schema version, from <see cref="FromVersion"/> to
/// <see cref="FromVersion"/> + 1. <see cref="EventSerializer"/> chains upcasters to read an old payload as the
/// event type's current version; the library's own upcasters are built in, and a host may add its own through
/// <see cref="EventSerializer(IEnumerable{IEventUpcaster})"/>.
/// </summary>
/// <remarks>
/// An upcaster works on the JSON only, never on the CLR type (which exists in its current shape only). It must be
/// deterministic and must not keep state between calls: the serializer may call it from several threads at once.
/// </remarks>
public interface IEventUpcaster
{
    /// <summary>The stable name of the event type whose payload it upgrades (an <see cref="EventTypeInfo.Name"/>).</summary>
    string TypeName { get; }

    /// <summary>The schema version it upgrades from; it produces <see cref="FromVersion"/> + 1.</summary>
    int FromVersion { get; }

    /// <summary>Rewrites <paramref name="payload"/>, a payload of schema version <see cref="FromVersion"/>, in place as one of the next version.</summary>
    /// <param name="payload">The payload's top-level object.</param>
    /// <remarks>When the payload is not what the old version wrote, the upcaster may leave it as it is (the reader will then
    /// refuse it) or throw; either way the serializer reports the event as malformed.</remarks>
    void Upcast(JsonObject payload);
}
