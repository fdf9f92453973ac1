using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using PropertyService.Utility;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// The export format of a recorded event history: UTF-8 JSON lines, one stored event on each line. Hosts export a site
/// (<see cref="ExportSiteAsync"/>) to archive it, hand it to an auditor or another system, or replay it under other SLA
/// policies (<see cref="Sla.SlaReplay"/>); <see cref="Read"/> gives the events back.
/// </summary>
/// <remarks>
/// <para>Each line is one JSON object with these fields, written in this order:</para>
/// <code language="json">
/// {"site":"SZ-01","stream":"RT-1","version":3,"position":42,"type":"repair.work-order-issued","schema":1,"payload":{"aggregateId":"RT-1","version":3,...}}
/// </code>
/// <list type="bullet">
/// <item><c>site</c>: the site of the stream (<see cref="StoredEvent.Site"/>), a non-blank string.</item>
/// <item><c>stream</c>: the stream, the aggregate's identifier (<see cref="StoredEvent.StreamId"/>); it must equal the payload's <c>aggregateId</c>.</item>
/// <item><c>version</c>: the event's place in its stream, a whole number from 1; it must equal the payload's <c>version</c>.</item>
/// <item><c>position</c>: the event's position in the store it was exported from (<see cref="StoredEvent.Position"/>), a whole number from 1.</item>
/// <item><c>type</c>: the event's stable type name (<see cref="EventTypeRegistry"/>), such as <c>repair.reported</c>.</item>
/// <item><c>schema</c>: the schema version the payload is written at, from 1.</item>
/// <item><c>payload</c>: the event itself, embedded as a JSON object (not as a string): exactly the bytes
/// <see cref="EventSerializer.Serialize"/> writes, so at the type's current schema version. An event stored at an older
/// schema version was upgraded when the store read it, and is exported at the current version.</item>
/// </list>
/// <para>Lines end with <c>\n</c>, the last one too; nothing else is written (no byte order mark, no header, no empty
/// line). Text is written as <see cref="EventSerializer"/> writes it: Chinese and other non-ASCII text unescaped,
/// quotes, backslashes and control characters escaped, so no line break is ever inside a line. The same events always
/// give the same bytes. Hash-chain values are not exported: verify a store with <see cref="IEventStore.VerifyAllAsync"/>
/// before exporting it.</para>
/// <para>Reading is strict, so that a damaged or edited file is noticed rather than half-believed: every field is
/// required, a field given twice or a field the format does not have is an error, and so is an empty line (an export
/// has none). A line may end with <c>\r\n</c>, the last line may lack its line break, and a byte order mark before the
/// first line is skipped. A line longer than 16 MiB is refused. The order of lines is not checked (an export of several
/// sites may restart positions at each site); <see cref="Sla.SlaReplay"/> checks each stream's versions.</para>
/// <para>Every failure is an <see cref="EventJsonLinesFormatException"/> naming the line (from 1) and the field. Reading is
/// lazy and streams line by line, so the lines before a bad one have already been handed out when it throws: a caller
/// that needs all or nothing collects the lines first (<c>Read(stream).ToList()</c>).</para>
/// <para>Writing and reading never close the stream. The methods are thread-safe; a stream is not, so use each from one
/// call at a time.</para>
/// </remarks>
public static partial class EventJsonLines
{
    /// <summary>The number of events <see cref="ExportSiteAsync"/> asks the store for at a time.</summary>
    private const int PageSize = 1000;

    /// <summary>Lines are gathered into blocks of this many bytes before they are written to the stream.</summary>
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // As EventJson writes: non-ASCII text unescaped; quotes, backslashes and control characters escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes stored events as JSON lines, one event on each line, in the order given.</summary>
    /// <param name="output">The stream to write to; flushed at the end, left open.</param>
    /// <param name="events">The events.</param>
    /// <param name="serializer">Writes each event's payload; default <see cref="EventSerializer.Default"/>.</param>
    /// <returns>The number of events written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="events"/> is null, or
    /// <paramref name="events"/> holds a null (what came before it has been written).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written to.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static long Write(Stream output, IEnumerable<StoredEvent> events, EventSerializer? serializer = null)
    {
        CheckWritable(output);
        Preconditions.CheckNotNull(events);
        using var lines = new LineWriter(serializer ?? EventSerializer.Default);
        foreach (var stored in events)
        {
            lines.Append(stored, nameof(events));
            if (lines.Pending >= FlushThreshold)
            {
                lines.CopyTo(output);
            }
        }

        lines.CopyTo(output);
        output.Flush();
        return lines.Count;
    }

