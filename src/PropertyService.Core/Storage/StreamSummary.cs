using NodaTime;

namespace PropertyService.Storage;

/// <summary>A row of a store's stream index: a stream's site, kind, state, owner, next deadline and version, as of its
/// last append (kept in the same transaction as the append).</summary>
/// <remarks>Immutable value; safe to share between threads.</remarks>
/// <param name="Site">The site of the stream.</param>
/// <param name="StreamId">The stream.</param>
/// <param name="Status">The kind, state, owner and next deadline the last appender gave.</param>
/// <param name="Version">The stream's version.</param>
/// <param name="UpdatedAt">When the stream's last event happened.</param>
public sealed record StreamSummary(SiteId Site, string StreamId, StreamStatus Status, int Version, Instant UpdatedAt);
