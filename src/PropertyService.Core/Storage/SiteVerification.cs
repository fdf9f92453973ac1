using PropertyService.Storage.Serialization;

namespace PropertyService.Storage;

/// <summary>
/// Verifies a site's stored rows as a durable store reads them, stream after stream (each stream's rows together, in
/// storage order), against the heads its index records: the one verification loop every store runs.
/// </summary>
internal sealed class SiteVerification(SiteId site, Dictionary<string, (int Version, ReadOnlyMemory<byte> Hash)> heads, EventSerializer serializer)
{
    private readonly List<TamperFinding> _findings = [];
    private readonly List<ChainLink> _links = [];
    private string? _current;
    private int _streams;
    private long _events;

    /// <summary>Takes the next row; a row of another stream closes the one before.</summary>
    /// <returns>True when the row starts a new stream (a good moment to check for cancellation).</returns>
    internal bool Add(string streamId, ChainLink link)
    {
        var started = streamId != _current;
        if (started)
        {
            Flush();
            _current = streamId;
        }

        _links.Add(link.PreviousHash.Length == HashChain.HashLength ? link : link with { PreviousHash = new byte[HashChain.HashLength] });
        return started;
    }

    /// <summary>Closes the last stream and reports every head whose stream has no rows at all.</summary>
    internal VerificationResult Finish()
    {
        Flush();
        foreach (var (id, head) in heads.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            _findings.Add(new TamperFinding(site, id, 1, TamperKind.HeadMismatch, $"the stream's head records version {head.Version}, but the stream has no stored events."));
            _streams++;
        }

        heads.Clear();
        return new VerificationResult(_streams, _events, _findings);
    }

    private void Flush()
    {
        if (_current is null)
        {
            return;
        }

        _findings.AddRange(HashChain.Verify(site, _current, _links, heads.Remove(_current, out var head) ? head : (0, HashChain.Genesis), serializer));
        _streams++;
        _events += _links.Count;
        _links.Clear();
        _current = null;
    }
}
