using System.Text;
using System.Text.Json.Nodes;

namespace PropertyService.Storage.Serialization;

/// <summary>A bad line is refused with an <see cref="EventJsonLinesFormatException"/> that names its line and field.</summary>
public sealed partial class EventJsonLinesTests
{
    /// <summary>Two good lines; the tests change the second.</summary>
    private static readonly string[] Good =
        Encoding.UTF8.GetString(Export([Stored(Samples.Reported, Samples.Site, 1), Stored(Samples.QuoteAccepted, Samples.Site, 2)])).Split('\n')[..^1];

    public static TheoryData<string> Fields => [.. new[] { "site", "stream", "version", "position", "type", "schema", "payload" }];

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_line_without_a_field_is_refused_naming_the_line_and_the_field(string field)
    {
        var e = Refused(Second(o => o.Remove(field)), field);
        Assert.Contains("is missing", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_field_given_twice_is_refused(string field)
    {
        var line = Good[1][..^1] + $",\"{field}\":1}}";
        var e = Refused(line, field);
        Assert.Contains("given twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_the_format_does_not_have_is_refused_naming_it()
    {
        var e = Refused(Second(o => o["hash"] = "00"), "hash");
        Assert.Contains("site, stream, version, position, type, schema, payload", e.Message, StringComparison.Ordinal);
        Refused(Second(o => { o.Remove("site"); o["Site"] = "SZ-01"; }), "Site"); // names are case-sensitive
    }

    [Theory]
    [InlineData("site", "12")]
    [InlineData("site", "\"  \"")]
    [InlineData("site", "null")]
    [InlineData("stream", "[\"RT-1\"]")]
    [InlineData("stream", "\"\"")]
    [InlineData("version", "\"6\"")]
    [InlineData("version", "0")]
    [InlineData("version", "-6")]
    [InlineData("version", "6.5")]
    [InlineData("version", "2147483648")]
    [InlineData("position", "0")]
    [InlineData("position", "9223372036854775808")]
    [InlineData("position", "true")]
    [InlineData("type", "\" \"")]
    [InlineData("type", "{}")]
    [InlineData("schema", "0")]
    [InlineData("schema", "1e0")]
    [InlineData("payload", "null")]
    [InlineData("payload", "\"{\\\"aggregateId\\\":\\\"RT-1\\\"}\"")] // the payload as a string, encoded again: not the format
    [InlineData("payload", "[]")]
    public void A_value_of_the_wrong_kind_or_out_of_range_is_refused_naming_the_field(string field, string value)
    {
        var e = Refused(Second(o => o[field] = JsonNode.Parse(value)), field);
        Assert.StartsWith($"Line 2, field \"{field}\": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_that_does_not_deserialize_names_the_line_and_wraps_the_serialization_failure()
    {
        var missing = Refused(Second(o => o["payload"]!.AsObject().Remove("purpose")), "payload");
        var inner = Assert.IsType<EventSerializationException>(missing.InnerException);
        Assert.Equal(EventSerializationFailure.Malformed, inner.Reason);
        Assert.Contains(inner.Message, missing.Message, StringComparison.Ordinal);

        var invalid = Refused(Second(o => o["payload"]!["purpose"] = "Whatever"), "payload");
        Assert.Equal(EventSerializationFailure.Invalid, Assert.IsType<EventSerializationException>(invalid.InnerException).Reason);
    }

    [Fact]
    public void An_unknown_type_is_the_type_fields_fault_and_a_newer_schema_the_schema_fields()
    {
        var unknown = Refused(Second(o => o["type"] = "repair.teleported"), "type");
        Assert.Equal(EventSerializationFailure.UnknownType, Assert.IsType<EventSerializationException>(unknown.InnerException).Reason);

        var newer = Refused(Second(o => o["schema"] = 9), "schema");
        Assert.Equal(EventSerializationFailure.NewerSchema, Assert.IsType<EventSerializationException>(newer.InnerException).Reason);

        // The type of another event than the payload's: the payload does not have that type's fields.
        var other = Refused(Second(o => o["type"] = "repair.reported"), "payload");
        Assert.Equal(EventSerializationFailure.Malformed, Assert.IsType<EventSerializationException>(other.InnerException).Reason);
    }

    [Fact]
    public void A_stream_or_version_that_is_not_the_payloads_is_refused()
    {
        var stream = Refused(Second(o => o["stream"] = "RT-2"), "stream");
        Assert.Contains("\"RT-2\", but the payload's event belongs to \"RT-1\"", stream.Message, StringComparison.Ordinal);
        var version = Refused(Second(o => o["version"] = 5), "version");
        Assert.Contains("is 5, but the payload's event has version 6", version.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData("\r")]
    public void An_empty_line_is_refused_even_at_the_end(string blank)
    {
        var e = Refused(blank, null);
        Assert.Contains("Line 2 is empty", e.Message, StringComparison.Ordinal);

        // Between two good lines, and as an extra line break at the end of the file.
        Assert.Equal(2, Assert.Throws<EventJsonLinesFormatException>(() => EventJsonLines.Read(Utf8($"{Good[0]}\n{blank}\n{Good[1]}\n")).ToList()).LineNumber);
        Assert.Equal(3, Assert.Throws<EventJsonLinesFormatException>(() => EventJsonLines.Read(Utf8($"{Good[0]}\n{Good[1]}\n{blank}\n")).ToList()).LineNumber);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"site\":\"SZ-01\"")]
    public void A_line_that_is_not_a_json_object_is_refused_naming_the_line(string line)
    {
        var e = Refused(line, null);
        Assert.StartsWith("Line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_after_the_object_on_its_line_is_refused()
    {
        Refused(Good[1] + " {}", null);
        Refused(Good[1] + Good[1], null); // two lines run together
        Assert.Single(EventJsonLines.Read(Utf8(Good[1] + "  \t")));
    }

    [Fact]
    public void A_line_cut_short_inside_its_payload_names_the_payload()
    {
        var cut = Good[1][..(Good[1].IndexOf("\"quote\"", StringComparison.Ordinal) + 12)];
        var e = Refused(cut, "payload");
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e.InnerException);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_naming_the_field()
    {
        var bytes = Encoding.UTF8.GetBytes(Good[0] + "\n" + Good[1].Replace("\"site\":\"SZ-01\"", "\"site\":\"SZ-\u00FF\"", StringComparison.Ordinal) + "\n");
        var at = bytes.AsSpan().IndexOf("SZ-\u00FF"u8);
        bytes[at + 3] = 0xFF; // a lone byte that no UTF-8 text has
        bytes[at + 4] = (byte)'1';
        var e = Assert.Throws<EventJsonLinesFormatException>(() => EventJsonLines.Read(new MemoryStream(bytes)).ToList());
        Assert.Equal((2L, "site"), (e.LineNumber, e.Field));
    }

    [Fact]
    public void Lines_before_a_bad_one_are_handed_out_as_they_are_read()
    {
        using var lines = EventJsonLines.Read(Utf8($"{Good[0]}\n{Good[1]}\nbad\n{Good[1]}\n")).GetEnumerator();
        Assert.True(lines.MoveNext());
        Assert.True(lines.MoveNext());
        Assert.Equal(2, lines.Current.LineNumber);
        var e = Assert.Throws<EventJsonLinesFormatException>(() => lines.MoveNext());
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void A_line_longer_than_16_MiB_is_refused_without_reading_on()
    {
        var bytes = new byte[17 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)' ');
        var e = Assert.Throws<EventJsonLinesFormatException>(() => EventJsonLines.Read(new MemoryStream(bytes)).ToList());
        Assert.Equal((1L, null), (e.LineNumber, e.Field));
        Assert.Contains("16 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_line_longer_than_16_MiB_is_refused_even_when_it_arrives_in_one_read()
    {
        var bytes = new byte[(16 * 1024 * 1024) + 2];
        bytes.AsSpan().Fill((byte)' ');
        bytes[^1] = (byte)'\n';
        var e = Assert.Throws<EventJsonLinesFormatException>(() => EventJsonLines.Read(new MemoryStream(bytes)).ToList());
        Assert.Equal((1L, null), (e.LineNumber, e.Field));
        Assert.Contains("16 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_asynchronously_refuses_the_same_lines_and_can_be_cancelled()
    {
        var e = await Assert.ThrowsAsync<EventJsonLinesFormatException>(async () =>
        {
            await foreach (var _ in EventJsonLines.ReadAsync(Utf8($"{Good[0]}\n\n")))
            {
            }
        });
        Assert.Equal(2, e.LineNumber);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in EventJsonLines.ReadAsync(Utf8(Good[0]), cancellationToken: cancelled.Token))
            {
            }
        });
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_read_or_written()
    {
        var unreadable = new MemoryStream();
        unreadable.Dispose();
        Assert.Throws<ArgumentNullException>(() => EventJsonLines.Read(null!));
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => EventJsonLines.Read(unreadable)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => EventJsonLines.ReadAsync(unreadable)).ParamName);
        Assert.Throws<ArgumentNullException>(() => EventJsonLines.Write(null!, []));
        Assert.Throws<ArgumentNullException>(() => EventJsonLines.Write(new MemoryStream(), null!));
        Assert.Equal("output", Assert.Throws<ArgumentException>(() => EventJsonLines.Write(new MemoryStream([], writable: false), [])).ParamName);

        // The asynchronous methods refuse them when called, not when awaited.
        Assert.Throws<ArgumentNullException>(() => { _ = EventJsonLines.WriteAsync(new MemoryStream(), null!); });
        Assert.Throws<ArgumentNullException>(() => { _ = EventJsonLines.ExportSiteAsync(null!, Samples.Site, new MemoryStream()); });
        Assert.Equal("site", Assert.Throws<ArgumentException>(() => { _ = EventJsonLines.ExportSiteAsync(new InMemoryEventStore(), default, new MemoryStream()); }).ParamName);

        var withNull = Assert.Throws<ArgumentNullException>(() => EventJsonLines.Write(new MemoryStream(), [Stored(Samples.Reported, Samples.Site, 1), null!]));
        Assert.Contains("index 1", withNull.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            EventJsonLines.ExportSiteAsync(new InMemoryEventStore(), Samples.Site, new MemoryStream(), cancellationToken: new CancellationToken(canceled: true)));
    }

    /// <summary>Reads the first good line and then <paramref name="second"/>; asserts the failure is on line 2 and names <paramref name="field"/>.</summary>
    private static EventJsonLinesFormatException Refused(string second, string? field)
    {
        var input = Utf8($"{Good[0]}\n{second}\n");
        var read = 0;
        var e = Assert.Throws<EventJsonLinesFormatException>(() =>
        {
            foreach (var _ in EventJsonLines.Read(input))
            {
                read++;
            }
        });
        Assert.Equal(1, read);
        Assert.Equal((2L, field), (e.LineNumber, e.Field));
        Assert.StartsWith(field is null ? "Line 2" : $"Line 2, field \"{field}\"", e.Message, StringComparison.Ordinal);
        return e;
    }

    /// <summary>The second good line, changed.</summary>
    private static string Second(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Good[1])!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
