using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PropertyService.HelpRequests;
using PropertyService.Repairs;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Every event is written as compact, deterministic JSON and reads back as the same event.</summary>
public sealed partial class EventSerializerTests
{
    private static readonly EventSerializer Serializer = EventSerializer.Default;

    [Property(MaxTest = 2000)]
    public Property Every_event_reads_back_the_same_and_writes_the_same_bytes_again() =>
        Prop.ForAll(EventGenerators.Any.ToArbitrary(), e =>
        {
            RoundTrip(e);
            return true;
        });

    [Fact]
    public void The_generators_cover_every_registered_event_type_and_each_round_trips()
    {
        // A new event type fails here until it has a generator, and so a round-trip test.
        Assert.Equal(
            EventTypeRegistry.All.Select(i => i.Type.FullName).Order(StringComparer.Ordinal),
            EventGenerators.ByType.Keys.Select(t => t.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(54, EventGenerators.ByType.Count);
        foreach (var (type, gen) in EventGenerators.ByType)
        {
            var samples = gen.Sample(20, 25);
            Assert.All(samples, e => Assert.IsType(type, e));
            Assert.All(samples, e => RoundTrip(e));
        }
    }

    [Fact]
    public void Events_whose_values_all_compare_by_value_are_equal_after_the_round_trip()
    {
        // The round trip asserts Equals for these; the others (a quote or a list inside) are compared field by field.
        var byValue = EventTypeRegistry.All.Where(i => EventAssert.HasValueEquality(i.Type)).Select(i => i.Type.Name).ToList();
        Assert.Equal(46, byValue.Count);
        Assert.Contains(nameof(HelpRequestContactRecorded), byValue);
        Assert.DoesNotContain(nameof(RepairReported), byValue);
        Assert.DoesNotContain(nameof(QuoteAccepted), byValue);
        Assert.DoesNotContain(nameof(ItemsHandedOver), byValue);
    }

    [Property(MaxTest = 150)]
    public Property Histories_of_random_repair_tickets_read_back_the_same() =>
        Prop.ForAll(Repairs.RepairTicketModelTests.Steps.ToArbitrary(), steps =>
        {
            foreach (var e in Repairs.RepairTicketModelTests.Run(steps).Events)
            {
                RoundTrip(e);
            }

            return true;
        });

    [Property(MaxTest = 150)]
    public Property Histories_of_random_help_requests_read_back_the_same() =>
        Prop.ForAll(HelpRequests.HelpRequestModelTests.Scenarios.ToArbitrary(), scenario =>
        {
            foreach (var e in HelpRequests.HelpRequestModelTests.Run(scenario))
            {
                RoundTrip(e);
            }

            return true;
        });

    [Property(MaxTest = 150)]
    public Property Histories_of_random_shift_handovers_read_back_the_same() =>
        Prop.ForAll(Shifts.ShiftHandoverModelTests.Scenarios.ToArbitrary(), scenario =>
        {
            foreach (var e in Shifts.ShiftHandoverModelTests.Run(scenario))
            {
                RoundTrip(e);
            }

            return true;
        });

    [Fact]
    public void A_reported_repair_is_stored_as_compact_camel_case_json_with_chinese_unescaped()
    {
        var json = Encoding.UTF8.GetString(Serializer.Serialize(Samples.Reported));
        Assert.Equal(Samples.ReportedJson, json);
    }

    [Fact]
    public void A_logged_contact_is_stored_at_version_2_with_its_log_book_and_shift_as_one_value()
    {
        Assert.Equal(2, EventTypeRegistry.Of(typeof(ContactLogged)).SchemaVersion);
        Assert.Equal(Samples.ContactLoggedJson, Encoding.UTF8.GetString(Serializer.Serialize(Samples.ContactLogged)));
        var none = new ContactLogged("DL-1", 1, Samples.At, Samples.Officer, "N-1", LogBook.ContactRegister, null, null, ContactKind.Visit, ContactCategory.Help, "x", "y");
        Assert.Contains("\"shift\":null", Encoding.UTF8.GetString(Serializer.Serialize(none)), StringComparison.Ordinal);
        RoundTrip(none);
    }

    [Fact]
    public void Computed_properties_are_not_stored()
    {
        var json = Encoding.UTF8.GetString(Serializer.Serialize(Samples.Reported));
        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["aggregateId", "version", "occurredAt", "actor", "request", "site", "logBook"], names);

        var collected = new WorkOrderCollected("RT-1", 4, Samples.At, Samples.Officer, Samples.Quote.Request, null);
        using var collectedJson = JsonDocument.Parse(Serializer.Serialize(collected));
        Assert.False(collectedJson.RootElement.TryGetProperty("requiresAssessment", out _));
    }

    [Fact]
    public void Init_only_properties_beyond_the_constructor_are_stored_and_read_back()
    {
        var fixedAtNight = new RepairFixedAtNight("RT-1", 3, Samples.At, Samples.Technician, "washer") { Quote = Samples.Quote };
        var back = Assert.IsType<RepairFixedAtNight>(RoundTrip(fixedAtNight));
        Assert.NotNull(back.Quote);
        var followedUp = new RepairFollowedUp("RT-1", 9, Samples.At, Samples.Officer, Satisfaction.Dissatisfied, "still drips") { ComplaintId = "C-7" };
        Assert.Equal("C-7", Assert.IsType<RepairFollowedUp>(RoundTrip(followedUp)).ComplaintId);
    }

    [Fact]
    public void Everything_of_an_actor_is_stored_although_its_equality_ignores_name_and_roles()
    {
        var renamed = new Actor(Samples.Officer.Id, "另一个名字", Samples.Officer.Site, Role.Officer, Role.ServiceSupervisor);
        var e = new HelpRequestClosed("HR-1", 2, Samples.At, renamed);
        Assert.Equal(e, new HelpRequestClosed("HR-1", 2, Samples.At, Samples.Officer)); // equal as events...
        Assert.NotEqual(Serializer.Serialize(e), Serializer.Serialize(new HelpRequestClosed("HR-1", 2, Samples.At, Samples.Officer))); // ...not as stored
        var back = RoundTrip(e);
        Assert.Equal("另一个名字", back.Actor.DisplayName);
        Assert.Equal([Role.Officer, Role.ServiceSupervisor], back.Actor.Roles);
    }

    [Fact]
    public void Money_keeps_its_scale_and_times_keep_their_nanoseconds()
    {
        var tool = new Tool("T-1", "扳手", new Money(12.50m, "CNY"));
        var at = Instant.FromUtc(2026, 11, 27, 2, 0) + Duration.FromNanoseconds(123_456_789);
        var e = new ToolsCounted("DL-1", 1, at, Samples.Officer, [tool, new Tool("T-2", "钳子", new Money(12.5m))], [], [], []);
        var json = Encoding.UTF8.GetString(Serializer.Serialize(e));
        Assert.Contains("\"occurredAt\":\"2026-11-27T02:00:00.123456789Z\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"amount\":12.50,\"currency\":\"CNY\"}", json, StringComparison.Ordinal);
        Assert.Contains("{\"amount\":12.5,\"currency\":\"CNY\"}", json, StringComparison.Ordinal);
        var back = Assert.IsType<ToolsCounted>(RoundTrip(e));
        Assert.Equal(2, back.Expected[0].ReplacementPrice.Amount.Scale);
        Assert.Equal(1, back.Expected[1].ReplacementPrice.Amount.Scale);
    }

    [Fact]
    public void Serialize_refuses_what_it_cannot_store_faithfully()
    {
        Assert.Throws<ArgumentNullException>(() => Serializer.Serialize(null!));
        var unregistered = Assert.Throws<ArgumentException>(() => Serializer.Serialize(new Unregistered("X-1", 1, Samples.At, Samples.Officer)));
        Assert.Contains("not a registered event type", unregistered.Message, StringComparison.Ordinal);

        // A request is built without checks (the ticket checks it), so it can hold an undefined enum value.
        var bad = new RepairReported(
            "RT-1", 1, Samples.At, Samples.Officer, new RepairRequest((RepairChannel)9, null, default, null, RepairCategory.Unit, "x"), Samples.Site, LogBook.ContactRegister);
        Assert.Contains("undefined value 9 for RepairChannel", Assert.ThrowsAny<ArgumentException>(() => Serializer.Serialize(bad)).Message, StringComparison.Ordinal);

        // UTF-8 has no unpaired surrogate: it would be stored as U+FFFD and read back changed.
        var surrogate = new RepairCancelled("RT-1", 2, Samples.At, Samples.Officer, "broken \uD800 text");
        Assert.Contains("unpaired UTF-16 surrogate", Assert.Throws<ArgumentException>(() => Serializer.Serialize(surrogate)).Message, StringComparison.Ordinal);
        RoundTrip(new RepairCancelled("RT-1", 2, Samples.At, Samples.Officer, "paired 😀 and \uFFFD"));
    }

    [Fact]
    public void The_default_serializer_is_one_instance_and_any_serializer_gives_the_same_bytes()
    {
        Assert.Same(EventSerializer.Default, EventSerializer.Default);
        Assert.Equal(EventSerializer.Default.Serialize(Samples.Reported), new EventSerializer([]).Serialize(Samples.Reported));
    }

    [Fact]
    public void Many_threads_serialize_and_deserialize_at_once()
    {
        var events = EventGenerators.Any.Sample(10, 400);
        var expected = events.Select(e => EventSerializer.Default.Serialize(e)).ToArray();
        var serializer = new EventSerializer([]);
        Parallel.For(0, events.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var info = EventTypeRegistry.Of(events[i].GetType());
            var back = serializer.Deserialize(info.Name, info.SchemaVersion, serializer.Serialize(events[i]));
            Assert.Equal(expected[i], serializer.Serialize(back));
        });
    }

