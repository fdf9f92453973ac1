using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using PropertyService.Samples.Web.Security;
using PropertyService.Storage;

namespace PropertyService.Samples.Web.Tests;

/// <summary>
/// One table of malformed requests: each is answered 4xx with problem details (a 400 naming the field at fault), never a
/// 500, and leaves the store exactly as it was.
/// </summary>
public sealed class MalformedRequestTests : IClassFixture<WebHost>
{
    private const string Repairs = $"/api/sites/{WebHost.Site}/repairs";
    private const string Existing = "MR-existing";
    private const string ExistingActions = $"{Repairs}/{Existing}/actions";

    private const string OtherSiteTicket = "MR-other-site";
    private const string Completed = "MR-completed";

    private static string? _token;
    private static string? _expiredToken;

    private static readonly string HugeId = new('x', 100 * 1024);
    private static readonly string BigId = new('y', 60 * 1024);

    private static readonly Dictionary<string, Bad> Cases = new(StringComparer.Ordinal)
    {
        // Bodies that are not JSON, or not the JSON of a ticket.
        ["create: truncated JSON"] = Create("{\"id\": \"MR-1\", ", 400, "body"),
        ["create: plain text"] = Create("hello", 400, "body"),
        ["create: JSON array"] = Create("[]", 400, "body"),
        ["create: JSON null"] = Create("null", 400, "body"),
        ["create: JSON string"] = Create("\"a ticket\"", 400, "body"),
        ["create: trailing garbage"] = Create(Ticket(Id("MR-2")) + " x", 400, "body"),
        ["create: two objects"] = Create(Ticket(Id("MR-3")) + Ticket(Id("MR-4")), 400, "body"),
        ["create: nested 200 deep"] = Create(new string('[', 200) + new string(']', 200), 400, "body"),
        ["create: single quotes"] = Create("{'id': 'MR-5'}", 400, "body"),
        ["create: comment"] = Create("/* note */ " + Ticket(Id("MR-6")), 400, "body"),
        ["create: invalid UTF-8"] = new(HttpMethod.Post, Repairs, () => Bytes([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], "application/json"), 400, "id"),
        ["create: empty body"] = new(HttpMethod.Post, Repairs, () => Bytes([], "application/json"), 400, "body"),
        ["create: empty object"] = Create("{}", 400, "id"),

        // Wrong types.
        ["create: id is a number"] = Create(Ticket("42"), 400, "id"),
        ["create: id is an object"] = Create(Ticket("{\"v\":1}"), 400, "id"),
        ["create: channel is a number"] = Create(Ticket(Id("MR-9"), channel: "7"), 400, "channel"),
        ["create: category is a number"] = Create(Ticket(Id("MR-10"), category: "1"), 400, "category"),
        ["create: description is an object"] = Create(Ticket(Id("MR-11"), description: "{}"), 400, "description"),
        ["create: resident is a string"] = Create(Ticket(Id("MR-12"), resident: "\"李女士\""), 400, "resident"),
        ["create: owner is a string"] = Create(Ticket(Id("MR-13"), resident: "{\"name\":\"李女士\",\"phone\":\"13812345678\",\"owner\":\"yes\"}"), 400, "resident.owner"),
        ["create: items is a string"] = Create(Ticket(Id("MR-14"), items: "\"W-01\""), 400, "items"),
        ["create: items holds a number"] = Create(Ticket(Id("MR-15"), items: "[1]"), 400, "items[0]"),
        ["create: appointment is a number"] = Create(Ticket(Id("MR-16"), appointment: "1764223200"), 400, "appointment"),

        // Unknown enum values.
        ["create: unknown channel"] = Create(Ticket(Id("MR-17"), channel: "\"pigeon\""), 400, "channel"),
        ["create: two channels"] = Create(Ticket(Id("MR-18"), channel: "\"call, app\""), 400, "channel"),
        ["create: two categories"] = Create(Ticket(Id("MR-56"), category: "\"unit, water\""), 400, "category"),
        ["create: unknown category"] = Create(Ticket(Id("MR-19"), category: "\"spaceship\""), 400, "category"),
        ["create: empty category"] = Create(Ticket(Id("MR-20"), category: "\"\""), 400, "category"),

        // Missing or blank fields.
        ["create: no id"] = Create(Ticket(null), 400, "id"),
        ["create: blank id"] = Create(Ticket("\"   \""), 400, "id"),
        ["create: no channel"] = Create(Ticket(Id("MR-23"), channel: null), 400, "channel"),
        ["create: no category"] = Create(Ticket(Id("MR-24"), category: null), 400, "category"),
        ["create: no description"] = Create(Ticket(Id("MR-25"), description: null), 400, "description"),
        ["create: blank description"] = Create(Ticket(Id("MR-26"), description: "\" \\t \""), 400, "description"),
        ["create: no resident"] = Create(Ticket(Id("MR-27"), resident: null), 400, "resident"),
        ["create: resident without name"] = Create(Ticket(Id("MR-28"), resident: "{\"phone\":\"13812345678\"}"), 400, "resident.name"),
        ["create: resident without phone"] = Create(Ticket(Id("MR-29"), resident: "{\"name\":\"李女士\"}"), 400, "resident.phone"),
        ["create: neither unit nor common area"] = Create(Ticket(Id("MR-30"), unit: null), 400, "unit"),
        ["create: both unit and common area"] = Create(Ticket(Id("MR-31"), commonArea: "\"lobby\""), 400, "unit"),

        // Values of the right type that are not valid.
        ["create: phone too short"] = Create(Ticket(Id("MR-32"), resident: "{\"name\":\"李女士\",\"phone\":\"12345\"}"), 400, "resident.phone"),
        ["create: phone in words"] = Create(Ticket(Id("MR-33"), resident: "{\"name\":\"李女士\",\"phone\":\"call me\"}"), 400, "resident.phone"),
        ["create: phone of 40 digits"] = Create(Ticket(Id("MR-34"), resident: "{\"name\":\"李女士\",\"phone\":\"1381234567813812345678138123456781381234\"}"), 400, "resident.phone"),
        ["create: unit without room"] = Create(Ticket(Id("MR-35"), unit: "\"3\""), 400, "unit"),
        ["create: unit of four parts"] = Create(Ticket(Id("MR-36"), unit: "\"3-2-12-01\""), 400, "unit"),
        ["create: unit with an empty part"] = Create(Ticket(Id("MR-37"), unit: "\"3--1201\""), 400, "unit"),
        ["create: appointment in words"] = Create(Ticket(Id("MR-38"), appointment: "\"tomorrow at two\""), 400, "appointment"),
        ["create: appointment out of range"] = Create(Ticket(Id("MR-39"), appointment: "\"2026-13-45T25:00:00Z\""), 400, "appointment"),
        ["create: appointment day first"] = Create(Ticket(Id("MR-40"), appointment: "\"27/11/2026 14:00\""), 400, "appointment"),
        ["create: appointment as a date"] = Create(Ticket(Id("MR-41"), appointment: "\"2026-11-27\""), 400, "appointment"),
        ["create: blank fee item"] = Create(Ticket(Id("MR-42"), items: "[\" \"]"), 422, null),

        // Sizes.
        ["create: 1 MB description"] = Create(Ticket(Id("MR-43"), description: JsonSerializer.Serialize(new string('d', 1024 * 1024))), 413, null),
        ["create: 100 KB id"] = Create(Ticket(Id(HugeId)), 413, null),
        ["create: 60 KB id"] = Create(Ticket(Id(BigId)), 400, "id"),
        ["create: id with a slash"] = Create(Ticket(Id("MR/44")), 400, "id"),
        ["create: id with a control character"] = Create(Ticket(Id("MR-45\u0001")), 400, "id"),
        ["create: id with a percent sign"] = Create(Ticket(Id("MR%2F45")), 400, "id"),
        ["create: id of dots"] = Create(Ticket(Id("..")), 400, "id"),
        ["create: 2 MB of whitespace"] = Create(new string(' ', 2 * 1024 * 1024) + Ticket(Id("MR-46")), 413, null),

        // Content types.
        ["create: text/plain"] = new(HttpMethod.Post, Repairs, () => new StringContent(Ticket(Id("MR-47")), Encoding.UTF8, "text/plain"), 415, null),
        ["create: form"] = new(HttpMethod.Post, Repairs, () => new FormUrlEncodedContent([new("id", "MR-48")]), 415, null),
        ["create: XML"] = new(HttpMethod.Post, Repairs, () => new StringContent("<ticket id=\"MR-49\"/>", Encoding.UTF8, "application/xml"), 415, null),

        // The same ticket twice.
        ["create: an identifier that is taken"] = Create(Ticket(Id(Existing)), 409, null),

        // Who is asking.
        ["create: nobody signed in"] = Create(Ticket(Id("MR-50")), 401, null, account: null),
        ["create: an officer of another site"] = Create(Ticket(Id("MR-51")), 403, null, account: WebHost.OfficerB),
        ["act: nobody signed in"] = new(HttpMethod.Post, $"{ExistingActions}/issue-work-order", null, 401, null, IfMatch: "\"1\"", Account: null),
        ["act: an officer of another site"] = new(HttpMethod.Post, $"{ExistingActions}/issue-work-order", null, 403, null, IfMatch: "\"1\"", Account: WebHost.OfficerB),
        ["read: an officer of another site"] = new(HttpMethod.Get, $"{Repairs}/{Existing}", null, 403, null, Account: WebHost.OfficerB),
        ["list: nobody signed in"] = new(HttpMethod.Get, Repairs, null, 401, null, Account: null),

        // Another site's ticket addressed under this site.
        ["read: another site's ticket"] = new(HttpMethod.Get, $"{Repairs}/{OtherSiteTicket}", null, 404, null),
        ["act: another site's ticket"] = new(HttpMethod.Post, $"{Repairs}/{OtherSiteTicket}/actions/issue-work-order", null, 404, null, IfMatch: "\"1\""),
        ["act: another site's ticket by its own officer"] = new(HttpMethod.Post, $"{Repairs}/{OtherSiteTicket}/actions/issue-work-order", null, 403, null, IfMatch: "\"1\"", Account: WebHost.OfficerB),

        // The other records: help requests, handovers, the duty log.
        ["help request: not JSON"] = Post("help-requests", "hello", 400, "body"),
        ["help request: 1 MB body"] = Post("help-requests", JsonSerializer.Serialize(new { description = new string('h', 1024 * 1024) }), 413, null),
        ["help request: nobody signed in"] = Post("help-requests", "{}", 401, null, account: null),
        ["help request: an officer of another site"] = Post("help-requests", "{}", 403, null, account: WebHost.OfficerB),
        ["help request: unknown request"] = new(HttpMethod.Post, $"/api/sites/{WebHost.Site}/help-requests/HR-nowhere/actions/close", null, 404, null, IfMatch: "\"1\""),
        ["handover: not JSON"] = Post("handovers", "hello", 400, "body"),
        ["handover: 1 MB body"] = Post("handovers", JsonSerializer.Serialize(new { notes = new string('h', 1024 * 1024) }), 413, null),
        ["handover: nobody signed in"] = Post("handovers", "{}", 401, null, account: null),
        ["handover: an officer of another site"] = Post("handovers", "{}", 403, null, account: WebHost.OfficerB),
        ["handover: unknown handover"] = new(HttpMethod.Post, $"/api/sites/{WebHost.Site}/handovers/HO-nowhere/actions/sign", null, 404, null, IfMatch: "\"1\""),
        ["duty log: not JSON"] = Post("duty-log", "hello", 400, "body"),
        ["duty log: 1 MB body"] = Post("duty-log", JsonSerializer.Serialize(new { summary = new string('d', 1024 * 1024) }), 413, null),
        ["duty log: nobody signed in"] = Post("duty-log", "{}", 401, null, account: null),
        ["duty log: an officer of another site"] = Post("duty-log", "{}", 403, null, account: WebHost.OfficerB),

        // Signing in.
        ["sign-in: truncated JSON"] = SignIn("{\"userName\": ", 400, "userName"),
        ["sign-in: no user name"] = SignIn("{\"password\": \"officer-demo\"}", 400, "userName"),
        ["sign-in: no password"] = SignIn("{\"userName\": \"officer\"}", 400, "password"),
        ["sign-in: user name as a number"] = SignIn("{\"userName\": 1001, \"password\": \"officer-demo\"}", 400, "userName"),
        ["sign-in: wrong password"] = SignIn("{\"userName\": \"officer\", \"password\": \"guess\"}", 401, null),
        ["sign-in: unknown user"] = SignIn("{\"userName\": \"nobody\", \"password\": \"nobody-demo\"}", 401, null),
        ["sign-in: 1 MB password"] = SignIn(JsonSerializer.Serialize(new { userName = "officer", password = new string('p', 1024 * 1024) }), 413, null),
        ["sign-in: text/plain"] = new(HttpMethod.Post, "/api/session", () => new StringContent("{\"userName\":\"officer\",\"password\":\"officer-demo\"}", Encoding.UTF8, "text/plain"), 415, null, Account: null),

        // Resident links.
        ["link: unknown action"] = new(HttpMethod.Post, $"{Repairs}/{Existing}/resident-links", () => Json("{\"action\":\"pay-bill\"}"), 400, "action"),
        ["link: no action"] = new(HttpMethod.Post, $"{Repairs}/{Existing}/resident-links", () => Json("{}"), 400, "action"),
        ["link: an action the ticket is not ready for"] = new(HttpMethod.Post, $"{Repairs}/{Existing}/resident-links", () => Json("{\"action\":\"sign-off\"}"), 422, null),
        ["link: unknown ticket"] = new(HttpMethod.Post, $"{Repairs}/MR-nowhere/resident-links", () => Json("{\"action\":\"sign-off\"}"), 404, null),
        ["resident: altered token"] = Answer(t => t[..(t.Length / 2)] + (t[t.Length / 2] == 'A' ? 'B' : 'A') + t[(t.Length / 2 + 1)..], 404),
        ["resident: truncated token"] = Answer(t => t[..^4], 404),
        ["resident: token with more at the end"] = Answer(t => t + "AAAA", 404),
        ["resident: made-up token"] = Answer(_ => "not-a-token", 404),
        ["resident: 100 KB token"] = Answer(_ => HugeId, 404),
        ["resident: expired token"] = Answer(_ => _expiredToken!, 410),
        ["resident: valid token without the form's anti-forgery field"] = Answer(t => t, 400),

        // Sites.
        ["create: a site not served"] = new(HttpMethod.Post, "/api/sites/SZ-VK-99/repairs", () => Json(Ticket(Id("MR-54"))), 404, null),
        ["create: a blank site"] = new(HttpMethod.Post, "/api/sites/%20/repairs", () => Json(Ticket(Id("MR-55"))), 404, null),
        ["read: a site not served"] = new(HttpMethod.Get, $"/api/sites/SZ-VK-99/repairs/{Existing}", null, 404, null),

        // Actions.
        ["act: unknown action"] = Act("teleport", "\"1\"", null, 404, null),
        ["act: action in C# case"] = Act("IssueWorkOrder", "\"1\"", null, 404, null),
        ["act: action as a number"] = Act("1", "\"1\"", null, 404, null),
        ["act: an action by its C# name in kebab case"] = Act("complete-work", "\"1\"", null, 404, null),
        ["act: cancel without a reason"] = Act("cancel", "\"1\"", "{}", 400, "reason"),
        ["act: unknown ticket"] = new(HttpMethod.Post, $"{Repairs}/MR-nowhere/actions/issue-work-order", null, 404, null, IfMatch: "\"1\""),
        ["act: 100 KB ticket id"] = new(HttpMethod.Post, $"{Repairs}/{HugeId}/actions/issue-work-order", null, 404, null, IfMatch: "\"1\""),
        ["act: without If-Match"] = Act("issue-work-order", null, null, 428, null),
        ["act: If-Match not quoted"] = Act("issue-work-order", "1", null, 400, "If-Match"),
        ["act: If-Match in words"] = Act("issue-work-order", "\"one\"", null, 400, "If-Match"),
        ["act: If-Match weak"] = Act("issue-work-order", "W/\"1\"", null, 400, "If-Match"),
        ["act: If-Match any"] = Act("issue-work-order", "*", null, 400, "If-Match"),
        ["act: If-Match negative"] = Act("issue-work-order", "\"-1\"", null, 400, "If-Match"),
        ["act: If-Match overflowing"] = Act("issue-work-order", "\"99999999999\"", null, 400, "If-Match"),
        ["act: If-Match of two versions"] = Act("issue-work-order", "\"1\", \"2\"", null, 400, "If-Match"),
        ["act: If-Match stale"] = Act("issue-work-order", "\"7\"", null, 412, null),
        ["act: body not JSON"] = Act("complete", "\"1\"", "notes: fixed", 400, "body"),
        ["act: notes is a number"] = Act("complete", "\"1\"", "{\"notes\": 5}", 400, "notes"),
        ["act: body as text/plain"] = new(HttpMethod.Post, $"{ExistingActions}/complete", () => new StringContent("{\"notes\":\"x\"}", Encoding.UTF8, "text/plain"), 415, null, IfMatch: "\"1\""),
        ["act: 1 MB of notes"] = Act("complete", "\"1\"", JsonSerializer.Serialize(new { notes = new string('n', 1024 * 1024) }), 413, null),
        ["act: assign without technician"] = Act("assign", "\"1\"", "{}", 400, "technician"),
        ["act: assign technician without name"] = Act("assign", "\"1\"", "{\"technician\": {\"id\": \"E2101\"}}", 400, "technician"),
        ["act: assign technician as a string"] = Act("assign", "\"1\"", "{\"technician\": \"E2101\"}", 400, "technician"),
        ["act: follow-up without satisfaction"] = Act("follow-up", "\"1\"", "{}", 400, "satisfaction"),
        ["act: follow-up of unknown satisfaction"] = Act("follow-up", "\"1\"", "{\"satisfaction\": \"ecstatic\"}", 400, "satisfaction"),
        ["act: follow-up of two satisfactions"] = Act("follow-up", "\"1\"", "{\"satisfaction\": \"satisfied, dissatisfied\"}", 400, "satisfaction"),
        ["act: sign-off by a resident with a bad phone"] = Act("sign-off", "\"1\"", "{\"resident\": {\"name\": \"李女士\", \"phone\": \"000\"}}", 400, "resident.phone"),
        ["act: an action the state does not permit"] = Act("arrive", "\"1\"", null, 422, null),

        // Reads and lists.
        ["read: unknown ticket"] = new(HttpMethod.Get, $"{Repairs}/MR-nowhere", null, 404, null),
        ["read: 100 KB ticket id"] = new(HttpMethod.Get, $"{Repairs}/{HugeId}", null, 404, null),
        ["list: unknown state"] = List("?state=flying", "state"),
        ["list: state as a number"] = List("?state=1", "state"),
        ["list: one bad state among good ones"] = List("?state=reported,nowhere", "state"),
        ["list: unknown category"] = List("?category=spaceship", "category"),
        ["list: dueBefore in words"] = List("?dueBefore=yesterday", "dueBefore"),
        ["list: dueBefore with an offset"] = List("?dueBefore=2026-11-27T14:00:00%2B08:00", "dueBefore"),
        ["list: dueBefore as a number"] = List("?dueBefore=1764223200", "dueBefore"),
    };

