using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>An event as a store keeps it: the event, its place in its stream and in the store, and its stable type.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class StoredEvent
{
    /// <summary>Creates a stored event.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="position">The event's place among every event of the store, from 1, rising.</param>
    /// <param name="event">The event (its aggregate identifier is the stream, its version the place in the stream).</param>
    /// <param name="schemaVersion">The schema version its payload was stored at (older than the event type's when it was upgraded on reading).</param>
    /// <param name="previousHash">The hash of the stream's previous event (<see cref="HashChain.Genesis"/> for version 1).</param>
    /// <param name="hash">The event's hash (<see cref="HashChain"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty, or a hash is not 32 bytes long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> or <paramref name="schemaVersion"/> is less than 1.</exception>
    public StoredEvent(SiteId site, long position, DomainEvent @event, int schemaVersion, ReadOnlyMemory<byte> previousHash, ReadOnlyMemory<byte> hash)
    {
        Site = site.IsEmpty ? throw new ArgumentException("A stored event belongs to a site.", nameof(site)) : site;
        Position = position >= 1 ? position : throw new ArgumentOutOfRangeException(nameof(position), position, "Positions start at 1.");
        Event = Preconditions.CheckNotNull(@event);
        TypeName = EventTypeRegistry.Of(@event.GetType()).Name;
        SchemaVersion = Preconditions.CheckPositive(schemaVersion);
        PreviousHash = CheckHash(previousHash, nameof(previousHash));
        Hash = CheckHash(hash, nameof(hash));
    }

    /// <summary>The site of the stream.</summary>
    public SiteId Site { get; }

    /// <summary>The stream: the aggregate's identifier.</summary>
    public string StreamId => Event.AggregateId;

    /// <summary>The event's place in its stream, from 1.</summary>
    public int Version => Event.Version;

    /// <summary>The event's place in the store's order, from 1: it rises with each append, so a site's events read after
    /// a position never skip one. A store may number the whole store (in memory, SQLite) or each site apart, in commit
    /// order (PostgreSQL).</summary>
    public long Position { get; }

    /// <summary>The event's stable type name (<see cref="EventTypeRegistry"/>), such as <c>repair.reported</c>.</summary>
    public string TypeName { get; }

    /// <summary>The schema version the event's payload was stored at.</summary>
    public int SchemaVersion { get; }

    /// <summary>The hash of the stream's previous event (32 zero bytes for version 1).</summary>
    public ReadOnlyMemory<byte> PreviousHash { get; }

    /// <summary>The event's hash, chained over <see cref="PreviousHash"/> (<see cref="HashChain"/>).</summary>
    public ReadOnlyMemory<byte> Hash { get; }

    /// <summary>When the event happened.</summary>
    public Instant OccurredAt => Event.OccurredAt;

    /// <summary>The event.</summary>
    public DomainEvent Event { get; }

    /// <summary>Formats the stored event as <c>SZ-01/RT-1 v3 (#42) repair.work-order-issued</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Site}/{StreamId} v{Version} (#{Position}) {TypeName}";

    private static ReadOnlyMemory<byte> CheckHash(ReadOnlyMemory<byte> hash, string name) =>
        hash.Length == HashChain.HashLength ? hash : throw new ArgumentException($"A hash is {HashChain.HashLength} bytes long, not {hash.Length}.", name);
}
