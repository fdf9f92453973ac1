using PropertyService.Escalation;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>Keeps the escalation notices the service center delivers, for the timeline and the report.</summary>
public sealed class TimelineNotifier : IEscalationNotifier
{
    private readonly List<EscalationNotice> _notices = [];
    private int _taken;

    /// <summary>Every notice delivered so far.</summary>
    public IReadOnlyList<EscalationNotice> Notices => _notices;

    /// <inheritdoc/>
    public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
    {
        _notices.Add(notice);
        return ValueTask.CompletedTask;
    }

    /// <summary>The notices delivered since the last call.</summary>
    /// <returns>The new notices.</returns>
    public IReadOnlyList<EscalationNotice> TakeNew()
    {
        var fresh = _notices.Skip(_taken).ToList();
        _taken = _notices.Count;
        return fresh;
    }
}
