using NodaTime;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// Something that happened to an aggregate (a repair ticket, a help request): the written record the
/// service rules demand. An aggregate's state is rebuilt from its events, in version order.
/// </summary>
/// <remarks>
/// Events are immutable records; derive sealed records from this type. Versions start at 1 for an
/// aggregate's first event and increase by exactly one per event.
/// </remarks>
public abstract record DomainEvent
{
    /// <summary>Initialises the common fields of an event.</summary>
    /// <param name="aggregateId">The identifier of the aggregate the event belongs to.</param>
    /// <param name="version">The aggregate's version after this event; 1 for its first event.</param>
    /// <param name="occurredAt">When it happened.</param>
    /// <param name="actor">Who did it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aggregateId"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="aggregateId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    protected DomainEvent(string aggregateId, int version, Instant occurredAt, Actor actor)
    {
        AggregateId = Preconditions.CheckNotBlank(aggregateId);
        Version = Preconditions.CheckPositive(version);
        OccurredAt = occurredAt;
        Actor = Preconditions.CheckNotNull(actor);
    }

    /// <summary>The identifier of the aggregate the event belongs to.</summary>
    public string AggregateId { get; }

    /// <summary>The aggregate's version after this event; 1 for its first event.</summary>
    public int Version { get; }

    /// <summary>When it happened.</summary>
    public Instant OccurredAt { get; }

    /// <summary>Who did it.</summary>
    public Actor Actor { get; }
}
