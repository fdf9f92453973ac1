using System.Runtime.CompilerServices;

namespace PropertyService.Storage.PostgreSql;

public sealed partial class PostgreSqlEventStore
{
    private const int WatchPage = 1000;
    private readonly Lock _listenerLock = new();
    private ChangeListener? _listener;

    /// <summary>
    /// Follows a site's events as they are committed, by this host or any other: yields the site's stored events after
    /// <paramref name="afterPosition"/>, in position order, then each new one soon after its commit, until cancelled.
    /// Hosts use it to keep their service center, read models and dashboards current with what other hosts appended.
    /// </summary>
    /// <remarks>Commits are announced with PostgreSQL's NOTIFY, which wakes the watcher at once; the watcher also reads
    /// every <see cref="PostgreSqlEventStoreOptions.WatchPollInterval"/>, so an announcement lost while the listening
    /// connection was down delays an event but never loses it. Positions are numbered per site in commit order, so no
    /// event is skipped. Each event is yielded once per watch. A read that fails (the server unreachable) ends the watch
    /// with its exception: watch again from the last position seen.</remarks>
    /// <param name="site">The site.</param>
    /// <param name="afterPosition">The last position already seen (0 for all).</param>
    /// <param name="cancellationToken">Ends the watch.</param>
    /// <returns>The events, endlessly.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterPosition"/> is negative.</exception>
    /// <exception cref="StoredEventException">A stored event cannot be read back as written.</exception>
    /// <exception cref="ObjectDisposedException">The store is disposed.</exception>
    public IAsyncEnumerable<StoredEvent> WatchSiteAsync(SiteId site, long afterPosition = 0, CancellationToken cancellationToken = default)
    {
        StoreArguments.CheckPage(afterPosition, 1);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return WatchCoreAsync(site, afterPosition, cancellationToken);
    }

    private async IAsyncEnumerable<StoredEvent> WatchCoreAsync(SiteId site, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ChangeListener listener;
        lock (_listenerLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            listener = _listener ??= new ChangeListener(_dataSource, _schema);
        }

        var signal = listener.For(site);
        var interval = _options.WatchPollInterval.ToTimeSpan();
        while (true)
        {
            var seen = signal.Count;
            var page = await ReadSiteAsync(site, after, WatchPage, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page)
            {
                yield return stored;
                after = stored.Position;
            }

            if (page.Count < WatchPage)
            {
                await signal.WaitAsync(seen, interval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask StopListenerAsync()
    {
        ChangeListener? listener;
        lock (_listenerLock)
        {
            listener = _listener;
            _listener = null;
        }

        if (listener is not null)
        {
            await listener.DisposeAsync().ConfigureAwait(false);
        }
    }
}
