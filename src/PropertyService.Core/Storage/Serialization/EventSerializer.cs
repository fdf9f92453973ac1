using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PropertyService.Utility;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// Writes events as JSON for durable stores and reads them back, upgrading payloads written at an older schema
/// version through <see cref="IEventUpcaster"/>s.
/// </summary>
/// <remarks>
/// <para>The payload is one compact UTF-8 JSON object (no indentation, camelCase field names, non-ASCII text unescaped)
/// holding every field of the event, <c>aggregateId</c>, <c>version</c>, <c>occurredAt</c> and <c>actor</c> first:
/// its primary-constructor parameters in order, then its <c>init</c> properties by name; computed properties are not
/// stored. Values: times, dates and durations in ISO form (<c>"2026-11-27T02:00:00Z"</c>, <c>"2026-11-27"</c>,
/// <c>"0:20:00"</c>, as NodaTime.Serialization.SystemTextJson writes them), enums by name, money as
/// <c>{"amount": 12.50, "currency": "CNY"}</c> with the amount's scale kept, actors whole (display name and roles too),
/// nulls written out. The same event always gives the same bytes, so they can be hashed.</para>
/// <para>Payloads are written at the event type's current schema version (<see cref="EventTypeInfo.SchemaVersion"/>) and
/// read back through the event's constructor, so every check of the event applies; anything that cannot be read throws
/// <see cref="EventSerializationException"/> and nothing half-read is returned.</para>
/// <para>Schema version 2 of <c>shift.contact-logged</c> stores <c>"logBook"</c> (was <c>"book"</c>) and
/// <c>"shift": {"name", "date"}</c> or null (was <c>"shiftName"</c> and <c>"shiftDate"</c>); its upcaster from
/// version 1 is built in.</para>
/// <para>Immutable; safe to use from any thread. Per-type metadata is built once, on first use, and shared by all instances.</para>
/// </remarks>
public sealed class EventSerializer
{
    private readonly FrozenDictionary<(string TypeName, int FromVersion), IEventUpcaster> _upcasters;
    private readonly IReadOnlyCollection<EventTypeInfo>? _types;

    /// <summary>Creates a serializer with the built-in upcasters and <paramref name="upcasters"/>.</summary>
    /// <param name="upcasters">More upcasters, for steps the library does not upgrade itself.</param>
    /// <exception cref="ArgumentNullException"><paramref name="upcasters"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">An upcaster names no event type of the library or a version it cannot upgrade
    /// (one from 1 up to, not including, the type's <see cref="EventTypeInfo.SchemaVersion"/>), or two upcasters
    /// (built in or given) upgrade the same type from the same version; the message names them.</exception>
    public EventSerializer(IEnumerable<IEventUpcaster> upcasters)
        : this(upcasters, types: null)
    {
    }

    /// <summary>Creates a serializer over the event types <paramref name="types"/> instead of the library's registry (for tests).</summary>
    internal EventSerializer(IEnumerable<IEventUpcaster> upcasters, IReadOnlyCollection<EventTypeInfo>? types)
    {
        Preconditions.CheckNotNull(upcasters);
        _types = types;
        var byStep = new Dictionary<(string, int), IEventUpcaster>();
        foreach (var upcaster in BuiltInUpcasters().Concat(upcasters))
        {
            if (upcaster is null)
            {
                throw new ArgumentNullException(nameof(upcasters), "The upcasters hold a null.");
            }

            var name = upcaster.TypeName
                ?? throw new ArgumentException($"The upcaster {upcaster.GetType().FullName} names no event type.", nameof(upcasters));
            var from = upcaster.FromVersion;
            if (!TryFind(name, out var info))
            {
                throw new ArgumentException($"The upcaster {upcaster.GetType().FullName} upgrades \"{name}\", which is not an event type of the library.", nameof(upcasters));
            }

            if (from < 1 || from >= info.SchemaVersion)
            {
                throw new ArgumentException(
                    $"The upcaster {upcaster.GetType().FullName} upgrades \"{name}\" from version {from}, but the library writes \"{name}\" at version {info.SchemaVersion}, " +
                    $"so only versions 1 to {info.SchemaVersion - 1} can be upgraded.",
                    nameof(upcasters));
            }

            if (!byStep.TryAdd((name, from), upcaster))
            {
                throw new ArgumentException(
                    $"The upcasters {byStep[(name, from)].GetType().FullName} and {upcaster.GetType().FullName} both upgrade \"{name}\" from version {from}; give one.",
                    nameof(upcasters));
            }
        }

        _upcasters = byStep.ToFrozenDictionary();
    }

    /// <summary>The serializer with the library's built-in upcasters only.</summary>
    public static EventSerializer Default { get; } = new([]);

    /// <summary>Writes <paramref name="event"/> as UTF-8 JSON, at its type's current schema version.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The payload; the same event always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">The event's type is not a registered event type, or the event holds a value that
    /// cannot be stored (an undefined enum value, a text with an unpaired UTF-16 surrogate).</exception>
    public byte[] Serialize(DomainEvent @event)
    {
        Preconditions.CheckNotNull(@event);
        var type = @event.GetType();
        if (_types is null)
        {
            EventTypeRegistry.Of(type);
        }
        else if (!_types.Any(t => t.Type == type))
        {
            throw new ArgumentException($"{type.FullName} is not a registered event type.", nameof(@event));
        }

        return JsonSerializer.SerializeToUtf8Bytes(@event, EventJson.Options.GetTypeInfo(type));
    }

