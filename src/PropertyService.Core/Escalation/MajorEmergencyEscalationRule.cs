using PropertyService.HelpRequests;

namespace PropertyService.Escalation;

/// <summary>Built-in rule (HR-08): a major emergency goes to the service-center supervisor (level 1) at once.</summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class MajorEmergencyEscalationRule : IEscalationRule
{
    /// <inheritdoc/>
    public void OnEvent(DomainEvent e, EscalationContext context)
    {
        Utility.Preconditions.CheckNotNull(context);
        if (e is MajorEmergencyReported reported)
        {
            // HR-08: a major emergency is reported to the supervisor at once.
            context.Raise(new EscalationRequest(
                $"HR-08/{reported.AggregateId}", reported.AggregateId, EscalationDepartment.Service, EscalationLevel.Supervisor,
                EscalationUrgency.Immediate, "HR-08",
                EscalationReason.Localized(EscalationReasonCodes.MajorEmergency, "Escalation.MajorEmergency", reported.AggregateId, reported.Address.ToString())));
        }
    }
}
