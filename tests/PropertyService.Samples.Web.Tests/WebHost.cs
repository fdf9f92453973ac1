using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace PropertyService.Samples.Web.Tests;

/// <summary>The web host on its own temporary SQLite file; a restart is a new factory on the same file.</summary>
public sealed class WebHost : IDisposable
{
    public const string Site = "SZ-VK-01";
    public const string OtherSite = "SZ-VK-02";

    // The demo accounts of appsettings.json; each password is the user name followed by "-demo".
    public const string Officer = "officer";
    public const string Supervisor = "supervisor";
    public const string Manager = "manager";
    public const string SiteManager = "sitemanager";
    public const string Engineering = "engineering";
    public const string Technician = "technician";
    public const string OfficerB = "officer-b";

    // A second officer of the site, for rules about who owns a record (not in appsettings.json: added for the tests).
    public const string OtherOfficer = "officer-2";

    private static readonly string OtherOfficerHash = PropertyService.Samples.Web.Security.PasswordHash.Create(OtherOfficer + "-demo");

    private readonly IClock? _clock;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ps-web-" + Guid.NewGuid().ToString("N"));

    public WebHost()
        : this(null, null)
    {
    }

    private WebHost(IClock? clock, Action<IServiceCollection>? services)
    {
        _clock = clock;
        _services = services;
        Factory = Start();
    }

    /// <summary>A host on a clock the test moves.</summary>
    public static WebHost OnClock(IClock clock) => new(clock, null);

    /// <summary>A host whose services the test changes after the host's own registrations.</summary>
    public static WebHost WithServices(Action<IServiceCollection> services) => new(null, services);

    public string DatabasePath => Path.Combine(_folder, "service-center.db");

    public WebApplicationFactory<Program> Factory { get; private set; }

    public void Restart()
    {
        Factory.Dispose();
        Factory = Start();
    }

    /// <summary>A client signed in as one of the demo accounts (null: nobody signed in).</summary>
    public HttpClient Client(string? account = Officer, string? language = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (account is not null)
        {
            var response = client.PostAsJsonAsync("/api/session", new { userName = account, password = account + "-demo" }).GetAwaiter().GetResult();
            if (response.StatusCode != System.Net.HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"Signing in as {account} answered {(int)response.StatusCode}.");
            }
        }

        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    public static object NewTicket(string id, string category = "unit") => new
    {
        id,
        channel = "call",
        resident = new { name = "李女士", phone = "138 1234 5678", owner = true, id = "R-3-2-1201" },
        unit = "3-2-1201",
        category,
        description = "Kitchen tap drips",
        items = new[] { "W-01" },
    };

    public static async Task<HttpResponseMessage> CreateAsync(HttpClient client, string id, string category = "unit") =>
        await client.PostAsJsonAsync($"/api/sites/{Site}/repairs", NewTicket(id, category));

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, string id, string action, int? version, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sites/{Site}/repairs/{id}/actions/{action}")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }

        return await client.SendAsync(request);
    }

    /// <summary>Takes a new ticket through the API to work-completed (version 7), ready for the resident's inspection.</summary>
    public async Task BringToWorkCompletedAsync(string id)
    {
        var officer = Client(Officer);
        var technician = Client(Technician);
        var engineering = Client(Engineering);
        await Succeed(CreateAsync(officer, id));
        await Succeed(ActAsync(officer, id, "issue-work-order", 1));
        await Succeed(ActAsync(officer, id, "notify-engineering", 2));
        await Succeed(ActAsync(technician, id, "collect", 3));
        await Succeed(ActAsync(engineering, id, "assign", 4, new { technician = new { id = "E2101", name = "周师傅" } }));
        await Succeed(ActAsync(technician, id, "arrive", 5));
        await Succeed(ActAsync(technician, id, "complete", 6, new { notes = "Replaced the washer" }));
    }

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string FormToken(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The page has no anti-forgery field.");
    }

    private static async Task Succeed(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temporary folder is left behind.
        }
    }

    private WebApplicationFactory<Program> Start() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:SqlitePath", DatabasePath)
            .UseSetting("Security:SignInPermitLimit", "100000")
            .UseSetting($"Accounts:{OtherOfficer}:EmployeeId", "E1002")
            .UseSetting($"Accounts:{OtherOfficer}:DisplayName", "李娜")
            .UseSetting($"Accounts:{OtherOfficer}:Site", Site)
            .UseSetting($"Accounts:{OtherOfficer}:Roles:0", "Officer")
            .UseSetting($"Accounts:{OtherOfficer}:PasswordHash", OtherOfficerHash)
            .ConfigureTestServices(services =>
            {
                if (_clock is not null)
                {
                    services.AddSingleton(_clock);
                }

                _services?.Invoke(services);
            }));
}
