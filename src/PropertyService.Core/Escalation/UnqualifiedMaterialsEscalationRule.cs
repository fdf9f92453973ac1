using PropertyService.Repairs;

namespace PropertyService.Escalation;

/// <summary>
/// Built-in rule (RP-15): resident-supplied materials found unqualified stop the work; the engineering supervisor
/// (level 1) is told, so that new materials or a quote for company materials is arranged.
/// </summary>
/// <remarks>Stateless; safe to share between threads.</remarks>
public sealed class UnqualifiedMaterialsEscalationRule : IEscalationRule
{
    /// <inheritdoc/>
    public void OnEvent(DomainEvent e, EscalationContext context)
    {
        Utility.Preconditions.CheckNotNull(context);
        if (e is MaterialsChecked { Result: MaterialCheckResult.Unqualified } check)
        {
            context.Raise(new EscalationRequest(
                $"RP-15/{check.AggregateId}/{check.Version}", check.AggregateId, EscalationDepartment.Engineering, EscalationLevel.Supervisor,
                EscalationUrgency.Normal, "RP-15",
                EscalationReason.Localized(EscalationReasonCodes.UnqualifiedMaterials, "Escalation.UnqualifiedMaterials", check.AggregateId, check.Remarks ?? string.Empty)));
        }
    }
}
