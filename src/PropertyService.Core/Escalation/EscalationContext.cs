using NodaTime;

namespace PropertyService.Escalation;

/// <summary>
/// What an <see cref="IEscalationRule"/> is given besides the event or alert: the site, its ladder, the aggregate's
/// events so far, and <see cref="Raise"/> to decide an escalation.
/// </summary>
/// <remarks>Valid only during the call it is passed to; do not keep it. Not thread-safe.</remarks>
public sealed class EscalationContext
{
    private readonly List<EscalationRequest> _raised = [];
    private IReadOnlyList<DomainEvent> _history = [];

    internal EscalationContext()
    {
    }

    /// <summary>The site of the aggregate.</summary>
    public SiteId Site { get; private set; }

    /// <summary>The site's escalation ladder.</summary>
    public EscalationLadder Ladder { get; private set; } = EscalationLadder.Default;

    /// <summary>When the event happened or the alert became due.</summary>
    public Instant At { get; private set; }

    /// <summary>The aggregate's events so far, in version order (including the event being handled).</summary>
    public IReadOnlyList<DomainEvent> History => _history;

    /// <summary>Decides an escalation.</summary>
    /// <param name="request">What to escalate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public void Raise(EscalationRequest request) => _raised.Add(Utility.Preconditions.CheckNotNull(request));

    internal List<EscalationRequest> Raised => _raised;

    internal void Reset(SiteId site, EscalationLadder ladder, Instant at, IReadOnlyList<DomainEvent> history)
    {
        Site = site;
        Ladder = ladder;
        At = at;
        _history = history;
        _raised.Clear();
    }
}
