namespace PropertyService.Storage;

/// <summary>A stored row as the contract's tamper tests see it, whatever store keeps it.</summary>
public sealed class TamperRow
{
    public required long Position { get; set; }

    public required int Version { get; set; }

    public required string TypeName { get; set; }

    public required int SchemaVersion { get; set; }

    public required byte[] Payload { get; set; }

    public required byte[] PreviousHash { get; set; }

    public required byte[] Hash { get; set; }

    /// <summary>What the store needs to write the row back (the in-memory store's event object).</summary>
    public object? Original { get; init; }

    public TamperRow Copy() => new()
    {
        Position = Position, Version = Version, TypeName = TypeName, SchemaVersion = SchemaVersion,
        Payload = Payload, PreviousHash = PreviousHash, Hash = Hash, Original = Original,
    };
}
