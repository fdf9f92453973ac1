// begin-snippet: late-night-emergency-rule
using NodaTime;
using PropertyService;
using PropertyService.Escalation;
using PropertyService.HelpRequests;

namespace Acme.PropertyService;

/// <summary>Any emergency reported after 22:00 (site time) goes straight to the site manager.</summary>
public sealed class LateNightEmergencyRule(DateTimeZone siteZone) : IEscalationRule
{
    private static readonly LocalTime LateNight = new(22, 0);

    public void OnEvent(DomainEvent e, EscalationContext context)
    {
        if (e is not HelpRequestReceived { Kind: HelpKind.MedicalEmergency } received
            || e.OccurredAt.InZone(siteZone).TimeOfDay < LateNight)
        {
            return;
        }

        var siteManager = context.Ladder.LevelOf(EscalationDepartment.Service, Role.SiteManager) ?? context.Ladder.Top(EscalationDepartment.Service);
        context.Raise(new EscalationRequest(
            cause: $"acme.late-night/{received.AggregateId}",
            aggregateId: received.AggregateId,
            department: EscalationDepartment.Service,
            level: siteManager,
            urgency: EscalationUrgency.Immediate,
            ruleId: "HR-08",
            reason: new EscalationReason("acme.late-night-emergency", "夜间22点后的急救求助，请管理处经理知悉。")));
    }
}
// end-snippet
