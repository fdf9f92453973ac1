using PropertyService.Sla;

namespace PropertyService.Escalation;

/// <summary>
/// Decides whom to notify about what: reacts to committed domain events and to SLA alerts, and calls
/// <see cref="EscalationContext.Raise"/> for each escalation. The built-in rules (<see cref="EscalationRules"/>)
/// implement this interface and are registered exactly as a vendor's: <c>AddEscalationRule&lt;T&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>Rules are called in registration order, on the event pipeline's thread, one event at a time, so a rule needs no
/// locking of its own; a rule should be quick and do no I/O (the notifier does that). A rule that throws is reported
/// and skipped for that event; the other rules and subscribers still see it.</para>
/// <para>Both members do nothing by default: implement the ones the rule needs.</para>
/// </remarks>
public interface IEscalationRule
{
    /// <summary>Called for each committed event, in order.</summary>
    /// <param name="e">The event.</param>
    /// <param name="context">The site, ladder and history; where to raise escalations.</param>
    void OnEvent(DomainEvent e, EscalationContext context)
    {
    }

    /// <summary>Called for each SLA warning and breach when it becomes due.</summary>
    /// <param name="alert">The alert (<see cref="SlaWarningRaised"/> or <see cref="SlaBreached"/>).</param>
    /// <param name="context">The site, ladder and the aggregate's history; where to raise escalations.</param>
    void OnAlert(SlaAlert alert, EscalationContext context)
    {
    }
}
