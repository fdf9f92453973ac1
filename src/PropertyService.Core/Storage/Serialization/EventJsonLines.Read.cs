using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PropertyService.Utility;

namespace PropertyService.Storage.Serialization;

/// <content>Reading an export back, line by line.</content>
public static partial class EventJsonLines
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>
    /// Reads an export line by line: each line's event is deserialized (upgraded to the current schema through
    /// <paramref name="serializer"/>'s upcasters) as the enumeration reaches it.
    /// </summary>
    /// <param name="input">The UTF-8 stream; read as the lines are enumerated, left open. Enumerate the result once.</param>
    /// <param name="serializer">Reads each payload; default <see cref="EventSerializer.Default"/>.</param>
    /// <returns>The lines, in the order of the stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> cannot be read.</exception>
    /// <exception cref="EventJsonLinesFormatException">While enumerating: a line is empty, is not JSON, lacks a field, has one
    /// twice or one the format does not have, has a value of the wrong kind or out of range, or holds an event that cannot
    /// be read (an <see cref="EventSerializationException"/> inside); the message names the line and the field.</exception>
    /// <exception cref="IOException">While enumerating: the stream fails.</exception>
    public static IEnumerable<StoredEventLine> Read(Stream input, EventSerializer? serializer = null)
    {
        CheckReadable(input);
        return ReadCore(input, serializer ?? EventSerializer.Default);
    }

    /// <summary>
    /// Reads an export line by line, asynchronously: each line's event is deserialized (upgraded to the current schema
    /// through <paramref name="serializer"/>'s upcasters) as the enumeration reaches it.
    /// </summary>
    /// <param name="input">The UTF-8 stream; read as the lines are enumerated, left open. Enumerate the result once.</param>
    /// <param name="serializer">Reads each payload; default <see cref="EventSerializer.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The lines, in the order of the stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> cannot be read.</exception>
    /// <exception cref="EventJsonLinesFormatException">While enumerating: as <see cref="Read"/> says.</exception>
    /// <exception cref="IOException">While enumerating: the stream fails.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public static IAsyncEnumerable<StoredEventLine> ReadAsync(Stream input, EventSerializer? serializer = null, CancellationToken cancellationToken = default)
    {
        CheckReadable(input);
        return ReadCoreAsync(input, serializer ?? EventSerializer.Default, cancellationToken);
    }

    private static IEnumerable<StoredEventLine> ReadCore(Stream input, EventSerializer serializer)
    {
        using var lines = new JsonLineBuffer();
        while (true)
        {
            if (lines.TryTake(out var line))
            {
                yield return Parse(line, lines.LineNumber, serializer);
            }
            else if (lines.Ended)
            {
                yield break;
            }
            else
            {
                lines.Fill(input);
            }
        }
    }

    private static async IAsyncEnumerable<StoredEventLine> ReadCoreAsync(Stream input, EventSerializer serializer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new JsonLineBuffer();
        while (true)
        {
            if (lines.TryTake(out var line))
            {
                yield return Parse(line, lines.LineNumber, serializer);
            }
            else if (lines.Ended)
            {
                yield break;
            }
            else
            {
                await lines.FillAsync(input, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void CheckReadable(Stream input)
    {
        if (!Preconditions.CheckNotNull(input).CanRead)
        {
            throw new ArgumentException("input: the stream cannot be read.", nameof(input));
        }
    }

    private static StoredEventLine Parse(ReadOnlyMemory<byte> memory, long number, EventSerializer serializer)
    {
        var line = memory.Span;
        if (line.IndexOfAnyExcept(" \t"u8) < 0)
        {
            throw new EventJsonLinesFormatException($"Line {number} is empty: an event export holds one event on every line, and no empty lines.", number);
        }

        var fields = EventJsonLinesFields.Encoded;
        var values = new LineValues();
        var seen = 0;
        string? field = null;
        var reader = new Utf8JsonReader(line, ReaderOptions);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(number, null, $"not a JSON object (it starts with {Describe(ref reader, number, null)}); each line holds one event as an object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int index;
                for (index = 0; index < fields.Length && !reader.ValueTextEquals(fields[index].EncodedUtf8Bytes); index++)
                {
                }

                if (index == fields.Length)
                {
                    var name = ReadText(ref reader, number, null);
                    throw Error(number, name, $"not a field of the format, whose fields are {string.Join(", ", EventJsonLinesFields.Line)}");
                }

                field = EventJsonLinesFields.Line[index];
                if ((seen & (1 << index)) != 0)
                {
                    throw Error(number, field, "is given twice");
                }

                seen |= 1 << index;
                reader.Read();
                values.Read(ref reader, field, number);
                field = null;
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                throw Error(number, null, "not a complete JSON object");
            }

            reader.Read(); // only white space may follow: anything else is a JsonException
        }
        catch (JsonException e)
        {
            // The reader saw one line, so its own line number is always 0: give the byte in the line instead.
            var detail = e.Message;
            var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
            detail = cut > 0 ? detail[..cut] : detail;
            var at = e.BytePositionInLine is { } position ? $" at byte {position + 1}" : string.Empty;
            throw new EventJsonLinesFormatException($"{Where(number, field)}: not valid JSON{at} ({detail})", number, field, e);
        }

        for (var i = 0; i < EventJsonLinesFields.Line.Length; i++)
        {
            if ((seen & (1 << i)) == 0)
            {
                throw Error(number, EventJsonLinesFields.Line[i], "is missing");
            }
        }

        return values.ToLine(memory, number, serializer);
    }

    private static EventJsonLinesFormatException Error(long number, string? field, string detail) =>
        new($"{Where(number, field)}: {detail}.", number, field);

    private static string Where(long number, string? field) => field is null ? $"Line {number}" : $"Line {number}, field \"{field}\"";

    /// <summary>The current token as a string, or a failure naming the line and field when it is not valid UTF-8.</summary>
    private static string ReadText(ref Utf8JsonReader reader, long number, string? field)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new EventJsonLinesFormatException($"{Where(number, field)}: not valid UTF-8 text.", number, field, e);
        }
    }

    /// <summary>The current token, for a message: a string in quotes (its start if long), a number as written, or its kind.</summary>
    private static string Describe(ref Utf8JsonReader reader, long number, string? field) => reader.TokenType switch
    {
        JsonTokenType.String => Quote(ReadText(ref reader, number, field)),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    private static string Quote(string text) => text.Length <= 40 ? $"\"{text}\"" : $"\"{text[..40]}…\"";

    /// <summary>The values of one line's fields as they are read.</summary>
    private struct LineValues
    {
        private string? _site;
        private string? _stream;
        private string? _type;
        private int _version;
        private int _schema;
        private long _position;
        private int _payloadStart;
        private int _payloadEnd;

        internal void Read(ref Utf8JsonReader reader, string field, long number)
        {
            switch (field)
            {
                case EventJsonLinesFields.Site:
                    _site = Text(ref reader, field, number);
                    break;
                case EventJsonLinesFields.Stream:
                    _stream = Text(ref reader, field, number);
                    break;
                case EventJsonLinesFields.Type:
                    _type = Text(ref reader, field, number);
                    break;
                case EventJsonLinesFields.Version:
                    _version = (int)Whole(ref reader, field, number, int.MaxValue);
                    break;
                case EventJsonLinesFields.Schema:
                    _schema = (int)Whole(ref reader, field, number, int.MaxValue);
                    break;
                case EventJsonLinesFields.Position:
                    _position = Whole(ref reader, field, number, long.MaxValue);
                    break;
                default:
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Error(number, field, $"must be the event as a JSON object, but is {Describe(ref reader, number, field)}");
                    }

                    _payloadStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    _payloadEnd = (int)reader.BytesConsumed;
                    break;
            }
        }

        internal readonly StoredEventLine ToLine(ReadOnlyMemory<byte> line, long number, EventSerializer serializer)
        {
            DomainEvent e;
            try
            {
                e = serializer.Deserialize(_type!, _schema, line.Span[_payloadStart.._payloadEnd]);
            }
            catch (EventSerializationException x)
            {
                // An unknown type is the type field's fault, a schema that cannot be upgraded the schema field's; the rest is the payload's.
                var field = x.Reason switch
                {
                    EventSerializationFailure.UnknownType => EventJsonLinesFields.Type,
                    EventSerializationFailure.NewerSchema or EventSerializationFailure.NoUpcaster => EventJsonLinesFields.Schema,
                    _ => EventJsonLinesFields.Payload,
                };
                throw new EventJsonLinesFormatException($"{Where(number, field)}: the event cannot be read. {x.Message}", number, field, x);
            }

            if (!string.Equals(e.AggregateId, _stream, StringComparison.Ordinal))
            {
                throw Error(number, EventJsonLinesFields.Stream, $"is {Quote(_stream!)}, but the payload's event belongs to {Quote(e.AggregateId)}");
            }

            if (e.Version != _version)
            {
                throw Error(number, EventJsonLinesFields.Version, $"is {_version}, but the payload's event has version {e.Version}");
            }

            return new StoredEventLine(new SiteId(_site!), _position, e, _schema, number);
        }

        private static string Text(ref Utf8JsonReader reader, string field, long number)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(number, field, $"must be a string, but is {Describe(ref reader, number, field)}");
            }

            var text = ReadText(ref reader, number, field);
            return string.IsNullOrWhiteSpace(text) ? throw Error(number, field, "is blank") : text;
        }

        private static long Whole(ref Utf8JsonReader reader, string field, long number, long maximum)
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value) || value < 1 || value > maximum)
            {
                throw Error(number, field, $"must be a whole number from 1 to {maximum}, but is {Describe(ref reader, number, field)}");
            }

            return value;
        }
    }
}
