using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PropertyService.Samples.Web.BrowserTests;

/// <summary>The web host on a real loopback port and a temporary SQLite file, with a headless Chromium to drive it.</summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ps-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    /// <summary>The host's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Starts the host and the browser (skips the test when there is no browser, outside CI).</summary>
    public static async Task<BrowserHost> StartAsync()
    {
        var executable = Chromium.ExecutablePath;
        var host = new BrowserHost();
        host._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Storage:SqlitePath", Path.Combine(host._folder, "service-center.db"))
            .UseSetting("ServiceCenter:PollInterval", "00:00:00.200")
            .UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0"));
        host._factory.UseKestrel();
        host._factory.StartServer();
        var addresses = host._factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        host.Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        host._playwright = await Playwright.CreateAsync();
        host.Browser = await host._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
        Directory.CreateDirectory(ScreenshotFolder);
        return host;
    }

    /// <summary>A fresh browser context (its own cookies) whose pages open on the host.</summary>
    public async Task<IPage> NewPageAsync(string? language = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = language ?? "zh-CN" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A request context for API calls with its own cookies, as another person's tool would have.</summary>
    public Task<IAPIRequestContext> NewApiAsync() =>
        _playwright!.APIRequest.NewContextAsync(new APIRequestNewContextOptions { BaseURL = Address.ToString() });

    /// <summary>Saves a screenshot of the page under <see cref="ScreenshotFolder"/>.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _factory?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open: the temporary folder is left behind.
        }
    }
}
