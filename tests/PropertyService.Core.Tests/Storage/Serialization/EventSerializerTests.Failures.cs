using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using PropertyService.Complaints;

namespace PropertyService.Storage.Serialization;

/// <summary>Every way a stored event can fail to read is an <see cref="EventSerializationException"/> with its own reason; nothing half-read comes back.</summary>
public sealed partial class EventSerializerTests
{
    private const string Reported = "repair.reported";
    private const string QuoteAccepted = "repair.quote-accepted";
    private const string ContactLogged = "shift.contact-logged";

    private static readonly Dictionary<string, (string Type, int Version, Func<byte[]> Payload)> MalformedPayloads = new()
    {
        ["empty"] = (Reported, 1, () => []),
        ["not JSON"] = (Reported, 1, () => "repair"u8.ToArray()),
        ["not UTF-8"] = (Reported, 1, () => [(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}']),
        ["null"] = (Reported, 1, () => "null"u8.ToArray()),
        ["an array"] = (Reported, 1, () => "[]"u8.ToArray()),
        ["a number"] = (Reported, 1, () => "42"u8.ToArray()),
        ["a comment"] = (Reported, 1, () => Bytes("/* note */" + Json(Samples.Reported))),
        ["trailing data"] = (Reported, 1, () => Bytes(Json(Samples.Reported) + " {}")),
        ["an unknown field"] = (Reported, 1, () => Changed(Samples.Reported, o => o["colour"] = "red")),
        ["a missing field"] = (Reported, 1, () => Changed(Samples.Reported, o => o.Remove("logBook"))),
        ["a field given twice"] = (Reported, 1, () => Bytes(Json(Samples.Reported).Replace("\"version\":1,", "\"version\":1,\"version\":1,", StringComparison.Ordinal))),
        ["a number as a string"] = (Reported, 1, () => Changed(Samples.Reported, o => o["version"] = "1")),
        ["a number a version cannot hold"] = (Reported, 1, () => Bytes(Json(Samples.Reported).Replace("\"version\":1,", "\"version\":1e40,", StringComparison.Ordinal))),
        ["an enum as a number"] = (Reported, 1, () => Changed(Samples.Reported, o => o["logBook"] = 1)),
        ["a time not in ISO form"] = (Reported, 1, () => Changed(Samples.Reported, o => o["occurredAt"] = "27/11/2026 10:00")),
        ["an actor as a string"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"] = "O1")),
        ["an unknown field in an actor"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"]!["nickname"] = "小王")),
        ["a location without its kind"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["location"]!.AsObject().Remove("kind"))),
        ["roles as a string"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"]!["roles"] = "Officer")),
        ["an amount a decimal cannot hold"] = (QuoteAccepted, 1, () => Bytes(Json(Samples.QuoteAccepted).Replace("\"amount\":20.00", "\"amount\":1e40", StringComparison.Ordinal))),
        ["a shift without its date"] = (ContactLogged, 2, () => Changed(Samples.ContactLogged, o => o["shift"]!.AsObject().Remove("date"))),
        ["a shift as a string"] = (ContactLogged, 2, () => Changed(Samples.ContactLogged, o => o["shift"] = "Night")),
        ["version 1 field names at version 2"] = (ContactLogged, 2, () => Changed(Samples.ContactLogged, o => o["book"] = o["logBook"]!.DeepClone())),
    };

    private static readonly Dictionary<string, (string Type, int Version, Func<byte[]> Payload)> InvalidPayloads = new()
    {
        ["a blank aggregate id"] = (Reported, 1, () => Changed(Samples.Reported, o => o["aggregateId"] = "  ")),
        ["a null aggregate id"] = (Reported, 1, () => Changed(Samples.Reported, o => o["aggregateId"] = null)),
        ["version 0"] = (Reported, 1, () => Changed(Samples.Reported, o => o["version"] = 0)),
        ["a null version"] = (Reported, 1, () => Changed(Samples.Reported, o => o["version"] = null)),
        ["a null time"] = (Reported, 1, () => Changed(Samples.Reported, o => o["occurredAt"] = null)),
        ["a null actor"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"] = null)),
        ["a null request"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"] = null)),
        ["an undefined enum name"] = (Reported, 1, () => Changed(Samples.Reported, o => o["logBook"] = "Diary")),
        ["an enum name in another case"] = (Reported, 1, () => Changed(Samples.Reported, o => o["logBook"] = "contactRegister")),
        ["a null enum"] = (Reported, 1, () => Changed(Samples.Reported, o => o["logBook"] = null)),
        ["an actor without roles"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"]!["roles"] = new JsonArray())),
        ["null roles"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"]!["roles"] = null)),
        ["an actor of no site"] = (Reported, 1, () => Changed(Samples.Reported, o => o["actor"]!["site"] = null)),
        ["a blank site"] = (Reported, 1, () => Changed(Samples.Reported, o => o["site"] = " ")),
        ["a phone number that does not parse"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["contactPhone"] = "12345")),
        ["a resident without a phone number"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["resident"]!["phone"] = null)),
        ["a null in a list"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["unitOwners"]!.AsArray().Add(null))),
        ["a null description"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["description"] = null)),
        ["a null flag"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["permissionToEnter"] = null)),
        ["a common area with a unit address"] = (Reported, 1, () => Changed(Samples.Reported, o => o["request"]!["location"]!["kind"] = "CommonArea")),
        ["negative money"] = (QuoteAccepted, 1, () => Changed(Samples.QuoteAccepted, o => o["quote"]!["lines"]![0]!["labour"]!["amount"] = -1)),
        ["money not in whole cents"] = (QuoteAccepted, 1, () => Changed(Samples.QuoteAccepted, o => o["quote"]!["lines"]![0]!["labour"]!["amount"] = 20.001m)),
        ["a line mixing currencies"] = (QuoteAccepted, 1, () => Changed(Samples.QuoteAccepted, o => o["quote"]!["lines"]![0]!["labour"]!["currency"] = "HKD")),
        ["a quote without lines"] = (QuoteAccepted, 1, () => Changed(Samples.QuoteAccepted, o => o["quote"]!["lines"] = new JsonArray())),
        ["an adjustment of a line that does not exist"] = (QuoteAccepted, 1, () => Changed(Samples.QuoteAccepted, o => o["quote"]!["adjustments"]![0]!["lineIndex"] = 5)),
        ["a half-given shift"] = (ContactLogged, 2, () => Changed(Samples.ContactLogged, o => o["shift"]!["date"] = null)),
        ["a complaint received after it was recorded"] = ("complaint.recorded", 1, () => Changed(
            new ComplaintRecorded("C-1", 1, Samples.At, Samples.Officer, Samples.Site, Samples.At - Duration.FromMinutes(5), "陈女士", "noise", null),
            o => o["receivedAt"] = "2027-01-01T00:00:00Z")),
    };

    public static TheoryData<string> MalformedCases => [.. MalformedPayloads.Keys];

    public static TheoryData<string> InvalidCases => [.. InvalidPayloads.Keys];

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public void A_payload_not_in_the_shape_its_event_is_written_in_is_Malformed(string payload)
    {
        var (type, version, bytes) = MalformedPayloads[payload];
        var e = Refused(type, version, bytes(), EventSerializationFailure.Malformed);
        Assert.True(e.InnerException is null or JsonException, $"{payload}: {e.InnerException}");
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void A_payload_holding_what_its_event_refuses_is_Invalid(string payload)
    {
        var (type, version, bytes) = InvalidPayloads[payload];
        var e = Refused(type, version, bytes(), EventSerializationFailure.Invalid);
        Assert.True(e.InnerException is ArgumentException or FormatException, $"{payload}: {e.InnerException}");
    }

    [Fact]
    public void The_message_says_which_event_which_version_what_reason_and_why()
    {
        var e = Refused(Reported, 1, Changed(Samples.Reported, o => o["aggregateId"] = " "), EventSerializationFailure.Invalid);
        Assert.StartsWith("Cannot read the stored event \"repair.reported\" of schema version 1 (Invalid): aggregateId must not be empty or white space.", e.Message, StringComparison.Ordinal);
        Assert.Equal("aggregateId", Assert.IsType<ArgumentException>(e.InnerException).ParamName);

        var nullActor = Refused(Reported, 1, Changed(Samples.Reported, o => o["actor"] = null), EventSerializationFailure.Invalid);
        Assert.Contains("The field \"actor\" is required, but is null.", nullActor.Message, StringComparison.Ordinal);

        var missing = Refused(Reported, 1, Changed(Samples.Reported, o => o["request"]!.AsObject().Remove("channel")), EventSerializationFailure.Malformed);
        Assert.Contains("The field \"channel\" of RepairRequest is missing.", missing.Message, StringComparison.Ordinal);

        var undefined = Refused(Reported, 1, Changed(Samples.Reported, o => o["logBook"] = "Diary"), EventSerializationFailure.Invalid);
        Assert.Contains("\"Diary\" is not a LogBook; the names are ContactRegister, NightDutyLog.", undefined.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_of_a_payload_is_Malformed()
    {
        foreach (var (type, version, bytes) in new[] { (QuoteAccepted, 1, Serializer.Serialize(Samples.QuoteAccepted)), (ContactLogged, 2, Serializer.Serialize(Samples.ContactLogged)) })
        {
            for (var length = 0; length < bytes.Length; length++)
            {
                Refused(type, version, bytes[..length], EventSerializationFailure.Malformed);
            }
        }
    }

    [Fact]
    public void An_unknown_type_name_is_UnknownType_whatever_the_payload()
    {
        Refused("repair.no-such-event", 1, Serializer.Serialize(Samples.Reported), EventSerializationFailure.UnknownType);
        Refused("Repair.Reported", 1, Serializer.Serialize(Samples.Reported), EventSerializationFailure.UnknownType);
        var e = Refused(string.Empty, 1, [], EventSerializationFailure.UnknownType);
        Assert.Equal("Cannot read the stored event \"\" of schema version 1 (UnknownType): no event type of the library has this name.", e.Message);
        Assert.Null(e.InnerException);
        Assert.Throws<ArgumentNullException>(() => Serializer.Deserialize(null!, 1, []));
    }

    [Fact]
    public void A_schema_version_newer_than_the_librarys_is_NewerSchema_whatever_the_payload()
    {
        var e = Refused(Reported, 2, Serializer.Serialize(Samples.Reported), EventSerializationFailure.NewerSchema);
        Assert.Contains("reads \"repair.reported\" up to schema version 1; the event was written by a newer one.", e.Message, StringComparison.Ordinal);
        Refused(ContactLogged, 3, "garbage"u8.ToArray(), EventSerializationFailure.NewerSchema);
        Refused(ContactLogged, int.MaxValue, [], EventSerializationFailure.NewerSchema);
    }

    [Fact]
    public void A_schema_version_below_1_is_NoUpcaster()
    {
        Assert.Contains("schema versions start at 1", Refused(ContactLogged, 0, Serializer.Serialize(Samples.ContactLogged), EventSerializationFailure.NoUpcaster).Message, StringComparison.Ordinal);
        Refused(Reported, -1, Serializer.Serialize(Samples.Reported), EventSerializationFailure.NoUpcaster);
        Refused(Reported, int.MinValue, [], EventSerializationFailure.NoUpcaster);
    }

    private static EventSerializationException Refused(string typeName, int schemaVersion, byte[] payload, EventSerializationFailure reason, EventSerializer? serializer = null)
    {
        var e = Assert.Throws<EventSerializationException>(() => (serializer ?? Serializer).Deserialize(typeName, schemaVersion, payload));
        Assert.True(reason == e.Reason, $"Expected {reason}, got {e.Reason}: {e.Message}");
        Assert.Equal((typeName, schemaVersion), (e.TypeName, e.SchemaVersion));
        Assert.StartsWith($"Cannot read the stored event \"{typeName}\" of schema version {schemaVersion} ({reason}): ", e.Message, StringComparison.Ordinal);
        return e;
    }

    private static string Json(DomainEvent e) => Encoding.UTF8.GetString(Serializer.Serialize(e));

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    private static byte[] Changed(DomainEvent e, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Serializer.Serialize(e))!.AsObject();
        change(json);
        return Bytes(json.ToJsonString());
    }
}
