namespace PropertyService.Storage;

/// <summary>The outcome of checking stored events against their hash chain.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class VerificationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="streams">How many streams were checked.</param>
    /// <param name="events">How many events were checked.</param>
    /// <param name="findings">What was found wrong, in stream then version order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public VerificationResult(int streams, long events, IReadOnlyList<TamperFinding> findings)
    {
        Streams = Utility.Preconditions.CheckNonNegative(streams);
        Events = events >= 0 ? events : throw new ArgumentOutOfRangeException(nameof(events), events, "A count cannot be negative.");
        Findings = [.. Utility.Preconditions.CheckNotNull(findings)];
    }

    /// <summary>How many streams were checked.</summary>
    public int Streams { get; }

    /// <summary>How many events were checked.</summary>
    public long Events { get; }

    /// <summary>What was found wrong; empty when everything is intact.</summary>
    public IReadOnlyList<TamperFinding> Findings { get; }

    /// <summary>Whether every event checked is intact.</summary>
    public bool IsIntact => Findings.Count == 0;

    /// <summary>Summarises the result: <c>intact: 3 streams, 40 events</c> or the first findings.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsIntact
        ? $"intact: {Streams} streams, {Events} events"
        : $"{Findings.Count} findings in {Streams} streams, {Events} events: {string.Join("; ", Findings.Take(3))}{(Findings.Count > 3 ? "; …" : "")}";
}
