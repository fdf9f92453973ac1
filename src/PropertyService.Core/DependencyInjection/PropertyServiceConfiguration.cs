using Microsoft.Extensions.DependencyInjection;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Sla;

namespace PropertyService.DependencyInjection;

/// <summary>What the builder's calls recorded; one instance per service collection, found again by a second
/// <c>AddPropertyService</c>. Read once, at start-up.</summary>
internal sealed class PropertyServiceConfiguration(IServiceCollection services)
{
    internal IServiceCollection Services { get; } = services;

    internal PropertyServiceOptions Options { get; } = new();

    internal List<SlaPolicy> DefaultPolicies { get; set; } = [SlaDefaults.Policy];

    internal Dictionary<SiteId, List<SlaPolicy>> SitePolicies { get; } = [];

    internal Dictionary<string, BusinessCalendar> DefaultCalendars { get; } = new(StringComparer.Ordinal);

    internal Dictionary<SiteId, Dictionary<string, BusinessCalendar>> SiteCalendars { get; } = [];

    internal FeeScheduleHistory? DefaultFees { get; set; }

    internal Dictionary<SiteId, FeeScheduleHistory> SiteFees { get; } = [];

    internal EscalationLadder DefaultLadder { get; set; } = EscalationLadder.Default;

    internal Dictionary<SiteId, EscalationLadder> SiteLadders { get; } = [];

    /// <summary>Errors found while configuring (a blank calendar name, an empty site), reported at start-up with the rest.</summary>
    internal List<string> Errors { get; } = [];

    /// <summary>Every site configured one by one, in a stable order.</summary>
    internal IEnumerable<SiteId> Sites =>
        SitePolicies.Keys.Concat(SiteCalendars.Keys).Concat(SiteFees.Keys).Concat(SiteLadders.Keys)
            .Distinct().OrderBy(s => s.Value, StringComparer.Ordinal);
}
