using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PropertyService.Storage;

/// <summary>
/// The tamper-evidence hash of a stored event, chained over the previous event of its stream (format in
/// <c>docs/storage.md</c>):
/// <c>hash(v) = SHA-256(hash(v−1) ‖ text(site) ‖ text(stream) ‖ int32(v) ‖ text(type) ‖ int32(schema) ‖ bytes(payload))</c>,
/// where <c>text(x)</c> is <c>int32(UTF-8 length) ‖ UTF-8 bytes</c>, <c>bytes(x)</c> is <c>int32(length) ‖ x</c>,
/// <c>int32</c> is big-endian, and <c>hash(0)</c> is 32 zero bytes.
/// </summary>
public static class HashChain
{
    /// <summary>The length of a hash in bytes.</summary>
    public const int HashLength = 32;

    /// <summary>The hash before a stream's first event: 32 zero bytes.</summary>
    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[HashLength];

    /// <summary>Computes an event's hash.</summary>
    /// <param name="previous">The hash of the stream's previous event, or <see cref="Genesis"/> for version 1.</param>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="version">The event's version.</param>
    /// <param name="typeName">The event's stable type name.</param>
    /// <param name="schemaVersion">The schema version its payload was written at.</param>
    /// <param name="payload">The payload as stored (UTF-8 JSON).</param>
    /// <returns>The 32-byte hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streamId"/> or <paramref name="typeName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not 32 bytes long.</exception>
    public static byte[] Compute(ReadOnlySpan<byte> previous, SiteId site, string streamId, int version, string typeName, int schemaVersion, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentNullException.ThrowIfNull(typeName);
        if (previous.Length != HashLength)
        {
            throw new ArgumentException($"A previous hash is {HashLength} bytes long, not {previous.Length}.", nameof(previous));
        }

        var siteText = site.Value;
        var length = HashLength
            + 4 + Encoding.UTF8.GetByteCount(siteText)
            + 4 + Encoding.UTF8.GetByteCount(streamId)
            + 4
            + 4 + Encoding.UTF8.GetByteCount(typeName)
            + 4
            + 4 + payload.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var buffer = rented.AsSpan(0, length);
            previous.CopyTo(buffer);
            var at = HashLength;
            at += WriteText(buffer[at..], siteText);
            at += WriteText(buffer[at..], streamId);
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], version);
            at += 4;
            at += WriteText(buffer[at..], typeName);
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], schemaVersion);
            at += 4;
            BinaryPrimitives.WriteInt32BigEndian(buffer[at..], payload.Length);
            payload.CopyTo(buffer[(at + 4)..]);
            return SHA256.HashData(buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Checks one stream's stored rows against the chain, their versions and their payloads: the verification
    /// every store runs for <see cref="IEventStore.VerifyAsync"/>.</summary>
    /// <param name="site">The site.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="links">The stream's rows in storage order (position order).</param>
    /// <param name="head">The stream's head as the store's index records it (version and last hash), or null when the store keeps none.</param>
    /// <param name="serializer">Reads the payloads back, to find those that cannot be read or claim another place.</param>
    /// <returns>What was found wrong, in version order; empty when the stream is intact.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static IReadOnlyList<TamperFinding> Verify(
        SiteId site, string streamId, IReadOnlyList<ChainLink> links, (int Version, ReadOnlyMemory<byte> Hash)? head, Serialization.EventSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(serializer);
        var findings = new List<TamperFinding>();
        ChainVerifier.Check(site, streamId, links, head, serializer, findings);
        return findings;
    }

    /// <summary>Formats a hash as 64 lowercase hexadecimal digits.</summary>
    /// <param name="hash">The hash.</param>
    /// <returns>The text.</returns>
    public static string ToHex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    private static int WriteText(Span<byte> destination, string text)
    {
        var written = Encoding.UTF8.GetBytes(text, destination[4..]);
        BinaryPrimitives.WriteInt32BigEndian(destination, written);
        return 4 + written;
    }
}
