using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Sla;
using PropertyService.Utility;

namespace PropertyService.Pipeline;

/// <summary>
/// Everything that differs between sites: the SLA tracker (the site's policy on the site's calendars), the escalation
/// ladder and the fee evaluator (the site's fee schedule history with the registered fee rules).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SiteConfiguration
{
    /// <summary>Creates a site's configuration.</summary>
    /// <param name="site">The site.</param>
    /// <param name="tracker">The site's SLA policy and calendars.</param>
    /// <param name="ladder">The site's escalation ladder.</param>
    /// <param name="fees">The site's fee evaluator, or null when the site has no fee schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tracker"/> or <paramref name="ladder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty.</exception>
    public SiteConfiguration(SiteId site, SlaTracker tracker, EscalationLadder ladder, IFeeEvaluator? fees)
    {
        Site = site.IsEmpty ? throw new ArgumentException("A site configuration needs its site.", nameof(site)) : site;
        Tracker = Preconditions.CheckNotNull(tracker);
        Ladder = Preconditions.CheckNotNull(ladder);
        Fees = fees;
    }

    /// <summary>The site.</summary>
    public SiteId Site { get; }

    /// <summary>The site's SLA policy and calendars.</summary>
    public SlaTracker Tracker { get; }

    /// <summary>The site's escalation ladder.</summary>
    public EscalationLadder Ladder { get; }

    /// <summary>The site's fee evaluator, or null when the site has no fee schedule.</summary>
    public IFeeEvaluator? Fees { get; }
}
