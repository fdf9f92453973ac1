using PropertyService.Repairs;

namespace PropertyService.Escalation;

/// <summary>
/// Built-in rule (RP-16): work the resident rejected twice goes to the engineering supervisor (level 1); each further
/// rejection one level higher.
/// </summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class WorkRejectedEscalationRule : IEscalationRule
{
    /// <summary>The rejections of one ticket's work that start the escalation.</summary>
    public const int RejectionsBeforeEscalation = 2;

    /// <inheritdoc/>
    public void OnEvent(DomainEvent e, EscalationContext context)
    {
        Utility.Preconditions.CheckNotNull(context);
        if (e is not WorkRejected)
        {
            return;
        }

        var rejections = 0;
        foreach (var earlier in context.History)
        {
            if (earlier is WorkRejected && earlier.Version <= e.Version)
            {
                rejections++;
            }
        }

        if (rejections >= RejectionsBeforeEscalation)
        {
            // RP-16: repeated rework is the engineering supervisor's matter, then the next level's.
            var level = Math.Min(rejections - RejectionsBeforeEscalation + 1, context.Ladder.Top(EscalationDepartment.Engineering).Value);
            context.Raise(new EscalationRequest(
                $"RP-16/{e.AggregateId}", e.AggregateId, EscalationDepartment.Engineering, new EscalationLevel(level),
                EscalationUrgency.Urgent, "RP-16",
                EscalationReason.Localized(EscalationReasonCodes.WorkRejectedRepeatedly, "Escalation.WorkRejectedRepeatedly", e.AggregateId, rejections)));
        }
    }
}
