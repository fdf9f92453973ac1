namespace PropertyService.Escalation;

/// <summary>
/// Delivers escalation notices to people: what a host implements (SMS, WeCom, email, a dashboard). Register with
/// <c>UseEscalationNotifier&lt;T&gt;()</c>; the library ships <see cref="InMemoryEscalationNotifier"/> and
/// <see cref="LoggingEscalationNotifier"/>.
/// </summary>
/// <remarks>Notices arrive one at a time, in the order they became due. A notifier that throws is reported (log and
/// metric) and does not stop the others; the escalation still climbs if nobody acknowledges it.</remarks>
public interface IEscalationNotifier
{
    /// <summary>Delivers one notice.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the notice is handed over.</returns>
    ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken);
}
