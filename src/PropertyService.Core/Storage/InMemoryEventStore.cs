using NodaTime;
using PropertyService.Storage.Serialization;
using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>
/// An <see cref="IEventStore"/> in memory: the same semantics as a durable store (site-scoped streams, optimistic
/// concurrency, all-or-nothing appends, a hash chain per stream, a stream index), for tests, samples and hosts that
/// need no durability.
/// </summary>
/// <remarks>Thread-safe: writes are serialised by one lock; reads copy what they return. Each event is serialized
/// once on append, for its hash, and kept with its payload so <see cref="VerifyAsync"/> checks what a durable store would.</remarks>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock _lock = new();
    private readonly EventSerializer _serializer;
    private readonly Dictionary<(SiteId Site, string StreamId), Stream> _streams = [];
    private readonly Dictionary<SiteId, List<StoredEvent>> _sites = [];
    private readonly Dictionary<(SiteId Site, string Name), Instant> _checkpoints = [];
    private long _position;

    /// <summary>Creates an empty store.</summary>
    /// <param name="serializer">Writes the payloads that are hashed; <see cref="EventSerializer.Default"/> when null.</param>
    public InMemoryEventStore(EventSerializer? serializer = null) => _serializer = serializer ?? EventSerializer.Default;

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
    public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var encoded = Payloads.Of(_serializer, request);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return ValueTask.FromResult(AppendLocked(request, encoded));
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(requests);
        var encoded = Payloads.Of(_serializer, requests);

        cancellationToken.ThrowIfCancellationRequested();
        var results = new AppendResult[requests.Count];
        lock (_lock)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                results[i] = AppendLocked(requests[i], encoded[i]);
            }
        }

        return ValueTask.FromResult<IReadOnlyList<AppendResult>>(results);
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
            var events = stream.Rows;
            return ValueTask.FromResult<IReadOnlyList<StoredEvent>>(
                from >= events.Count ? [] : [.. events.GetRange(from, events.Count - from).Select(r => r.Event)]);
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<StoredEvent>> ReadSiteAsync(SiteId site, long afterPosition = 0, int maxCount = 1000, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckPage(afterPosition, maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_sites.TryGetValue(site, out var events))
            {
                return ValueTask.FromResult<IReadOnlyList<StoredEvent>>([]);
            }

            var from = FirstAfter(events, afterPosition);
            return ValueTask.FromResult<IReadOnlyList<StoredEvent>>(events.GetRange(from, Math.Min(maxCount, events.Count - from)).ToArray());
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<StreamSummary>> QueryAsync(SiteId site, StreamQuery query, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckQuery(query);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var matches = _streams.Where(s => s.Key.Site == site && query.Matches(s.Value.Summary)).Select(s => s.Value.Summary);
            var ordered = query.DueBefore is null
                ? matches.OrderBy(s => s.StreamId, StringComparer.Ordinal)
                : matches.OrderBy(s => s.Status.DueAt).ThenBy(s => s.StreamId, StringComparer.Ordinal);
            return ValueTask.FromResult<IReadOnlyList<StreamSummary>>([.. ordered.Take(query.Limit)]);
        }
    }

    /// <inheritdoc/>
    public ValueTask<VerificationResult> VerifyAsync(SiteId site, string streamId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(streamId);
        cancellationToken.ThrowIfCancellationRequested();
        Stream? stream;
        Row[] rows;
        lock (_lock)
        {
            if (!_streams.TryGetValue((site, streamId), out stream))
            {
                return ValueTask.FromResult(new VerificationResult(0, 0, []));
            }

            rows = [.. stream.Rows];
        }

        var findings = HashChain.Verify(site, streamId, Links(rows), (stream.Summary.Version, stream.Head), _serializer);
        return ValueTask.FromResult(new VerificationResult(1, rows.Length, findings));
    }

    /// <inheritdoc/>
    public ValueTask<VerificationResult> VerifyAllAsync(SiteId site, CancellationToken cancellationToken = default)
    {
        List<(string Id, Row[] Rows, int Version, ReadOnlyMemory<byte> Head)> streams;
        lock (_lock)
        {
            streams = [.. _streams.Where(s => s.Key.Site == site)
                .OrderBy(s => s.Key.StreamId, StringComparer.Ordinal)
                .Select(s => (s.Key.StreamId, s.Value.Rows.ToArray(), s.Value.Summary.Version, s.Value.Head))];
        }

        var findings = new List<TamperFinding>();
        long events = 0;
        foreach (var (id, rows, version, head) in streams)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(HashChain.Verify(site, id, Links(rows), (version, head), _serializer));
            events += rows.Length;
        }

        return ValueTask.FromResult(new VerificationResult(streams.Count, events, findings));
    }

    /// <inheritdoc/>
    public ValueTask<Instant?> ReadCheckpointAsync(SiteId site, string name, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotBlank(name);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return ValueTask.FromResult<Instant?>(_checkpoints.TryGetValue((site, name), out var value) ? value : null);
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteCheckpointAsync(SiteId site, string name, Instant value, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckCheckpoint(site, name);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_checkpoints.TryGetValue((site, name), out var current) || current < value)
            {
                _checkpoints[(site, name)] = value;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Changes a stream's stored rows as someone with access to the memory could: for tamper-evidence tests.</summary>
    internal void Tamper(SiteId site, string streamId, Action<List<Row>> change)
    {
        lock (_lock)
        {
            change(_streams[(site, streamId)].Rows);
        }
    }

    private static int FirstAfter(List<StoredEvent> events, long afterPosition)
    {
        int low = 0, high = events.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (events[mid].Position <= afterPosition)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static ChainLink[] Links(Row[] rows) =>
        [.. rows.Select(r => new ChainLink(r.Version, r.TypeName, r.SchemaVersion, r.Payload, r.PreviousHash, r.Hash))];

    private AppendResult AppendLocked(AppendRequest request, byte[][] payloads)
    {
        var key = (request.Site, request.StreamId);
        _streams.TryGetValue(key, out var stream);
        var current = stream?.Summary.Version ?? 0;
        if (current != request.ExpectedVersion)
        {
            return AppendResult.Refused(new ConcurrencyConflict(request.Site, request.StreamId, request.ExpectedVersion, current));
        }

        if (!_sites.TryGetValue(request.Site, out var site))
        {
            site = [];
            _sites.Add(request.Site, site);
        }

        var rows = stream?.Rows ?? new List<Row>(request.Events.Count);
        var previous = stream?.Head ?? HashChain.Genesis;
        for (var i = 0; i < payloads.Length; i++)
        {
            var e = request.Events[i];
            var type = EventTypeRegistry.Of(e.GetType());
            var hash = HashChain.Compute(previous.Span, request.Site, request.StreamId, e.Version, type.Name, type.SchemaVersion, payloads[i]);
            var stored = new StoredEvent(request.Site, ++_position, e, type.SchemaVersion, previous, hash);
            rows.Add(new Row(stored, stored.Version, type.Name, type.SchemaVersion, payloads[i], previous, hash));
            site.Add(stored);
            previous = hash;
        }

        var last = request.Events[^1];
        _streams[key] = new Stream(rows, new StreamSummary(request.Site, request.StreamId, request.Status, last.Version, last.OccurredAt), previous);
        return AppendResult.Appended(last.Version);
    }

    /// <summary>A stored event with what was hashed: the row a durable store would keep.</summary>
    internal sealed record Row(StoredEvent Event, int Version, string TypeName, int SchemaVersion, byte[] Payload, ReadOnlyMemory<byte> PreviousHash, ReadOnlyMemory<byte> Hash);

    private sealed record Stream(List<Row> Rows, StreamSummary Summary, ReadOnlyMemory<byte> Head);
}
