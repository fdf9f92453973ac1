using NodaTime;

namespace PropertyService.Storage;

/// <summary>
/// Which streams of a site to list: every set criterion must hold. For example
/// <c>new StreamQuery { AggregateType = "repair-ticket", States = ["Reported", "WorkOrderIssued"] }</c>, or
/// <c>new StreamQuery { DueBefore = now }</c>.
/// </summary>
/// <remarks>Immutable once built. Results are ordered by stream identifier (ordinal), or by deadline then identifier
/// when <see cref="DueBefore"/> is set.</remarks>
public sealed record StreamQuery
{
    /// <summary>The most rows a query returns when <see cref="Limit"/> is not set.</summary>
    public const int DefaultLimit = 1000;

    /// <summary>Only streams of this kind (<see cref="StreamStatus.AggregateType"/>), or any when null.</summary>
    public string? AggregateType { get; init; }

    /// <summary>Only streams in one of these states, or any when null or empty.</summary>
    public IReadOnlyCollection<string>? States { get; init; }

    /// <summary>Only streams owned by this person (<see cref="StreamStatus.Owner"/>), or any when null.</summary>
    public string? Owner { get; init; }

    /// <summary>Only streams with a deadline strictly before this instant, or any when null.</summary>
    public Instant? DueBefore { get; init; }

    /// <summary>The most rows to return, from 1; <see cref="DefaultLimit"/> when not set.</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Whether a stream's summary meets the query (the site aside): the one definition every store follows.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>Whether it matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public bool Matches(StreamSummary summary)
    {
        Utility.Preconditions.CheckNotNull(summary);
        var s = summary.Status;
        return (AggregateType is null || s.AggregateType == AggregateType)
            && (States is null || States.Count == 0 || States.Contains(s.State))
            && (Owner is null || s.Owner == Owner)
            && (DueBefore is null || (s.DueAt is { } due && due < DueBefore.Value));
    }
}
