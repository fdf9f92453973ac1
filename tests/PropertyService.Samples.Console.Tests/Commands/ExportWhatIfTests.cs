using System.Text.Json;
using PropertyService.Sla;
using PropertyService.Storage.Serialization;

namespace PropertyService.Samples.Console.Commands;

/// <summary><c>export</c> writes what a store recorded; <c>whatif</c> re-projects it under another policy with
/// <see cref="SlaReplay"/>, and agrees with projecting each record one by one.</summary>
public class ExportWhatIfTests
{
    private const string StrictArrival = """{ "name": "strict arrival", "targets": { "RP-12 arrival": { "workingTime": "PT5M" } } }""";

    [Fact]
    public async Task Two_demo_days_on_one_file_export_and_read_back_in_full()
    {
        using var store = new TempFile();
        using var history = new TempFile();
        Assert.Equal(0, (await CliRun.RunAsync("--store", "sqlite", "--db", store.Path, "--date", "2026-11-27")).ExitCode);
        var second = await CliRun.RunAsync("--store", "sqlite", "--db", store.Path, "--date", "2026-11-28", "--seed", "2");

        var export = await CliRun.RunAsync("export", "--db", store.Path, "--output", history.Path);

        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("Store check: intact: 36 streams, 246 events", second.Lines[^1], StringComparison.Ordinal);
        Assert.Contains("246 events of site SZ-VK-01", export.Output, StringComparison.Ordinal);
        await using var file = File.OpenRead(history.Path);
        var lines = EventJsonLines.Read(file).ToList();
        Assert.Equal(246, lines.Count);
        Assert.Equal(36, lines.Select(l => l.StreamId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 246).Select(p => (long)p), lines.Select(l => l.Position));
    }

    [Fact]
    public async Task Whatif_agrees_with_projecting_each_record_one_by_one()
    {
        using var store = new TempFile();
        using var history = new TempFile();
        using var policy = new TempFile();
        await File.WriteAllTextAsync(policy.Path, StrictArrival);
        foreach (var seed in new[] { "1", "2", "3" })
        {
            await CliRun.RunAsync("--store", "sqlite", "--db", store.Path, "--date", "2026-11-27", "--seed", seed);
        }

        await CliRun.RunAsync("export", "--db", store.Path, "--output", history.Path);
        var run = await CliRun.RunAsync("whatif", "--events", history.Path, "--policy", policy.Path, "--format", "json");
        Assert.Equal(0, run.ExitCode);

        List<DomainEvent> events;
        await using (var file = File.OpenRead(history.Path))
        {
            events = [.. EventJsonLines.Read(file).Select(l => l.Event)];
        }

        var asOf = events.Max(e => e.OccurredAt);
        var before = new SlaTracker([SlaDefaults.Policy]);
        var after = new SlaTracker([SlaPolicyJson.Parse(StrictArrival)]);
        (int Met, int Breached) Count(SlaTracker tracker) => events.GroupBy(e => e.AggregateId)
            .SelectMany(g => tracker.Project([.. g], asOf))
            .Where(t => t.Target.Name == SlaDefaults.ArrivalTarget)
            .Aggregate((Met: 0, Breached: 0), (sum, t) => (sum.Met + (t.State == SlaTimerState.Met ? 1 : 0), sum.Breached + (t.State == SlaTimerState.Breached ? 1 : 0)));

        using var json = JsonDocument.Parse(run.Output);
        var arrival = json.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target").GetString() == SlaDefaults.ArrivalTarget);
        Assert.Equal(Count(before), (arrival.GetProperty("before").GetProperty("met").GetInt32(), arrival.GetProperty("before").GetProperty("breached").GetInt32()));
        Assert.Equal(Count(after), (arrival.GetProperty("after").GetProperty("met").GetInt32(), arrival.GetProperty("after").GetProperty("breached").GetInt32()));
        Assert.True(Count(after).Breached > Count(before).Breached, "the stricter target breaks more");
        Assert.Equal(Count(after).Breached - Count(before).Breached, arrival.GetProperty("changes").GetInt32());
        Assert.Equal(events.Count, json.RootElement.GetProperty("events").GetInt64());

        var text = await CliRun.RunAsync("whatif", "--events", history.Path, "--policy", policy.Path, "--lang", "en");
        Assert.Contains("outcomes change", text.Output, StringComparison.Ordinal);
        Assert.Contains("MetLate, due", text.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "--db")]
    [InlineData("whatif --events missing.jsonl --policy x.json", "missing.jsonl")]
    [InlineData("whatif --events {history}", "Give the policy")]
    [InlineData("whatif --events {history} --calendar office", "name=file")]
    [InlineData("whatif --events {bad} --policy {policy}", "Line 1, field \"site\"")]
    public async Task Bad_input_exits_with_code_2_and_says_what(string args, string message)
    {
        using var history = new TempFile();
        using var bad = new TempFile();
        using var policy = new TempFile();
        await File.WriteAllTextAsync(policy.Path, StrictArrival);
        await File.WriteAllTextAsync(history.Path, "");
        await File.WriteAllTextAsync(bad.Path, "{}\n{\"site\":1}\n");

        var run = await CliRun.RunAsync([.. args.Replace("{history}", history.Path, StringComparison.Ordinal).Replace("{bad}", bad.Path, StringComparison.Ordinal).Replace("{policy}", policy.Path, StringComparison.Ordinal).Split(' ')]);

        Assert.Equal(Cli.ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
