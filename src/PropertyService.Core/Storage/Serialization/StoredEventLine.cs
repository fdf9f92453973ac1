using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// One stored event read back from an event export (<see cref="EventJsonLines.Read"/>): its site, its place in its stream
/// and in the store, the line it came from, and the event, upgraded to the current schema.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class StoredEventLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="position">The event's position in the store it was exported from, from 1.</param>
    /// <param name="event">The event (its aggregate identifier is the stream, its version the place in the stream).</param>
    /// <param name="schemaVersion">The schema version the line's payload was written at.</param>
    /// <param name="lineNumber">The line it was read from, from 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty, or the event's type is not a registered event type.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/>, <paramref name="schemaVersion"/> or
    /// <paramref name="lineNumber"/> is less than 1.</exception>
    public StoredEventLine(SiteId site, long position, DomainEvent @event, int schemaVersion, long lineNumber)
    {
        Site = site.IsEmpty ? throw new ArgumentException("site: a stored event belongs to a site.", nameof(site)) : site;
        Position = position >= 1 ? position : throw new ArgumentOutOfRangeException(nameof(position), position, "position: positions start at 1.");
        Event = Preconditions.CheckNotNull(@event);
        TypeName = EventTypeRegistry.Of(@event.GetType()).Name;
        SchemaVersion = Preconditions.CheckPositive(schemaVersion);
        LineNumber = lineNumber >= 1 ? lineNumber : throw new ArgumentOutOfRangeException(nameof(lineNumber), lineNumber, "lineNumber: lines are numbered from 1.");
    }

    /// <summary>The site of the stream.</summary>
    public SiteId Site { get; }

    /// <summary>The stream: the aggregate's identifier.</summary>
    public string StreamId => Event.AggregateId;

    /// <summary>The event's place in its stream, from 1.</summary>
    public int Version => Event.Version;

    /// <summary>The event's position in the store it was exported from (<see cref="StoredEvent.Position"/>).</summary>
    public long Position { get; }

    /// <summary>The event's stable type name (<see cref="EventTypeRegistry"/>), such as <c>repair.reported</c>.</summary>
    public string TypeName { get; }

    /// <summary>The schema version the line's payload was written at (older than the event type's when it was upgraded on reading).</summary>
    public int SchemaVersion { get; }

    /// <summary>The line the event was read from, from 1.</summary>
    public long LineNumber { get; }

    /// <summary>When the event happened.</summary>
    public Instant OccurredAt => Event.OccurredAt;

    /// <summary>The event.</summary>
    public DomainEvent Event { get; }

    /// <summary>Formats the line as <c>line 7: SZ-01/RT-1 v3 (#42) repair.work-order-issued</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {LineNumber}: {Site}/{StreamId} v{Version} (#{Position}) {TypeName}";
}
