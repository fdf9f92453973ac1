using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using PropertyService.Storage;
using PropertyService.Storage.Sqlite;

namespace PropertyService.Samples.Web.Tests;

/// <summary>
/// The web host as its own process on a SQLite file, killed hard (SIGKILL) while creates are in flight: after a restart
/// on the same file every ticket it acknowledged with 201 is there at the version it answered, and the store verifies.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class DurabilityTests : IDisposable
{
    private const int Acknowledged = 50;
    private const int Writers = 8;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ps-web-durability-" + Guid.NewGuid().ToString("N"));

    private readonly ITestOutputHelper _log;

    public DurabilityTests(ITestOutputHelper log)
    {
        _log = log;
        Directory.CreateDirectory(_folder);
    }

    private string DatabasePath => Path.Combine(_folder, "service-center.db");

    [Fact]
    public async Task Every_ticket_acknowledged_before_a_hard_kill_is_there_after_a_restart_and_the_store_verifies()
    {
        var acked = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var output = new StringBuilder();
        using (var first = await HostProcess.StartAsync(DatabasePath, output))
        {
            using var client = await first.SignedInClientAsync();
            var next = 0;
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var id = $"DT-{Interlocked.Increment(ref next)}";
                    try
                    {
                        using var response = await WebHost.CreateAsync(client, id);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acked[id] = response.Headers.ETag?.Tag ?? "(none)";
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return; // the host is gone
                    }
                }
            })).ToArray();

            var deadline = Stopwatch.StartNew();
            while (acked.Count < Acknowledged && deadline.Elapsed < StartTimeout && !writers.All(w => w.IsCompleted))
            {
                await Task.Delay(5);
            }

            Assert.True(acked.Count >= Acknowledged, $"only {acked.Count} creates acknowledged in {deadline.Elapsed}:\n{output}");
            first.KillHard(); // the writers still have creates in flight
            var started = Volatile.Read(ref next);
            await first.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(writers).WaitAsync(RequestTimeout * 2);
            _log.WriteLine($"Killed after {started} creates were sent; {acked.Count} acknowledged.");
        }

        using var second = await HostProcess.StartAsync(DatabasePath, output);
        using var reader = await second.SignedInClientAsync();
        foreach (var (id, etag) in acked.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            using var response = await reader.GetAsync($"/api/sites/{WebHost.Site}/repairs/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{id} was acknowledged with 201 but is {(int)response.StatusCode} after the restart");
            Assert.Equal(etag, response.Headers.ETag?.Tag);
            var ticket = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("reported", ticket.GetProperty("state").GetString());
        }

        var listed = await reader.GetFromJsonAsync<JsonElement>($"/api/sites/{WebHost.Site}/repairs?state=reported");
        Assert.True(listed.GetArrayLength() >= acked.Count);

        using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = DatabasePath });
        var verified = await store.VerifyAllAsync(new SiteId(WebHost.Site));
        Assert.True(verified.IsIntact, verified.ToString());
        Assert.True(verified.Events >= acked.Count, verified.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in the temporary folder.
        }
    }

    /// <summary>The built web sample run with <c>dotnet PropertyService.Samples.Web.dll</c> on a free loopback port.</summary>
    private sealed class HostProcess : IDisposable
    {
        private readonly Process _process;

        private HostProcess(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<HostProcess> StartAsync(string databasePath, StringBuilder output)
        {
            var folder = AppContext.BaseDirectory;
            var dll = Path.Combine(folder, "PropertyService.Samples.Web.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the sample so that it is copied here.");
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                dll, "--urls", address.ToString().TrimEnd('/'), "--contentRoot", folder, $"--Storage:SqlitePath={databasePath}",
                "--Logging:LogLevel:Default=Warning", "--Security:SignInPermitLimit=1000",
            })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var host = new HostProcess(process, address);
            try
            {
                await host.WaitUntilReadyAsync(output);
                return host;
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }

        public async Task<HttpClient> SignedInClientAsync()
        {
            var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = Address,
                Timeout = RequestTimeout,
            };
            using var response = await client.PostAsJsonAsync("/api/session", new { userName = WebHost.Officer, password = WebHost.Officer + "-demo" });
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            return client;
        }

        public void KillHard() => _process.Kill(entireProcessTree: true);

        public async Task WaitForExitAsync()
        {
            using var timeout = new CancellationTokenSource(RequestTimeout);
            await _process.WaitForExitAsync(timeout.Token);
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(30_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
        }

        private async Task WaitUntilReadyAsync(StringBuilder output)
        {
            using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < StartTimeout)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{output}");
                }

                try
                {
                    using var response = await probe.GetAsync("/openapi/v1.json");
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"The host did not answer within {StartTimeout}:\n{output}");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}