    private readonly WebHost _host;

    public MalformedRequestTests(WebHost host) => _host = host;

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Fact]
    public void The_table_holds_at_least_50_requests() => Assert.True(Cases.Count >= 50, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_malformed_request_answers_4xx_problem_details_and_stores_nothing(string name)
    {
        var bad = Cases[name];
        await EnsureExistingAsync();
        var before = await SnapshotAsync();

        var path = bad.Token is { } token ? "/resident/" + Uri.EscapeDataString(token(_token!)) : bad.Path;
        using var request = new HttpRequestMessage(bad.Method, path) { Content = bad.Content?.Invoke() };
        if (bad.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", bad.IfMatch);
        }

        using var response = await _host.Client(bad.Account).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var after = await SnapshotAsync();

        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{name}: {status} {text}");
        Assert.Equal(bad.Status, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        if (bad.Field is { } field)
        {
            var errors = problem.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"{name}: errors name {string.Join(", ", errors.EnumerateObject().Select(e => e.Name))}, not {field}");
        }

        Assert.Equal(before, after);
    }

    /// <summary>The records the table refers to, made once: a reported ticket, another site's ticket, a completed ticket and its sign-off link.</summary>
    private async Task EnsureExistingAsync()
    {
        var client = _host.Client();
        if ((await client.GetAsync($"{Repairs}/{Existing}")).StatusCode != HttpStatusCode.NotFound)
        {
            return;
        }

        Assert.Equal(HttpStatusCode.Created, (await WebHost.CreateAsync(client, Existing)).StatusCode);
        var other = await _host.Client(WebHost.OfficerB).PostAsJsonAsync($"/api/sites/{WebHost.OtherSite}/repairs", WebHost.NewTicket(OtherSiteTicket));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        await _host.BringToWorkCompletedAsync(Completed);
        var link = await client.PostAsJsonAsync($"{Repairs}/{Completed}/resident-links", new { action = "sign-off" });
        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        _token = (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!["/resident/".Length..];

        // A link made three days and a minute ago, by the host's own keys: expired now.
        var past = new ResidentLinks(_host.Factory.Services.GetRequiredService<IDataProtectionProvider>(),
            new FixedClock(SystemClock.Instance.GetCurrentInstant() - Duration.FromDays(3) - Duration.FromMinutes(1)),
            _host.Factory.Services.GetRequiredService<IOptions<ResidentLinkOptions>>());
        _expiredToken = past.Create(new SiteId(WebHost.Site), Completed, ResidentLinkAction.SignOff).Token;
    }

    /// <summary>What the store holds: streams and events of the site, each stream's version, and whether it verifies.</summary>
    private async Task<string> SnapshotAsync()
    {
        var store = _host.Factory.Services.GetRequiredService<IEventStore>();
        var text = new StringBuilder();
        foreach (var site in new[] { new SiteId(WebHost.Site), new SiteId(WebHost.OtherSite) })
        {
            var verified = await store.VerifyAllAsync(site);
            var streams = await store.QueryAsync(site, new StreamQuery());
            text.Append(site).Append(": ").Append(verified).Append("; ")
                .AppendJoin(", ", streams.OrderBy(s => s.StreamId, StringComparer.Ordinal).Select(s => $"{s.StreamId}@{s.Version}")).AppendLine();
        }

        return text.ToString();
    }

    private static Bad Create(string json, int status, string? field, string? account = WebHost.Officer) =>
        new(HttpMethod.Post, Repairs, () => Json(json), status, field, Account: account);

    private static Bad Post(string records, string json, int status, string? field, string? account = WebHost.Officer) =>
        new(HttpMethod.Post, $"/api/sites/{WebHost.Site}/{records}", () => Json(json), status, field, Account: account);

    private static Bad SignIn(string json, int status, string? field) =>
        new(HttpMethod.Post, "/api/session", () => Json(json), status, field, Account: null);

    /// <summary>A resident's answer, posted as the form would be, with the token of a real sign-off link changed.</summary>
    private static Bad Answer(Func<string, string> token, int status) =>
        new(HttpMethod.Post, "/resident/{token}", () => new FormUrlEncodedContent([new("reason", string.Empty)]), status, null, Account: null, Token: token);

    private static Bad Act(string action, string? ifMatch, string? json, int status, string? field) =>
        new(HttpMethod.Post, $"{ExistingActions}/{action}", json is null ? null : () => Json(json), status, field, IfMatch: ifMatch);

    private static Bad List(string query, string field) => new(HttpMethod.Get, Repairs + query, null, 400, field);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static string Id(string id) => JsonSerializer.Serialize(id);

    /// <summary>A valid ticket's JSON with raw JSON values in place of the defaults; null leaves a field out.</summary>
    private static string Ticket(
        string? id,
        string? channel = "\"call\"",
        string? resident = "{\"name\":\"李女士\",\"phone\":\"138 1234 5678\",\"owner\":true}",
        string? unit = "\"3-2-1201\"",
        string? commonArea = null,
        string? category = "\"unit\"",
        string? description = "\"Kitchen tap drips\"",
        string? items = "[\"W-01\"]",
        string? appointment = null)
    {
        var fields = new (string Name, string? Value)[]
        {
            ("id", id), ("channel", channel), ("resident", resident), ("unit", unit), ("commonArea", commonArea),
            ("category", category), ("description", description), ("items", items), ("appointment", appointment),
        };
        return "{" + string.Join(",", fields.Where(f => f.Value is not null).Select(f => $"\"{f.Name}\":{f.Value}")) + "}";
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private sealed record Bad(HttpMethod Method, string Path, Func<HttpContent>? Content, int Status, string? Field,
        string? IfMatch = null, string? Account = WebHost.Officer, Func<string, string>? Token = null);
}
