namespace PropertyService;

/// <summary>
/// An aggregate kept as its events: repair tickets, help requests, handovers, duty logs, sign-in sheets, complaints.
/// What a store and a repository need to know of it.
/// </summary>
public interface IEventSourced
{
    /// <summary>The aggregate's identifier: the name of its event stream.</summary>
    string Id { get; }

    /// <summary>The site the aggregate belongs to.</summary>
    SiteId Site { get; }

    /// <summary>The number of events recorded: the version of the stream.</summary>
    int Version { get; }

    /// <summary>Every event recorded, in order.</summary>
    IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>What a store indexes of the aggregate now: its kind, state and owner (<see cref="Storage.StreamStatus"/>).</summary>
    Storage.StreamStatus Status { get; }
}
