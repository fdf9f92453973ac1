namespace PropertyService.Storage;

/// <summary>
/// An append was refused because the stream has moved on since the caller read it: someone else appended first.
/// Nothing was written; reload the stream, run the command again if it still makes sense, and append again.
/// </summary>
/// <param name="Site">The site of the stream.</param>
/// <param name="StreamId">The stream.</param>
/// <param name="ExpectedVersion">The version the caller expected the stream to be at.</param>
/// <param name="CurrentVersion">The version the stream is at.</param>
public sealed record ConcurrencyConflict(SiteId Site, string StreamId, int ExpectedVersion, int CurrentVersion)
{
    /// <summary>Describes the conflict.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Site}/{StreamId} is at version {CurrentVersion}, not {ExpectedVersion}: someone else appended first; reload and try again.";
}
