using System.Collections.Concurrent;
using System.Diagnostics;

namespace PropertyService.Storage.Sqlite;

/// <summary>
/// A child process appends in a loop and is killed with SIGKILL at a random moment, 20 times over one database:
/// every append it acknowledged is there afterwards, and the whole site verifies.
/// </summary>
public sealed class SqliteCrashTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    [Theory]
    [Trait("Speed", "Slow")]
    [InlineData("full")]
    [InlineData("normal")]
    public async Task Every_acknowledged_append_survives_a_kill_and_the_chain_verifies(string synchronous)
    {
        var path = _temp.File();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var acknowledged = 0;
        for (var run = 0; run < 20; run++)
        {
            var acks = await RunAndKill(path, $"C{run}", synchronous, TimeSpan.FromMilliseconds(random.Next(20, 500)));
            acknowledged += acks.Count;
            using var store = SqliteEventStore.Open(path);
            foreach (var (stream, version) in acks)
            {
                var events = await store.ReadAsync(RepairsSite, stream);
                Assert.True(events.Count >= version, $"seed {seed}, run {run}: {stream} v{version} was acknowledged but the stream has {events.Count} events.");
            }

            var verified = await store.VerifyAllAsync(RepairsSite);
            Assert.True(verified.IsIntact, $"seed {seed}, run {run}: {verified}");
        }

        Assert.True(acknowledged > 20, $"seed {seed}: only {acknowledged} appends were acknowledged in 20 runs; the child may not be running.");
    }

    private static readonly SiteId RepairsSite = new("SZ-01");

    private static async Task<List<(string Stream, int Version)>> RunAndKill(string path, string prefix, string synchronous, TimeSpan after)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WriterPath());
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(prefix);
        start.ArgumentList.Add(synchronous);
        var lines = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var ready = new TaskCompletionSource();
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (e.Data == "ready")
            {
                ready.TrySetResult();
            }

            lines.Enqueue(e.Data);
        };
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var started = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(started == ready.Task && !child.HasExited, $"The writer did not start: {string.Join('\n', errors)}");
        await Task.Delay(after);
        Assert.False(child.HasExited, $"The writer stopped by itself: {string.Join('\n', errors)}");
        child.Kill(); // SIGKILL on Unix: no finally blocks, no flush, no dispose
        await child.WaitForExitAsync();
        return [.. lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).Select(l =>
        {
            var parts = l.Split(' ');
            return (parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        })];
    }

    /// <summary>The crash writer's build output, beside this test project's (same configuration and framework).</summary>
    private static string WriterPath()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar); // …/tests/PropertyService.Core.Tests/bin/Release/net10.0
        var framework = Path.GetFileName(here);
        var configuration = Path.GetFileName(Path.GetDirectoryName(here)!);
        var tests = Path.GetFullPath(Path.Combine(here, "..", "..", "..", ".."));
        var writer = Path.Combine(tests, "PropertyService.Storage.CrashWriter", "bin", configuration, framework, "PropertyService.Storage.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"The crash writer is not built at {writer}.");
        return writer;
    }

    public void Dispose() => _temp.Dispose();
}
