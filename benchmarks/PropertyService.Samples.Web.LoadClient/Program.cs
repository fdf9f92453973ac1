using System.Net;

namespace PropertyService.Samples.Web.LoadClient;

/// <summary>
/// Loads a running web host: <c>dotnet run -c Release --project benchmarks/PropertyService.Samples.Web.LoadClient --
/// [--url http://127.0.0.1:5080] [--duration 10] [--concurrency 32] [--site SZ-VK-01]</c>. It starts nothing itself;
/// <c>benchmarks/web-load.sh</c> starts a host and runs it.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args, out var errors);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return 2;
        }

        using var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            var report = await LoadRunner.RunAsync(client, options, cancel.Token);
            report.Print(Console.Out);
            return report.Creates.Errors + report.Lists.Errors == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
