namespace PropertyService.Storage;

/// <summary>
/// A stored event could not be given back as it was written: it is unreadable (unknown type, malformed or truncated
/// payload, a payload the event refuses) or its hash does not match. Names the stream and version; nothing of the
/// stream is returned then, so no aggregate is ever half-loaded.
/// </summary>
public sealed class StoredEventException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="site">The site of the stream.</param>
    /// <param name="streamId">The stream.</param>
    /// <param name="version">The version of the event at fault.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="detail">A sentence saying what.</param>
    /// <param name="innerException">The underlying failure, or null.</param>
    public StoredEventException(SiteId site, string streamId, int version, TamperKind kind, string detail, Exception? innerException = null)
        : base($"Stored event {site}/{streamId} v{version} is {Describe(kind)}: {detail}", innerException)
    {
        Site = site;
        StreamId = streamId;
        Version = version;
        Kind = kind;
    }

    /// <summary>The site of the stream.</summary>
    public SiteId Site { get; }

    /// <summary>The stream.</summary>
    public string StreamId { get; }

    /// <summary>The version of the event at fault.</summary>
    public int Version { get; }

    /// <summary>What is wrong.</summary>
    public TamperKind Kind { get; }

    private static string Describe(TamperKind kind) => kind switch
    {
        TamperKind.Unreadable => "unreadable",
        TamperKind.Edited => "not as written (its hash does not match)",
        _ => $"out of its chain ({kind})",
    };
}
