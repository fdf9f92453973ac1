using NodaTime;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

/// <summary>The host's store, made to report one stream's history as altered, as a store does when its hash chain breaks.</summary>
public sealed class DamagingEventStore(IEventStore inner, string stream) : IEventStore
{
    /// <summary>Whether reads of the stream fail verification.</summary>
    public bool Damaged { get; set; }

    public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(request, cancellationToken);

    public ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default) =>
        inner.AppendBatchAsync(requests, cancellationToken);

    public ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default) =>
        Damaged && streamId == stream
            ? throw new StoredEventException(site, streamId, 1, TamperKind.Edited, "The event's hash does not match its content.")
            : inner.ReadAsync(site, streamId, fromVersion, cancellationToken);

    public ValueTask<IReadOnlyList<StoredEvent>> ReadSiteAsync(SiteId site, long afterPosition = 0, int maxCount = 1000, CancellationToken cancellationToken = default) =>
        inner.ReadSiteAsync(site, afterPosition, maxCount, cancellationToken);

    public ValueTask<IReadOnlyList<StreamSummary>> QueryAsync(SiteId site, StreamQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(site, query, cancellationToken);

    public ValueTask<VerificationResult> VerifyAsync(SiteId site, string streamId, CancellationToken cancellationToken = default) =>
        inner.VerifyAsync(site, streamId, cancellationToken);

    public ValueTask<VerificationResult> VerifyAllAsync(SiteId site, CancellationToken cancellationToken = default) =>
        inner.VerifyAllAsync(site, cancellationToken);

    public ValueTask<Instant?> ReadCheckpointAsync(SiteId site, string name, CancellationToken cancellationToken = default) =>
        inner.ReadCheckpointAsync(site, name, cancellationToken);

    public ValueTask WriteCheckpointAsync(SiteId site, string name, Instant value, CancellationToken cancellationToken = default) =>
        inner.WriteCheckpointAsync(site, name, value, cancellationToken);
}
