using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>
/// An <see cref="IEventStore"/> in memory: the same semantics as a durable store (site-scoped streams, optimistic
/// concurrency, all-or-nothing appends), for tests, samples and hosts that need no durability.
/// </summary>
/// <remarks>Thread-safe: appends are serialised by one lock; reads copy the events they return.</remarks>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(SiteId Site, string StreamId), List<StoredEvent>> _streams = [];
    private long _position;

    /// <summary>The number of events in the store.</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _position;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<AppendResult> AppendAsync(
        SiteId site, string streamId, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckAppend(site, streamId, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var key = (site, streamId);
            _streams.TryGetValue(key, out var stream);
            var current = stream?.Count ?? 0;
            if (current != expectedVersion)
            {
                return ValueTask.FromResult(AppendResult.Refused(new ConcurrencyConflict(site, streamId, expectedVersion, current)));
            }

            if (stream is null)
            {
                stream = new List<StoredEvent>(events.Count);
                _streams.Add(key, stream);
            }

            foreach (var e in events)
            {
                stream.Add(new StoredEvent(site, ++_position, e));
            }

            return ValueTask.FromResult(AppendResult.Appended(stream.Count));
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_streams.TryGetValue((site, streamId), out var stream))
            {
                return ValueTask.FromResult<IReadOnlyList<StoredEvent>>([]);
            }

            var from = Math.Max(fromVersion, 1) - 1;
            return ValueTask.FromResult<IReadOnlyList<StoredEvent>>(from >= stream.Count ? [] : stream.GetRange(from, stream.Count - from).ToArray());
        }
    }
}