    /// <summary>Reads an event written by <see cref="Serialize"/>, upgrading it from <paramref name="schemaVersion"/> to the current one first.</summary>
    /// <param name="typeName">The stored event type name (<see cref="EventTypeInfo.Name"/>).</param>
    /// <param name="schemaVersion">The schema version the payload was written at.</param>
    /// <param name="payload">The UTF-8 JSON payload.</param>
    /// <returns>The event, of the registered type of <paramref name="typeName"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeName"/> is null.</exception>
    /// <exception cref="EventSerializationException">The event cannot be read; <see cref="EventSerializationException.Reason"/>
    /// says why: <see cref="EventSerializationFailure.UnknownType"/>, <see cref="EventSerializationFailure.NewerSchema"/>,
    /// <see cref="EventSerializationFailure.NoUpcaster"/> (also for a schema version below 1),
    /// <see cref="EventSerializationFailure.Malformed"/> (also when an upcaster fails) or <see cref="EventSerializationFailure.Invalid"/>.</exception>
    public DomainEvent Deserialize(string typeName, int schemaVersion, ReadOnlySpan<byte> payload)
    {
        Preconditions.CheckNotNull(typeName);
        if (!TryFind(typeName, out var info))
        {
            throw new EventSerializationException(typeName, schemaVersion, EventSerializationFailure.UnknownType, "no event type of the library has this name.");
        }

        if (schemaVersion > info.SchemaVersion)
        {
            throw new EventSerializationException(
                typeName, schemaVersion, EventSerializationFailure.NewerSchema,
                $"this version of the library reads \"{typeName}\" up to schema version {info.SchemaVersion}; the event was written by a newer one.");
        }

        var typeInfo = EventJson.Options.GetTypeInfo(info.Type);
        if (schemaVersion == info.SchemaVersion)
        {
            return Read(typeName, schemaVersion, payload, typeInfo);
        }

        var steps = Steps(typeName, schemaVersion, info.SchemaVersion);
        JsonObject json;
        try
        {
            json = JsonNode.Parse(payload) as JsonObject
                ?? throw new JsonException("An event is stored as a JSON object, but the payload is not one.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new EventSerializationException(typeName, schemaVersion, EventSerializationFailure.Malformed, e.Message, e);
        }

        foreach (var step in steps)
        {
            try
            {
                step.Upcast(json);
            }
            catch (Exception e)
            {
                throw new EventSerializationException(
                    typeName, schemaVersion, EventSerializationFailure.Malformed,
                    $"the upcaster {step.GetType().FullName} could not upgrade the payload from version {step.FromVersion}: {e.Message}", e);
            }
        }

        var upgraded = new ArrayBufferWriter<byte>(payload.Length + 64);
        using (var writer = new Utf8JsonWriter(upgraded))
        {
            json.WriteTo(writer);
        }

        return Read(typeName, schemaVersion, upgraded.WrittenSpan, typeInfo);
    }

    private static IEnumerable<IEventUpcaster> BuiltInUpcasters() => [new ContactLoggedV1Upcaster()];

    private static DomainEvent Read(string typeName, int schemaVersion, ReadOnlySpan<byte> payload, JsonTypeInfo typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, typeInfo) as DomainEvent
                ?? throw new EventSerializationException(typeName, schemaVersion, EventSerializationFailure.Malformed, "the payload is null.");
        }
        catch (JsonException e)
        {
            throw new EventSerializationException(typeName, schemaVersion, EventSerializationFailure.Malformed, e.Message, e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // A constructor's check (ArgumentException and its kin), a null where a value is needed, an undefined enum
            // name, a phone number that does not parse (FormatException).
            throw new EventSerializationException(typeName, schemaVersion, EventSerializationFailure.Invalid, e.Message, e);
        }
    }

    private IEventUpcaster[] Steps(string typeName, int from, int to)
    {
        if (from < 1)
        {
            throw new EventSerializationException(
                typeName, from, EventSerializationFailure.NoUpcaster, $"schema versions start at 1, so nothing upgrades version {from}.");
        }

        var steps = new IEventUpcaster[to - from];
        for (var version = from; version < to; version++)
        {
            steps[version - from] = _upcasters.TryGetValue((typeName, version), out var step)
                ? step
                : throw new EventSerializationException(
                    typeName, from, EventSerializationFailure.NoUpcaster,
                    $"no upcaster upgrades \"{typeName}\" from version {version} to {version + 1} (the library writes version {to}).");
        }

        return steps;
    }

    private bool TryFind(string typeName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EventTypeInfo? info)
    {
        if (_types is null)
        {
            return EventTypeRegistry.TryGetType(typeName, out info);
        }

        info = _types.FirstOrDefault(t => t.Name == typeName);
        return info is not null;
    }
}
