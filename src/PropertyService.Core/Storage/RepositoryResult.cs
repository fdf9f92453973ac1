using System.Diagnostics.CodeAnalysis;

namespace PropertyService.Storage;

/// <summary>
/// What <see cref="EventStoreRepository{TAggregate}"/> did with a command: appended its events, refused it
/// (<see cref="Rejection"/>: a rule said no), lost to another writer (<see cref="Conflict"/>), or found no such
/// aggregate (<see cref="IsNotFound"/>). Only an appended command changed anything.
/// </summary>
/// <typeparam name="TAggregate">The aggregate's type.</typeparam>
public sealed class RepositoryResult<TAggregate>
    where TAggregate : class, IEventSourced
{
    private RepositoryResult(TAggregate? aggregate, IReadOnlyList<DomainEvent> events, Rejection? rejection, ConcurrencyConflict? conflict)
    {
        Aggregate = aggregate;
        Events = events;
        Rejection = rejection;
        Conflict = conflict;
    }

    /// <summary>The aggregate after the command, or as loaded when a rule refused it; null when not found, when a creation
    /// was refused, and after a conflict (the copy in hand would hold events that were not kept: load it again).</summary>
    public TAggregate? Aggregate { get; }

    /// <summary>The events appended; empty unless <see cref="IsSuccess"/>.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Why a rule refused the command, or null.</summary>
    public Rejection? Rejection { get; }

    /// <summary>The conflict that remained after the retries asked for, or null.</summary>
    public ConcurrencyConflict? Conflict { get; }

    /// <summary>Whether the command's events were appended.</summary>
    [MemberNotNullWhen(true, nameof(Aggregate))]
    public bool IsSuccess => Aggregate is not null && Rejection is null && Conflict is null;

    /// <summary>Whether the aggregate does not exist at that site.</summary>
    public bool IsNotFound => Aggregate is null && Rejection is null && Conflict is null;

    internal static RepositoryResult<TAggregate> Appended(TAggregate aggregate, IReadOnlyList<DomainEvent> events) => new(aggregate, events, null, null);

    internal static RepositoryResult<TAggregate> Refused(TAggregate? aggregate, Rejection rejection) => new(aggregate, [], rejection, null);

    internal static RepositoryResult<TAggregate> Lost(TAggregate? aggregate, ConcurrencyConflict conflict) => new(aggregate, [], null, conflict);

    internal static RepositoryResult<TAggregate> NotFound() => new(null, [], null, null);

    /// <summary>Describes the outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsSuccess ? $"Appended {Events.Count} event(s) to {Aggregate.Id}, now at version {Aggregate.Version}"
        : Rejection is not null ? $"Refused: {Rejection}"
        : Conflict is not null ? $"Conflict: {Conflict}"
        : "Not found";
}
