using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using PropertyService.Shifts;

namespace PropertyService.Storage.Serialization;

/// <summary>Payloads of older schema versions are upgraded by upcasters, the built-in ones and those given to the constructor.</summary>
public sealed partial class EventSerializerTests
{
    private const string ContactLoggedV2 =
        """{"aggregateId":"DL-SZ-01","version":12,"occurredAt":"2026-03-02T15:40:00Z","actor":{"id":"T07","displayName":"陈师傅","site":"SZ-01","roles":["Technician"]},"entryId":"N-3","logBook":"NightDutyLog","shift":{"name":"Night","date":"2026-03-02"},"kind":"Call","category":"Repair","from":"李先生 5-1-0803","summary":"卫生间漏水 water leaking in the bathroom"}""";

    private static byte[] Fixture(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Storage", "Serialization", "Fixtures", file));

    [Fact]
    public void A_stored_version_1_contact_logged_reads_as_the_same_contact_and_is_written_again_at_version_2()
    {
        var e = Assert.IsType<ContactLogged>(Serializer.Deserialize(ContactLogged, 1, Fixture("shift.contact-logged.v1.json")));

        Assert.Equal(("DL-SZ-01", 12, Instant.FromUtc(2026, 3, 2, 15, 40)), (e.AggregateId, e.Version, e.OccurredAt));
        Assert.Equal(("T07", "陈师傅", new SiteId("SZ-01"), Role.Technician), (e.Actor.Id, e.Actor.DisplayName, e.Actor.Site, Assert.Single(e.Actor.Roles)));
        Assert.Equal(("N-3", LogBook.NightDutyLog, "Night", new LocalDate(2026, 3, 2)), (e.EntryId, e.Book, e.ShiftName, e.ShiftDate));
        Assert.Equal((ContactKind.Call, ContactCategory.Repair, "李先生 5-1-0803", "卫生间漏水 water leaking in the bathroom"), (e.Kind, e.Category, e.From, e.Summary));
        Assert.Equal(ContactLoggedV2, Encoding.UTF8.GetString(Serializer.Serialize(e)));
        Assert.Equal(e, Serializer.Deserialize(ContactLogged, 2, Encoding.UTF8.GetBytes(ContactLoggedV2)));
    }

    [Fact]
    public void A_version_1_contact_logged_outside_any_shift_reads_with_no_shift()
    {
        var v1 = JsonNode.Parse(Fixture("shift.contact-logged.v1.json"))!.AsObject();
        v1["book"] = "ContactRegister";
        v1["shiftName"] = null;
        v1["shiftDate"] = null;
        var e = Assert.IsType<ContactLogged>(Serializer.Deserialize(ContactLogged, 1, Encoding.UTF8.GetBytes(v1.ToJsonString())));
        Assert.Equal((LogBook.ContactRegister, null, null), (e.Book, e.ShiftName, e.ShiftDate));
        Assert.Contains("\"logBook\":\"ContactRegister\",\"shift\":null,", Encoding.UTF8.GetString(Serializer.Serialize(e)), StringComparison.Ordinal);

        // Fields left out read as null too.
        v1.Remove("shiftName");
        v1.Remove("shiftDate");
        Assert.Null(Assert.IsType<ContactLogged>(Serializer.Deserialize(ContactLogged, 1, Encoding.UTF8.GetBytes(v1.ToJsonString()))).ShiftName);
    }

    [Fact]
    public void A_version_1_contact_logged_that_the_event_or_the_format_refuses_is_Invalid_or_Malformed()
    {
        byte[] V1(Action<JsonObject> change)
        {
            var v1 = JsonNode.Parse(Fixture("shift.contact-logged.v1.json"))!.AsObject();
            change(v1);
            return Encoding.UTF8.GetBytes(v1.ToJsonString());
        }

        Refused(ContactLogged, 1, V1(o => o["shiftDate"] = null), EventSerializationFailure.Invalid);
        Refused(ContactLogged, 1, V1(o => o.Remove("shiftName")), EventSerializationFailure.Invalid);
        Refused(ContactLogged, 1, V1(o => o["book"] = "Diary"), EventSerializationFailure.Invalid);
        Refused(ContactLogged, 1, V1(o => o.Remove("book")), EventSerializationFailure.Malformed);
        Refused(ContactLogged, 1, V1(o => o["logBook"] = "NightDutyLog"), EventSerializationFailure.Malformed); // "book" and "logBook" both
        Refused(ContactLogged, 1, "[1, 2]"u8.ToArray(), EventSerializationFailure.Malformed);
        Refused(ContactLogged, 1, "{\"a\":1,\"a\":2}"u8.ToArray(), EventSerializationFailure.Malformed);
        var bytes = Fixture("shift.contact-logged.v1.json").AsSpan().TrimEnd("\r\n"u8).ToArray(); // the file ends with a line break
        for (var length = 0; length < bytes.Length; length++)
        {
            Refused(ContactLogged, 1, bytes[..length], EventSerializationFailure.Malformed);
        }
    }

    [Fact]
    public void Upcasters_given_to_the_constructor_run_one_version_after_another()
    {
        var serializer = new EventSerializer([new TitledFrom2(), new TitledFrom1()], TestTypes);
        var e = Assert.IsType<Titled>(serializer.Deserialize("test.titled", 1, Encoding.UTF8.GetBytes(TitledV1)));
        Assert.Equal(("T-1", 1, "水管 pipe"), (e.AggregateId, e.Version, e.Title));
        Assert.Equal(e, serializer.Deserialize("test.titled", 2, Encoding.UTF8.GetBytes(TitledV1.Replace("\"name\"", "\"caption\"", StringComparison.Ordinal))));
        Assert.Equal(e, serializer.Deserialize("test.titled", 3, serializer.Serialize(e)));
        Assert.Contains("\"title\":\"水管 pipe\"", Encoding.UTF8.GetString(serializer.Serialize(e)), StringComparison.Ordinal);

        // The library's own upcasters are there too.
        Assert.IsType<ContactLogged>(serializer.Deserialize(ContactLogged, 1, Fixture("shift.contact-logged.v1.json")));
    }

    [Fact]
    public void A_missing_step_is_NoUpcaster_and_names_the_step()
    {
        var serializer = new EventSerializer([new TitledFrom1()], TestTypes);
        var e = Refused("test.titled", 1, Encoding.UTF8.GetBytes(TitledV1), EventSerializationFailure.NoUpcaster, serializer);
        Assert.EndsWith("no upcaster upgrades \"test.titled\" from version 2 to 3 (the library writes version 3).", e.Message, StringComparison.Ordinal);
        Refused("test.titled", 2, Encoding.UTF8.GetBytes(TitledV1), EventSerializationFailure.NoUpcaster, serializer);

        // Every step is looked for before the payload is read: a missing one is reported even for a broken payload.
        Refused("test.titled", 1, "{"u8.ToArray(), EventSerializationFailure.NoUpcaster, serializer);
    }

    [Fact]
    public void An_upcaster_that_throws_makes_the_event_Malformed_and_its_error_is_kept()
    {
        var serializer = new EventSerializer([new TitledFrom1(), new Throwing()], TestTypes);
        var e = Refused("test.titled", 1, Encoding.UTF8.GetBytes(TitledV1), EventSerializationFailure.Malformed, serializer);
        Assert.Contains($"the upcaster {typeof(Throwing).FullName} could not upgrade the payload from version 2: no caption", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void Two_upcasters_for_the_same_step_are_refused_and_named()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new EventSerializer([new ContactLoggedAgain()]));
        Assert.Equal("upcasters", duplicate.ParamName);
        Assert.StartsWith(
            $"The upcasters PropertyService.Storage.Serialization.ContactLoggedV1Upcaster and {typeof(ContactLoggedAgain).FullName} both upgrade \"shift.contact-logged\" from version 1; give one.",
            duplicate.Message,
            StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new EventSerializer([new TitledFrom1(), new TitledFrom2(), new Throwing()], TestTypes));
        Assert.Contains($"{typeof(TitledFrom2).FullName} and {typeof(Throwing).FullName} both upgrade \"test.titled\" from version 2", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upcaster_for_no_event_type_or_for_a_version_that_is_not_older_is_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => new EventSerializer([new Upcaster("repair.no-such-event", 1)]));
        Assert.Contains("upgrades \"repair.no-such-event\", which is not an event type of the library.", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new EventSerializer([new Upcaster(null!, 1)]));

        // repair.reported is at version 1: there is nothing older to upgrade.
        var current = Assert.Throws<ArgumentException>(() => new EventSerializer([new Upcaster("repair.reported", 1)]));
        Assert.Contains("upgrades \"repair.reported\" from version 1, but the library writes \"repair.reported\" at version 1, so only versions 1 to 0 can be upgraded.", current.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new EventSerializer([new Upcaster(ContactLogged, 2)]));
        Assert.Throws<ArgumentException>(() => new EventSerializer([new Upcaster(ContactLogged, 0)]));

        Assert.Throws<ArgumentNullException>(() => new EventSerializer(null!));
        Assert.Equal("upcasters", Assert.Throws<ArgumentNullException>(() => new EventSerializer([null!])).ParamName);
    }

    private const string TitledV1 =
        """{"aggregateId":"T-1","version":1,"occurredAt":"2026-03-02T15:40:00Z","actor":{"id":"T07","displayName":"陈师傅","site":"SZ-01","roles":["Technician"]},"name":"水管 pipe"}""";

    private static readonly EventTypeInfo[] TestTypes = [.. EventTypeRegistry.All, new EventTypeInfo("test.titled", 3, typeof(Titled))];

    /// <summary>An event at schema version 3: its title was "name" at version 1 and "caption" at version 2.</summary>
    public sealed record Titled(string AggregateId, int Version, Instant OccurredAt, Actor Actor, string Title)
        : DomainEvent(AggregateId, Version, OccurredAt, Actor);

    private sealed class TitledFrom1 : IEventUpcaster
    {
        public string TypeName => "test.titled";

        public int FromVersion => 1;

        public void Upcast(JsonObject payload)
        {
            payload["caption"] = payload["name"]!.DeepClone();
            payload.Remove("name");
        }
    }

    private sealed class TitledFrom2 : IEventUpcaster
    {
        public string TypeName => "test.titled";

        public int FromVersion => 2;

        public void Upcast(JsonObject payload)
        {
            payload["title"] = payload["caption"]!.DeepClone();
            payload.Remove("caption");
        }
    }

    private sealed class Throwing : IEventUpcaster
    {
        public string TypeName => "test.titled";

        public int FromVersion => 2;

        public void Upcast(JsonObject payload) => throw new InvalidOperationException("no caption");
    }

    private sealed class ContactLoggedAgain : IEventUpcaster
    {
        public string TypeName => "shift.contact-logged";

        public int FromVersion => 1;

        public void Upcast(JsonObject payload)
        {
        }
    }

    private sealed class Upcaster(string typeName, int fromVersion) : IEventUpcaster
    {
        public string TypeName => typeName;

        public int FromVersion => fromVersion;

        public void Upcast(JsonObject payload)
        {
        }
    }
}
