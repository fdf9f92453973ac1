using NodaTime;
using PropertyService.Escalation;
using PropertyService.Sla;

namespace PropertyService.Pipeline;

/// <summary>What one <see cref="ServiceCenter.PollAsync"/> did: the SLA alerts that became due, the escalation notices
/// delivered (alerts' and climbs'), the failures isolated, and when to poll next.</summary>
/// <param name="Alerts">The SLA warnings and breaches that became due, in time order.</param>
/// <param name="Notices">The escalation notices raised, in time order.</param>
/// <param name="Failures">Subscribers, rules or notifiers that threw since the previous poll (at most
/// <see cref="ServiceCenter.MaxFailuresKept"/>, the latest).</param>
/// <param name="NextDue">When the next alert or climb is due, or null.</param>
public sealed record PollResult(
    IReadOnlyList<SlaAlert> Alerts, IReadOnlyList<EscalationNotice> Notices, IReadOnlyList<PipelineFailure> Failures, Instant? NextDue);
