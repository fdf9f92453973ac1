using PropertyService.Storage.Serialization;

namespace PropertyService.Storage;

/// <summary>Checks one stream's stored rows against the hash chain: the one verification every store runs.</summary>
internal static class ChainVerifier
{
    /// <summary>Checks a stream.</summary>
    /// <param name="site">The site.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="links">The rows in storage order (position order).</param>
    /// <param name="head">The stream's head as the store's index records it (version and last hash), or null when the store keeps none.</param>
    /// <param name="serializer">Reads the payloads back.</param>
    /// <param name="findings">Where findings go.</param>
    internal static void Check(
        SiteId site, string streamId, IReadOnlyList<ChainLink> links, (int Version, ReadOnlyMemory<byte> Hash)? head, EventSerializer serializer, List<TamperFinding> findings)
    {
        void Add(int version, TamperKind kind, string detail) => findings.Add(new TamperFinding(site, streamId, version, kind, detail));

        // Storage order must be version order: a row that moved is a reordering, whatever its hash says.
        var ordered = links;
        for (var i = 1; i < links.Count; i++)
        {
            if (links[i].Version < links[i - 1].Version)
            {
                Add(links[i].Version, TamperKind.Reordered, $"v{links[i].Version} is stored after v{links[i - 1].Version}.");
                ordered = [.. links.OrderBy(l => l.Version)];
                break;
            }
        }

        var later = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var link in ordered)
        {
            later.TryAdd(HashChain.ToHex(link.Hash.Span), link.Version);
        }

        ReadOnlyMemory<byte> previous = HashChain.Genesis;
        var expected = 1;
        foreach (var link in ordered)
        {
            if (link.Version < expected)
            {
                Add(link.Version, TamperKind.Inserted, $"v{link.Version} appears more than once.");
                continue;
            }

            var gap = link.Version > expected;
            if (gap)
            {
                Add(expected, TamperKind.Removed, link.Version == expected + 1
                    ? $"v{expected} is missing."
                    : $"v{expected} to v{link.Version - 1} are missing.");
            }

            var content = HashChain.Compute(link.PreviousHash.Span, site, streamId, link.Version, link.TypeName, link.SchemaVersion, link.Payload.Span);
            if (!content.AsSpan().SequenceEqual(link.Hash.Span))
            {
                Add(link.Version, TamperKind.Edited, $"its content does not match its hash {HashChain.ToHex(link.Hash.Span)}.");
            }
            else if (!gap && !link.PreviousHash.Span.SequenceEqual(previous.Span))
            {
                if (later.TryGetValue(HashChain.ToHex(link.PreviousHash.Span), out var linked) && linked > link.Version)
                {
                    Add(link.Version, TamperKind.Reordered, $"v{link.Version} is chained to v{linked}, which comes after it.");
                }
                else if (expected > 1)
                {
                    Add(expected - 1, TamperKind.Edited, $"v{link.Version} was chained to another v{expected - 1}: v{expected - 1} was altered and rehashed, or replaced.");
                }
                else
                {
                    Add(link.Version, TamperKind.Inserted, "the first event is not chained to the start of the stream.");
                }
            }

            CheckReadable(site, streamId, link, serializer, Add);
            previous = link.Hash;
            expected = link.Version + 1;
        }

        if (head is { } h)
        {
            var last = ordered.Count == 0 ? 0 : ordered[^1].Version;
            if (h.Version != last)
            {
                Add(Math.Min(h.Version, last) + 1, TamperKind.HeadMismatch, $"the stream's head records version {h.Version}, but its last stored event is v{last}.");
            }
            else if (last > 0 && !h.Hash.Span.SequenceEqual(previous.Span))
            {
                Add(last, TamperKind.HeadMismatch, $"the stream's head records hash {HashChain.ToHex(h.Hash.Span)}, but v{last} has {HashChain.ToHex(previous.Span)}: v{last} was altered and rehashed, or replaced.");
            }
        }
    }

    private static void CheckReadable(SiteId site, string streamId, ChainLink link, EventSerializer serializer, Action<int, TamperKind, string> add)
    {
        DomainEvent e;
        try
        {
            e = serializer.Deserialize(link.TypeName, link.SchemaVersion, link.Payload.Span);
        }
        catch (EventSerializationException ex)
        {
            add(link.Version, TamperKind.Unreadable, ex.Message);
            return;
        }

        if (Misplaced(site, streamId, link.Version, e) is { } detail)
        {
            add(link.Version, TamperKind.Edited, detail);
        }
    }

    /// <summary>Says how a read-back event claims another place than the row it was read from, or null when it does not:
    /// the one check every store makes of a payload.</summary>
    internal static string? Misplaced(SiteId site, string streamId, int version, DomainEvent e) =>
        e.AggregateId != streamId || e.Version != version || e.Actor.Site != site
            ? $"its payload is {e.Actor.Site}/{e.AggregateId} v{e.Version}, not {site}/{streamId} v{version}."
            : null;
}
