namespace PropertyService.Escalation;

/// <summary>Keeps every notice in memory, in order: for tests, samples and dashboards.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class InMemoryEscalationNotifier : IEscalationNotifier
{
    private readonly Lock _lock = new();
    private readonly List<EscalationNotice> _notices = [];

    /// <summary>A copy of the notices delivered so far, in order.</summary>
    public IReadOnlyList<EscalationNotice> Notices
    {
        get
        {
            lock (_lock)
            {
                return [.. _notices];
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
    {
        Utility.Preconditions.CheckNotNull(notice);
        lock (_lock)
        {
            _notices.Add(notice);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Forgets every notice.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _notices.Clear();
        }
    }
}
