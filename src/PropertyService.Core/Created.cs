using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// What creating an aggregate returns, the same way for every workflow: the new aggregate and the events to
/// store (its first events, also in its <c>Events</c>).
/// </summary>
/// <typeparam name="TAggregate">The aggregate: a repair ticket, a help request, ...</typeparam>
/// <example><code>var (ticket, events) = RepairTicket.Report("RT-1", request, officer, now).Value;</code></example>
public sealed class Created<TAggregate>
    where TAggregate : class
{
    /// <summary>Pairs a new aggregate with its first events.</summary>
    /// <param name="aggregate">The new aggregate.</param>
    /// <param name="events">Its first events.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Created(TAggregate aggregate, IReadOnlyList<DomainEvent> events)
    {
        Aggregate = Preconditions.CheckNotNull(aggregate);
        Events = Preconditions.CheckNotNull(events);
    }

    /// <summary>The new aggregate.</summary>
    public TAggregate Aggregate { get; }

    /// <summary>The events to store: the aggregate's first events.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Deconstructs into the aggregate and its events.</summary>
    /// <param name="aggregate">The new aggregate.</param>
    /// <param name="events">Its first events.</param>
    public void Deconstruct(out TAggregate aggregate, out IReadOnlyList<DomainEvent> events)
    {
        aggregate = Aggregate;
        events = Events;
    }
}
