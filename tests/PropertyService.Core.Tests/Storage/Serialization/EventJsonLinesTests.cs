using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyService.Repairs;

namespace PropertyService.Storage.Serialization;

/// <summary>
/// The event export format: one stored event on each line, its payload embedded exactly as <see cref="EventSerializer"/>
/// writes it; every event reads back as it was written.
/// </summary>
public sealed partial class EventJsonLinesTests
{
    /// <summary>Events of every registered type, at random sites and positions.</summary>
    private static readonly Gen<StoredEvent[]> Histories =
        from n in Gen.Choose(0, 12)
        from events in EventGenerators.Any.ArrayOf(n)
        from sites in EventGenerators.Site.ArrayOf(n)
        from positions in Position.ArrayOf(n)
        select events.Select((e, i) => Stored(e, sites[i], positions[i])).ToArray();

    private static Gen<long> Position =>
        from high in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 1 << 20)))
        from low in Gen.Choose(1, int.MaxValue)
        select ((long)high << 31) | (uint)low;

    [Property(MaxTest = 300)]
    public Property Every_event_of_every_type_reads_back_the_same_in_blocks_of_any_size() =>
        Prop.ForAll(Histories.ToArbitrary(), Gen.Choose(1, 97).ToArbitrary(), (history, block) =>
        {
            var bytes = Export(history);
            var lines = EventJsonLines.Read(new TrickleStream(bytes, block)).ToList();
            Assert.Equal(history.Length, lines.Count);
            for (var i = 0; i < history.Length; i++)
            {
                SameLine(history[i], lines[i], i + 1);
            }

            // Written again from what was read: the same bytes.
            Assert.Equal(bytes, Export(lines.Select(l => Stored(l.Event, l.Site, l.Position))));
        });

    [Property(MaxTest = 100)]
    public Property Reading_asynchronously_gives_the_same_lines() =>
        Prop.ForAll(Histories.ToArbitrary(), Gen.Choose(1, 97).ToArbitrary(), (history, block) =>
        {
            var bytes = Export(history);
            var lines = EventJsonLines.ReadAsync(new TrickleStream(bytes, block)).ToBlockingEnumerable().ToList();
            Assert.Equal(history.Length, lines.Count);
            for (var i = 0; i < history.Length; i++)
            {
                SameLine(history[i], lines[i], i + 1);
            }
        });

    [Property(MaxTest = 100)]
    public Property Each_line_is_one_compact_object_with_the_fields_in_order_and_the_payload_embedded_as_it_is_stored() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var text = Encoding.UTF8.GetString(Export(history));
            Assert.True(history.Length == 0 ? text.Length == 0 : text.EndsWith('\n'), "every line ends with a line break");
            var lines = text.Split('\n')[..^1];
            Assert.Equal(history.Length, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                var stored = history[i];
                var info = EventTypeRegistry.Of(stored.Event.GetType());
                var payload = Encoding.UTF8.GetString(EventSerializer.Default.Serialize(stored.Event));
                var head = $"{{\"site\":{Json(stored.Site.Value)},\"stream\":{Json(stored.StreamId)},\"version\":{stored.Version},\"position\":{stored.Position},\"type\":\"{info.Name}\",\"schema\":{info.SchemaVersion},\"payload\":";
                Assert.Equal(head + payload + "}", lines[i]);
                using var document = JsonDocument.Parse(lines[i]);
                Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("payload").ValueKind);
            }
        });

    [Fact]
    public void A_reported_repair_is_exported_as_the_documented_line()
    {
        var bytes = Export([Stored(Samples.Reported, Samples.Site, 42)]);
        Assert.Equal(
            $$"""{"site":"SZ-01","stream":"RT-1","version":1,"position":42,"type":"repair.reported","schema":1,"payload":{{Samples.ReportedJson}}}""" + "\n",
            Encoding.UTF8.GetString(bytes));
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "no byte order mark");
    }

    [Fact]
    public void Nothing_exported_is_an_empty_file_and_an_empty_file_reads_as_no_lines()
    {
        Assert.Empty(Export([]));
        Assert.Empty(EventJsonLines.Read(new MemoryStream()));
    }

    [Fact]
    public void An_event_stored_at_an_older_schema_is_exported_at_the_current_one()
    {
        // A store hands out events upgraded on reading; the export writes them as the library writes them now.
        var upgraded = new StoredEvent(Samples.Site, 3, Samples.ContactLogged, schemaVersion: 1, HashChain.Genesis, HashChain.Genesis);
        var line = Encoding.UTF8.GetString(Export([upgraded]));
        Assert.Contains("\"type\":\"shift.contact-logged\",\"schema\":2,\"payload\":" + Samples.ContactLoggedJson + "}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_an_older_schema_is_upgraded_through_the_serializers_upcasters()
    {
        var v1 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", "Serialization", "Fixtures", "shift.contact-logged.v1.json")).Trim();
        var text = $$"""{"site":"SZ-01","stream":"DL-SZ-01","version":12,"position":7,"type":"shift.contact-logged","schema":1,"payload":{{v1}}}""";
        var line = Assert.Single(EventJsonLines.Read(Utf8(text)));
        Assert.Equal((1, "shift.contact-logged", 7L, 1L), (line.SchemaVersion, line.TypeName, line.Position, line.LineNumber));
        var e = Assert.IsType<Shifts.ContactLogged>(line.Event);
        Assert.Equal(("DL-SZ-01", 12, "Night"), (e.AggregateId, e.Version, e.ShiftName));
    }

    [Fact]
    public void Line_breaks_may_be_crlf_the_last_may_be_missing_and_a_byte_order_mark_is_skipped()
    {
        var lf = Export([Stored(Samples.Reported, Samples.Site, 1), Stored(Samples.QuoteAccepted, Samples.Site, 2)]);
        var text = Encoding.UTF8.GetString(lf);
        var variants = new[]
        {
            text.Replace("\n", "\r\n", StringComparison.Ordinal),
            text.TrimEnd('\n'),
            "\uFEFF" + text,
        };
        foreach (var variant in variants)
        {
            var lines = EventJsonLines.Read(Utf8(variant)).ToList();
            Assert.Equal([1L, 2L], lines.Select(l => l.Position));
            Assert.Equal([1L, 2L], lines.Select(l => l.LineNumber));
            Assert.Equal(lf, Export(lines.Select(l => Stored(l.Event, l.Site, l.Position))));
        }
    }

    [Fact]
    public async Task A_site_exported_from_a_store_reads_back_as_the_store_holds_it_page_after_page()
    {
        // 180 tickets of 7 events, at two sites, their commands interleaved: 1,260 events at SZ-01, more than a page.
        var store = new InMemoryEventStore();
        var other = new Actor("O9", "外站客服", new SiteId("GZ-02"), Role.Officer);
        var f = new RepairFixture();
        var tickets = new List<RepairTicket>();
        for (var i = 0; i < 180; i++)
        {
            var (ticket, events) = RepairTicket.Report($"RT-{i}", RepairFixture.Request("S-01"), RepairFixture.Officer, f.Now).Value;
            await store.AppendAsync(RepairFixture.Site, ticket.Id, 0, events);
            tickets.Add(ticket);
            var (foreign, foreignEvents) = RepairTicket.Report($"RT-{i}", RepairFixture.Request("S-01"), other, f.Now).Value;
            await store.AppendAsync(other.Site, foreign.Id, 0, foreignEvents);
        }

        var steps = new Func<RepairTicket, Result<IReadOnlyList<DomainEvent>>>[]
        {
            t => t.IssueWorkOrder(RepairFixture.Officer, f.Numbers, f.Now),
            t => t.NotifyEngineering(RepairFixture.Officer, f.Now),
            t => t.Collect(RepairFixture.EngineeringSupervisor, t.CreateQuoteRequest(RepairFixture.Zone), f.Fees, f.Now),
            t => t.Assign(RepairFixture.EngineeringSupervisor, RepairFixture.Technician, f.Now),
            t => t.Arrive(RepairFixture.Technician, f.Now),
            t => t.CompleteWork(RepairFixture.Technician, "Replaced the washer", f.Now),
        };
        foreach (var step in steps)
        {
            foreach (var ticket in tickets)
            {
                var version = ticket.Version;
                await store.AppendAsync(RepairFixture.Site, ticket.Id, version, RepairFixture.Ok(step(ticket)));
            }
        }

        using var output = new MemoryStream();
        var written = await EventJsonLines.ExportSiteAsync(store, RepairFixture.Site, output);

        var expected = await store.ReadSiteAsync(RepairFixture.Site, 0, 10_000);
        Assert.Equal(1260, expected.Count);
        Assert.Equal(expected.Count, written);
        output.Position = 0;
        var lines = EventJsonLines.Read(output).ToList();
        Assert.Equal(expected.Count, lines.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            SameLine(expected[i], lines[i], i + 1);
        }

        Assert.All(lines, l => Assert.Equal(RepairFixture.Site, l.Site));
        Assert.True(output.CanRead, "the stream is left open");
    }

    [Fact]
    public async Task Writing_synchronously_and_asynchronously_gives_the_same_bytes()
    {
        var history = Histories.Sample(10, 1)[0].Concat(Histories.Sample(10, 1)[0]).ToArray();
        using var output = new MemoryStream();
        Assert.Equal(history.Length, await EventJsonLines.WriteAsync(output, history.ToAsyncEnumerable()));
        Assert.Equal(Export(history), output.ToArray());
    }

    [Fact]
    public async Task An_export_of_a_site_the_store_does_not_have_is_empty()
    {
        using var output = new MemoryStream();
        Assert.Equal(0, await EventJsonLines.ExportSiteAsync(new InMemoryEventStore(), new SiteId("NONE"), output));
        Assert.Equal(0, output.Length);
    }

    internal static StoredEvent Stored(DomainEvent e, SiteId site, long position) =>
        new(site, position, e, EventTypeRegistry.Of(e.GetType()).SchemaVersion, HashChain.Genesis, HashChain.Genesis);

    internal static byte[] Export(IEnumerable<StoredEvent> events)
    {
        using var output = new MemoryStream();
        var list = events.ToList();
        Assert.Equal(list.Count, EventJsonLines.Write(output, list));
        return output.ToArray();
    }

    internal static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Json(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The line holds the stored event: its site, stream, version, position, type, the payload's schema, the same event.</summary>
    private static void SameLine(StoredEvent expected, StoredEventLine actual, long lineNumber)
    {
        var info = EventTypeRegistry.Of(expected.Event.GetType());
        Assert.Equal(
            (expected.Site, expected.StreamId, expected.Version, expected.Position, info.Name, info.SchemaVersion, lineNumber),
            (actual.Site, actual.StreamId, actual.Version, actual.Position, actual.TypeName, actual.SchemaVersion, actual.LineNumber));
        EventAssert.SameState(expected.Event, actual.Event);
        Assert.Equal(EventSerializer.Default.Serialize(expected.Event), EventSerializer.Default.Serialize(actual.Event));
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a network stream may.</summary>
    internal sealed class TrickleStream(byte[] bytes, int block) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, block));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, block)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, block)], cancellationToken);
    }
}
