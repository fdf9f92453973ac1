using System.Globalization;
using PropertyService.Escalation;

namespace PropertyService.Samples.Web.Dashboard;

/// <summary>
/// The escalation notifier the dashboard reads: keeps, per site, each escalated cause with its latest notice and whether
/// it was acknowledged, and writes every notice to the log as well. Registered with <c>UseEscalationNotifier</c>.
/// </summary>
/// <remarks>
/// <para>Bounded: a site keeps at most <see cref="Capacity"/> causes; when full, the oldest acknowledged cause goes first,
/// then the oldest waiting one. The escalation board of the service center stays the authority on acknowledgements:
/// <see cref="Synchronize"/> copies what it knows (for example an acknowledgement made through another page or host).</para>
/// <para>Thread-safe: every member takes an internal lock.</para>
/// </remarks>
public sealed partial class EscalationInbox : IEscalationNotifier
{
    /// <summary>The most causes a site keeps by default.</summary>
    public const int DefaultCapacity = 500;

    private readonly Lock _lock = new();
    private readonly Dictionary<SiteId, List<InboxEntry>> _sites = [];
    private readonly ILogger<EscalationInbox> _logger;

    /// <summary>Creates an inbox that keeps <see cref="DefaultCapacity"/> causes per site.</summary>
    /// <param name="logger">Where each notice is also written.</param>
    public EscalationInbox(ILogger<EscalationInbox> logger)
        : this(logger, DefaultCapacity)
    {
    }

    /// <summary>Creates an inbox.</summary>
    /// <param name="logger">Where each notice is also written.</param>
    /// <param name="capacity">The most causes a site keeps, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public EscalationInbox(ILogger<EscalationInbox> logger, int capacity)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most causes a site keeps.</summary>
    public int Capacity { get; }

    /// <inheritdoc/>
    public ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        LogNotice(notice.Site.Value, notice.Cause, notice.Describe(CultureInfo.InvariantCulture));
        lock (_lock)
        {
            if (!_sites.TryGetValue(notice.Site, out var entries))
            {
                entries = [];
                _sites[notice.Site] = entries;
            }

            // A climb is a new level of the same cause: it replaces the lower level's notice and waits again.
            entries.RemoveAll(e => e.Case.Cause == notice.Cause);
            if (entries.Count >= Capacity)
            {
                var oldest = entries.FindIndex(e => !e.IsWaiting);
                entries.RemoveAt(oldest >= 0 ? oldest : 0);
            }

            entries.Add(new InboxEntry(notice.Case, null));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A site's causes, acknowledged or not, in the order their latest notices arrived.</summary>
    /// <param name="site">The site.</param>
    /// <returns>A copy.</returns>
    public IReadOnlyList<InboxEntry> Entries(SiteId site)
    {
        lock (_lock)
        {
            return _sites.TryGetValue(site, out var entries) ? [.. entries] : [];
        }
    }

    /// <summary>A site's causes whose notified level nobody has taken on yet, oldest notice first.</summary>
    /// <param name="site">The site.</param>
    /// <returns>A copy.</returns>
    public IReadOnlyList<InboxEntry> Waiting(SiteId site) => [.. Entries(site).Where(e => e.IsWaiting)];

    /// <summary>Records an acknowledgement the service center accepted; the cause leaves the waiting list.</summary>
    /// <param name="site">The site.</param>
    /// <param name="acknowledgement">The acknowledgement.</param>
    /// <returns>Whether the inbox held that cause at that level, still waiting.</returns>
    public bool Acknowledge(SiteId site, EscalationAcknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        lock (_lock)
        {
            if (!_sites.TryGetValue(site, out var entries))
            {
                return false;
            }

            var index = entries.FindIndex(e => e.Case.Cause == acknowledgement.Cause && e.Case.Level == acknowledgement.Level && e.IsWaiting);
            if (index < 0)
            {
                return false;
            }

            entries[index] = entries[index] with { Acknowledgement = acknowledgement };
            return true;
        }
    }

    /// <summary>
    /// Brings the inbox in line with the escalation board, the authority: acknowledgements made elsewhere (another page,
    /// another host) are copied in, and causes the board holds as waiting that the inbox never received are added — after
    /// a restart the service center rebuilds its board from the stored events without notifying again, and those
    /// causes must still wait on the dashboard.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="board">The service center's board (<c>ServiceCenter.Escalations</c>).</param>
    public void Synchronize(SiteId site, EscalationBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        foreach (var entry in Waiting(site))
        {
            if (board.Find(site, entry.Case.Cause)?.Acknowledgement is { } done && done.Level == entry.Case.Level)
            {
                Acknowledge(site, done);
            }
        }

        var waiting = board.Cases(site).Where(c => c.IsWaiting).OrderBy(c => c.NotifiedAt).ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (!_sites.TryGetValue(site, out var entries))
            {
                entries = [];
                _sites[site] = entries;
            }

            foreach (var missing in waiting.Where(c => !entries.Exists(e => e.Case.Cause == c.Cause && e.Case.Level == c.Level)))
            {
                entries.RemoveAll(e => e.Case.Cause == missing.Cause);
                if (entries.Count >= Capacity)
                {
                    var oldest = entries.FindIndex(e => !e.IsWaiting);
                    entries.RemoveAt(oldest >= 0 ? oldest : 0);
                }

                entries.Add(new InboxEntry(missing, null));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation at site {Site} ({Cause}): {Notice}")]
    private partial void LogNotice(string site, string cause, string notice);
}
