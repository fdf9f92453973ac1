using System.Text.Json;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// The field names of the event export format (see <see cref="EventJsonLines"/>), in one place: the writer, the reader
/// and the error messages (<see cref="EventJsonLinesFormatException.Field"/>) all use them.
/// </summary>
/// <remarks>Renaming one changes the documented format: files written before could no longer be read.</remarks>
internal static class EventJsonLinesFields
{
    // Each line: {"site","stream","version","position","type","schema","payload"}, in this order.
    internal const string Site = "site";
    internal const string Stream = "stream";
    internal const string Version = "version";
    internal const string Position = "position";
    internal const string Type = "type";
    internal const string Schema = "schema";
    internal const string Payload = "payload";

    /// <summary>The fields of a line, in the order they are written.</summary>
    internal static readonly string[] Line = [Site, Stream, Version, Position, Type, Schema, Payload];

    /// <summary>The fields of <see cref="Line"/>, encoded once for the reader, in the same order.</summary>
    internal static readonly JsonEncodedText[] Encoded = [.. Line.Select(f => JsonEncodedText.Encode(f))];

    // Each field encoded once, for the writer.
    internal static readonly JsonEncodedText SiteName = JsonEncodedText.Encode(Site);
    internal static readonly JsonEncodedText StreamName = JsonEncodedText.Encode(Stream);
    internal static readonly JsonEncodedText VersionName = JsonEncodedText.Encode(Version);
    internal static readonly JsonEncodedText PositionName = JsonEncodedText.Encode(Position);
    internal static readonly JsonEncodedText TypeName = JsonEncodedText.Encode(Type);
    internal static readonly JsonEncodedText SchemaName = JsonEncodedText.Encode(Schema);
    internal static readonly JsonEncodedText PayloadName = JsonEncodedText.Encode(Payload);
}
