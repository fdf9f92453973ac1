using PropertyService.Shifts;
using PropertyService.Sla;

namespace PropertyService.Escalation;

/// <summary>
/// Built-in rule (Escalation section of RULES.md): a timing target about to be missed (the SLA warning, 75 % of the
/// target by default) goes to the person's supervisor (level 1); a target missed goes to the next level up (level 2).
/// </summary>
/// <remarks>
/// <para>The department is engineering's for the technician's targets (RP-10 to RP-16: arrival, appointment,
/// assessment) and for a handover whose incoming person is a technician (CS-16); the service center's otherwise.
/// The warning and the breach of one target are one cause, so the breach never notifies a level the warning's climb
/// has already reached.</para>
/// <para>Stateless; safe to share between threads.</para>
/// </remarks>
public sealed class SlaEscalationRule : IEscalationRule
{
    /// <summary>The level a warning goes to.</summary>
    public const int WarningLevel = 1;

    /// <summary>The level a breach goes to.</summary>
    public const int BreachLevel = 2;

    /// <inheritdoc/>
    public void OnAlert(SlaAlert alert, EscalationContext context)
    {
        Utility.Preconditions.CheckNotNull(alert);
        Utility.Preconditions.CheckNotNull(context);
        var department = DepartmentOf(alert.Target, context.History);
        var breached = alert is SlaBreached;
        var top = context.Ladder.Top(department);
        var level = new EscalationLevel(Math.Min(breached ? BreachLevel : WarningLevel, top.Value));
        var target = alert.Target;
        var reason = EscalationReason.Localized(
            breached ? EscalationReasonCodes.SlaBreached : EscalationReasonCodes.SlaWarning,
            breached ? "Escalation.SlaBreached" : "Escalation.SlaWarning",
            target.DisplayName,
            alert.AggregateId);
        context.Raise(new EscalationRequest(
            $"sla/{alert.AggregateId}/{target.Name}", alert.AggregateId, department, level,
            EscalationUrgency.Urgent, target.RuleId, reason));
    }

    /// <summary>Engineering for the technician's targets and a technician's handover; the service center otherwise.</summary>
    internal static EscalationDepartment DepartmentOf(SlaTarget target, IReadOnlyList<DomainEvent> history) =>
        target.RuleId switch
        {
            "RP-10" or "RP-11" or "RP-12" or "RP-13" or "RP-14" or "RP-15" or "RP-16" => EscalationDepartment.Engineering,
            "CS-16" or "CS-20" => ShiftDepartment(history),
            _ => EscalationDepartment.Service,
        };

    /// <summary>The department of a handover's incoming person (CS-16, CS-20).</summary>
    internal static EscalationDepartment ShiftDepartment(IReadOnlyList<DomainEvent> history)
    {
        foreach (var e in history)
        {
            if (e is HandoverScheduled scheduled)
            {
                return scheduled.Incoming.HasRole(Role.Technician) && !scheduled.Incoming.HasRole(Role.Officer)
                    ? EscalationDepartment.Engineering
                    : EscalationDepartment.Service;
            }
        }

        return EscalationDepartment.Service;
    }
}
