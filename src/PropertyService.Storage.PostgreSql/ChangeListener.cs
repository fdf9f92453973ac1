using System.Collections.Concurrent;
using Npgsql;

namespace PropertyService.Storage.PostgreSql;

/// <summary>
/// One connection per store that listens for the commits of every host (PostgreSQL LISTEN/NOTIFY) and wakes the
/// watchers of the sites named. Notifications are only a hint to read sooner: a watcher also reads on a timer, so a
/// notification lost while this connection was down costs a delay, never an event.
/// </summary>
internal sealed class ChangeListener(NpgsqlDataSource dataSource, string schema) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SiteSignal> _signals = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>The signal of a site's commits, starting the listening connection on first use.</summary>
    internal SiteSignal For(SiteId site)
    {
        lock (_signals)
        {
            _loop ??= Task.Run(() => ListenAsync(_stop.Token));
        }

        return _signals.GetOrAdd(site.Value, _ => new SiteSignal());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            try
            {
                await loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
    }

    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stop).ConfigureAwait(false);
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgreSqlEventStore.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                }

                PulseAll(); // whatever was committed while not listening is read now
                while (true)
                {
                    await connection.WaitAsync(stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                // The server went away or restarted: watchers keep reading on their timer; listen again shortly.
                PulseAll();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Dispatch(string payload)
    {
        var tab = payload.IndexOf('\t', StringComparison.Ordinal);
        if (tab > 0 && payload.AsSpan(0, tab).SequenceEqual(schema) && _signals.TryGetValue(payload[(tab + 1)..], out var signal))
        {
            signal.Pulse();
        }
    }

    private void PulseAll()
    {
        foreach (var signal in _signals.Values)
        {
            signal.Pulse();
        }
    }

    /// <summary>Counts a site's commits and lets watchers wait for the next one.</summary>
    internal sealed class SiteSignal
    {
        private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _count;

        /// <summary>How many commits were announced so far: read it before reading the site, wait with it after.</summary>
        internal long Count => Interlocked.Read(ref _count);

        internal void Pulse()
        {
            var next = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            Interlocked.Increment(ref _count);
            next.TrySetResult();
        }

        /// <summary>Waits until a commit after <paramref name="seen"/> is announced, or <paramref name="timeout"/> passes.</summary>
        internal async Task WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var next = Volatile.Read(ref _next);
            if (Count != seen)
            {
                return;
            }

            try
            {
                await next.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // No announcement: the watcher reads anyway.
            }
        }
    }
}
