namespace PropertyService.Storage;

/// <summary>One thing <see cref="IEventStore.VerifyAsync"/> found wrong: where, and what.</summary>
/// <remarks>Immutable value; safe to share between threads.</remarks>
/// <param name="Site">The site of the stream.</param>
/// <param name="StreamId">The stream.</param>
/// <param name="Version">The version of the event at fault (for a removal, the first missing version).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Detail">A sentence for the person investigating.</param>
public sealed record TamperFinding(SiteId Site, string StreamId, int Version, TamperKind Kind, string Detail)
{
    /// <summary>Formats the finding as <c>SZ-01/RT-1 v3 Edited: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Site}/{StreamId} v{Version} {Kind}: {Detail}";
}
