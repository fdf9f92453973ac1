using NodaTime;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

/// <summary>
/// The host's store with one append held after it is stored, so that a test can act while a request sits between
/// its append and its publish.
/// </summary>
public sealed class HoldingEventStore(IEventStore inner) : IEventStore
{
    private readonly TaskCompletionSource _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (string Stream, int ExpectedVersion)? _hold;

    /// <summary>Completes when the held append is stored.</summary>
    public Task Stored => _stored.Task;

    /// <summary>Holds the next append of this stream at this expected version.</summary>
    public void Hold(string stream, int expectedVersion) => _hold = (stream, expectedVersion);

    /// <summary>Lets the held append return.</summary>
    public void Release() => _release.TrySetResult();

    public async ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        var result = await inner.AppendAsync(request, cancellationToken);
        if (_hold is { } hold && hold.Stream == request.StreamId && hold.ExpectedVersion == request.ExpectedVersion)
        {
            _hold = null;
            _stored.TrySetResult();
            await _release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return result;
    }

    public ValueTask<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<AppendRequest> requests, CancellationToken cancellationToken = default) =>
        inner.AppendBatchAsync(requests, cancellationToken);

    public ValueTask<IReadOnlyList<StoredEvent>> ReadAsync(SiteId site, string streamId, int fromVersion = 1, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(site, streamId, fromVersion, cancellationToken);

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