    /// <summary>Writes stored events as JSON lines, one event on each line, in the order given.</summary>
    /// <param name="output">The stream to write to; flushed at the end, left open.</param>
    /// <param name="events">The events.</param>
    /// <param name="serializer">Writes each event's payload; default <see cref="EventSerializer.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export; what was written stays written.</param>
    /// <returns>The number of events written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="events"/> is null, or
    /// <paramref name="events"/> yields a null (what came before it has been written).</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written to.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<long> WriteAsync(Stream output, IAsyncEnumerable<StoredEvent> events, EventSerializer? serializer = null, CancellationToken cancellationToken = default)
    {
        CheckWritable(output);
        Preconditions.CheckNotNull(events);
        return WriteCoreAsync(output, events, serializer ?? EventSerializer.Default, cancellationToken);
    }

    /// <summary>
    /// Exports every event of a site from a store, in the order they were stored (<see cref="IEventStore.ReadSiteAsync"/>,
    /// a page of 1,000 events at a time), as JSON lines.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="site">The site.</param>
    /// <param name="output">The stream to write to; flushed at the end, left open.</param>
    /// <param name="serializer">Writes each event's payload; default <see cref="EventSerializer.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export; what was written stays written.</param>
    /// <returns>The number of events written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty, or <paramref name="output"/> cannot be written to.</exception>
    /// <exception cref="StoredEventException">A stored event cannot be read back as written (the lines before its page have been written).</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<long> ExportSiteAsync(IEventStore store, SiteId site, Stream output, EventSerializer? serializer = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        if (site.IsEmpty)
        {
            throw new ArgumentException("site: the site is empty; name the site to export.", nameof(site));
        }

        CheckWritable(output);
        return WriteCoreAsync(output, ReadSiteAsync(store, site, cancellationToken), serializer ?? EventSerializer.Default, cancellationToken);
    }

    private static async Task<long> WriteCoreAsync(Stream output, IAsyncEnumerable<StoredEvent> events, EventSerializer serializer, CancellationToken cancellationToken)
    {
        using var lines = new LineWriter(serializer);
        await foreach (var stored in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            lines.Append(stored, nameof(events));
            if (lines.Pending >= FlushThreshold)
            {
                await lines.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            }
        }

        await lines.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return lines.Count;
    }

    private static async IAsyncEnumerable<StoredEvent> ReadSiteAsync(IEventStore store, SiteId site, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = await store.ReadSiteAsync(site, after, PageSize, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page)
            {
                yield return stored;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            var last = page[^1].Position;
            if (last <= after)
            {
                throw new InvalidOperationException($"The store {store.GetType().Name} returned site {site}'s events after position {after} ending at position {last}: positions must rise.");
            }

            after = last;
        }
    }

    private static void CheckWritable(Stream output)
    {
        if (!Preconditions.CheckNotNull(output).CanWrite)
        {
            throw new ArgumentException("output: the stream cannot be written to.", nameof(output));
        }
    }

    /// <summary>Formats lines into a growing block that is copied to the stream now and then.</summary>
    private sealed class LineWriter(EventSerializer serializer) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _block = new(FlushThreshold + 4096);
        private readonly Utf8JsonWriter _json = new(Stream.Null, WriterOptions);

        internal long Count { get; private set; }

        internal int Pending => _block.WrittenCount;

        internal void Append(StoredEvent? stored, string paramName)
        {
            if (stored is null)
            {
                throw new ArgumentNullException(paramName, $"{paramName}: the event at index {Count} is null.");
            }

            var info = EventTypeRegistry.Of(stored.Event.GetType());
            var payload = serializer.Serialize(stored.Event);
            _json.Reset(_block);
            _json.WriteStartObject();
            _json.WriteString(EventJsonLinesFields.SiteName, stored.Site.Value);
            _json.WriteString(EventJsonLinesFields.StreamName, stored.StreamId);
            _json.WriteNumber(EventJsonLinesFields.VersionName, stored.Version);
            _json.WriteNumber(EventJsonLinesFields.PositionName, stored.Position);
            _json.WriteString(EventJsonLinesFields.TypeName, info.Name);
            _json.WriteNumber(EventJsonLinesFields.SchemaName, info.SchemaVersion);
            _json.WritePropertyName(EventJsonLinesFields.PayloadName);
            _json.WriteRawValue(payload, skipInputValidation: true);
            _json.WriteEndObject();
            _json.Flush();
            _block.GetSpan(1)[0] = (byte)'\n';
            _block.Advance(1);
            Count++;
        }

        internal void CopyTo(Stream output)
        {
            output.Write(_block.WrittenSpan);
            _block.ResetWrittenCount();
        }

        internal async ValueTask CopyToAsync(Stream output, CancellationToken cancellationToken)
        {
            await output.WriteAsync(_block.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _block.ResetWrittenCount();
        }

        public void Dispose() => _json.Dispose();
    }
}
