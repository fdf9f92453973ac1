namespace PropertyService.Storage;

/// <summary>A stored event as written, for checking against the hash chain (<see cref="HashChain.Verify"/>): what a store reads back raw.</summary>
/// <param name="Version">The version the row claims.</param>
/// <param name="TypeName">The stored type name.</param>
/// <param name="SchemaVersion">The stored schema version.</param>
/// <param name="Payload">The stored payload.</param>
/// <param name="PreviousHash">The hash the row says it was chained to.</param>
/// <param name="Hash">The row's hash.</param>
public readonly record struct ChainLink(int Version, string TypeName, int SchemaVersion, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> PreviousHash, ReadOnlyMemory<byte> Hash);
