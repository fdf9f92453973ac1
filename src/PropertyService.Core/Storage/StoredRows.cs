using PropertyService.Storage.Serialization;

namespace PropertyService.Storage;

/// <summary>Turns a row read from a durable store into a <see cref="StoredEvent"/>: the one check of a row every store makes.</summary>
internal static class StoredRows
{
    /// <summary>Checks a row against its hash (when <paramref name="verify"/>), then reads its event, from the cache when
    /// the hash was seen before.</summary>
    /// <exception cref="StoredEventException">The row does not match its hash, cannot be read, or names another place.</exception>
    internal static StoredEvent Materialize(
        SiteId site, string streamId, long position, ChainLink link, EventSerializer serializer, bool verify, EventCache cache)
    {
        if (verify)
        {
            var hash = HashChain.Compute(link.PreviousHash.Length == HashChain.HashLength ? link.PreviousHash.Span : new byte[HashChain.HashLength],
                site, streamId, link.Version, link.TypeName, link.SchemaVersion, link.Payload.Span);
            if (!hash.AsSpan().SequenceEqual(link.Hash.Span) || link.PreviousHash.Length != HashChain.HashLength)
            {
                throw new StoredEventException(site, streamId, link.Version, TamperKind.Edited,
                    $"its content does not match its hash {HashChain.ToHex(link.Hash.Span)}.");
            }

            // A row that matches its hash is the event cached under that hash (the hash covers its place and content).
            if (cache.TryGet(link.Hash.Span, out var cached))
            {
                return new StoredEvent(site, position, cached!, link.SchemaVersion, link.PreviousHash, link.Hash);
            }
        }

        DomainEvent e;
        try
        {
            e = serializer.Deserialize(link.TypeName, link.SchemaVersion, link.Payload.Span);
        }
        catch (EventSerializationException ex)
        {
            throw new StoredEventException(site, streamId, link.Version, TamperKind.Unreadable, ex.Message, ex);
        }

        if (ChainVerifier.Misplaced(site, streamId, link.Version, e) is { } misplaced)
        {
            throw new StoredEventException(site, streamId, link.Version, TamperKind.Edited, misplaced);
        }

        try
        {
            var stored = new StoredEvent(site, position, e, link.SchemaVersion, link.PreviousHash, link.Hash);
            if (verify)
            {
                cache.Add(link.Hash.Span, e);
            }

            return stored;
        }
        catch (ArgumentException ex)
        {
            throw new StoredEventException(site, streamId, link.Version, TamperKind.Unreadable, ex.Message, ex);
        }
    }
}
