using PropertyService.Shifts;

namespace PropertyService.Escalation;

/// <summary>Built-in rule (CS-20): an incoming shift person not arrived at shift start goes to their supervisor (level 1).</summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class IncomingAbsentEscalationRule : IEscalationRule
{
    /// <inheritdoc/>
    public void OnEvent(DomainEvent e, EscalationContext context)
    {
        Utility.Preconditions.CheckNotNull(context);
        if (e is IncomingAbsent absent)
        {
            // CS-20: the outgoing person stays at the post; the shift's supervisor is alerted.
            var incoming = context.History.OfType<HandoverScheduled>().FirstOrDefault()?.Incoming.DisplayName ?? string.Empty;
            context.Raise(new EscalationRequest(
                $"CS-20/{absent.AggregateId}", absent.AggregateId, SlaEscalationRule.ShiftDepartment(context.History),
                EscalationLevel.Supervisor, EscalationUrgency.Urgent, "CS-20",
                EscalationReason.Localized(EscalationReasonCodes.IncomingAbsent, "Escalation.IncomingAbsent", absent.AggregateId, incoming)));
        }
    }
}
