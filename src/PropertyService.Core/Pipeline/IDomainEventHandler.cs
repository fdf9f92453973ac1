namespace PropertyService.Pipeline;

/// <summary>
/// A host's subscriber to committed events (a read model, a dashboard, an outbox to another system), registered with
/// <c>services.AddSingleton&lt;IDomainEventHandler, T&gt;()</c>.
/// </summary>
/// <remarks>Handlers receive every committed event once, in commit order, after the SLA tracker and the escalation
/// rules have seen it, one event at a time. A handler that throws is reported (log and metric) and skipped for that
/// event; the other handlers still receive it, in order.</remarks>
public interface IDomainEventHandler
{
    /// <summary>Handles one committed event.</summary>
    /// <param name="e">The event.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    ValueTask HandleAsync(DomainEvent e, CancellationToken cancellationToken);
}
