using PropertyService.HelpRequests;

namespace PropertyService.Escalation;

/// <summary>
/// Built-in rule (HR-04): a help request the officer cannot resolve goes to the level the officer asked (the
/// service-center supervisor or manager).
/// </summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class HelpRequestEscalationRule : IEscalationRule
{
    /// <inheritdoc/>
    public void OnEvent(DomainEvent e, EscalationContext context)
    {
        Utility.Preconditions.CheckNotNull(context);
        if (e is HelpRequestEscalated escalated)
        {
            // HR-04: the officer asks the supervisor or manager; the level asked is notified.
            var level = context.Ladder.LevelOf(EscalationDepartment.Service, escalated.Level) ?? EscalationLevel.Supervisor;
            context.Raise(new EscalationRequest(
                $"HR-04/{escalated.AggregateId}", escalated.AggregateId, EscalationDepartment.Service, level,
                EscalationUrgency.Urgent, "HR-04",
                EscalationReason.Localized(EscalationReasonCodes.HelpRequestEscalated, "Escalation.HelpRequestEscalated", escalated.AggregateId, escalated.Question)));
        }
    }
}