    /// <summary>Serializes twice (same bytes), reads back (same state, and equal where the event compares by value), writes again (same bytes).</summary>
    internal static DomainEvent RoundTrip(DomainEvent e)
    {
        var info = EventTypeRegistry.Of(e.GetType());
        var bytes = Serializer.Serialize(e);
        Assert.Equal(bytes, Serializer.Serialize(e));
        AssertCompact(bytes);

        var back = Serializer.Deserialize(info.Name, info.SchemaVersion, bytes);
        EventAssert.SameState(e, back);
        if (EventAssert.HasValueEquality(e.GetType()))
        {
            Assert.Equal(e, back);
        }

        Assert.Equal(bytes, Serializer.Serialize(back));
        return back;
    }

    // Compact: writing the parsed document again (no indentation, the same escaping) gives the same bytes.
    private static void AssertCompact(byte[] bytes)
    {
        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "no byte order mark");
        using var document = JsonDocument.Parse(bytes);
        var rewritten = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(rewritten, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(rewritten.WrittenSpan));
        Assert.All(document.RootElement.EnumerateObject(), p => Assert.True(char.IsLower(p.Name[0]), $"{p.Name} is camelCase"));
    }

    /// <summary>An event type the library does not register.</summary>
    public sealed record Unregistered(string AggregateId, int Version, Instant OccurredAt, Actor Actor)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);
}
