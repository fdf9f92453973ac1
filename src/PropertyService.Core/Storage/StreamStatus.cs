using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Storage;

/// <summary>
/// What a store indexes of a stream after an append, for the operational queries of a service center ("open repair
/// tickets", "help requests owned by officer Y", "due before T"): the aggregate's kind, state, owner and next deadline.
/// </summary>
/// <remarks>Immutable value; safe to share between threads.</remarks>
/// <param name="AggregateType">The kind of aggregate, such as <c>repair-ticket</c>.</param>
/// <param name="State">The aggregate's state after the append, such as <c>WorkOrderIssued</c>.</param>
/// <param name="Owner">The identifier of the person who owns the aggregate now, or null.</param>
/// <param name="DueAt">The next deadline of the aggregate (its earliest pending SLA timer), or null.</param>
public sealed record StreamStatus(string AggregateType, string State, string? Owner = null, Instant? DueAt = null)
{
    /// <summary>The kind of aggregate, such as <c>repair-ticket</c>.</summary>
    public string AggregateType { get; } = Preconditions.CheckNotBlank(AggregateType);

    /// <summary>The aggregate's state after the append, such as <c>WorkOrderIssued</c>.</summary>
    public string State { get; } = Preconditions.CheckNotBlank(State);

    /// <summary>The status of a stream whose appender did not describe it: its kind from the event type names (the part
    /// before the first dot, <c>repair</c> for <c>repair.reported</c>), its state the last event's type name.</summary>
    /// <param name="events">The stream's newest events (at least one).</param>
    /// <returns>The status.</returns>
    internal static StreamStatus Infer(IReadOnlyList<DomainEvent> events)
    {
        var name = EventTypeRegistry.Of(events[^1].GetType()).Name;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return new StreamStatus(dot > 0 ? name[..dot] : name, name);
    }
}
