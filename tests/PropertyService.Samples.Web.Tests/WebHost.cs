using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PropertyService.Samples.Web.Tests;

/// <summary>The web host on its own temporary SQLite file; a restart is a new factory on the same file.</summary>
public sealed class WebHost : IDisposable
{
    public const string Site = "SZ-VK-01";
    public const string Officer = "E1001|%E7%8E%8B%E5%B0%8F%E6%98%8E|Officer";
    public const string Technician = "E2101|Zhou|Technician";
    public const string Engineering = "E2001|Sun|EngineeringSupervisor";
    public const string Supervisor = "E1101|%E9%99%88%E4%B8%BB%E7%AE%A1|ServiceSupervisor";
    public const string Manager = "E1201|%E5%88%98%E7%BB%8F%E7%90%86|ServiceManager";
    public const string SiteManager = "E1301|%E8%B5%B5%E5%A4%84%E9%95%BF|SiteManager";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ps-web-" + Guid.NewGuid().ToString("N"));

    public WebHost() => Factory = Start();

    public string DatabasePath => Path.Combine(_folder, "service-center.db");

    public WebApplicationFactory<Program> Factory { get; private set; }

    public void Restart()
    {
        Factory.Dispose();
        Factory = Start();
    }

    public HttpClient Client(string? actor = Officer, string? language = null)
    {
        var client = Factory.CreateClient();
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Actor", actor);
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
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:SqlitePath", DatabasePath));
}
