using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Sla;
using PropertyService.Storage;
using PropertyService.Storage.Serialization;

namespace PropertyService.Benchmarks;

/// <summary>
/// What-if replay of SLA policies over a month of one busy site (<see cref="ReplayHistory"/>: 100,000 events of 11,535
/// repair tickets and help requests, interleaved as the store holds them), the default policy against the same with
/// RP-12 shortened to 5 minutes. Every figure is per event (<c>OperationsPerInvoke</c>).
/// </summary>
/// <remarks>
/// The baseline does what a caller without <see cref="SlaReplay"/> does: gather each aggregate's events, project it under
/// each configuration with <see cref="SlaTracker.Project(IReadOnlyCollection{DomainEvent}, Instant)"/>, and compare the
/// timers. <see cref="ReadExport"/> reads the same history back from its JSON-lines export, for scale: what a replay
/// from a file costs before the replay itself.
/// </remarks>
[MemoryDiagnoser]
public class SlaReplayBenchmarks
{
    private const int Events = 100_000;

    private static readonly Instant AsOf = ReplayHistory.Start + Duration.FromDays(31);

    private DomainEvent[] _history = null!;
    private SlaTracker _before = null!;
    private SlaTracker _after = null!;
    private byte[] _export = null!;

    [GlobalSetup]
    public void Setup()
    {
        _history = ReplayHistory.Build(Events);
        _before = new SlaTracker([SlaDefaults.Policy]);
        _after = new SlaTracker([SlaDefaults.Policy.WithTarget(
            SlaDefaults.Policy.Target(SlaDefaults.ArrivalTarget) with { Deadline = SlaDeadline.After(Duration.FromMinutes(5)) })]);
        var stored = _history.Select((e, i) => new StoredEvent(ReplayHistory.Site, i + 1, e, EventTypeRegistry.Of(e.GetType()).SchemaVersion, HashChain.Genesis, HashChain.Genesis));
        using var output = new MemoryStream();
        EventJsonLines.Write(output, stored);
        _export = output.ToArray();

        var result = new SlaReplay(_before, _after).Run(_history, AsOf);
        Console.WriteLine($"// {result}; export {_export.Length / 1024.0 / 1024.0:F1} MiB");
        foreach (var target in result.Targets)
        {
            Console.WriteLine($"//   {target}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public int ProjectAggregateByAggregate()
    {
        var byAggregate = new Dictionary<(SiteId, string), List<DomainEvent>>();
        foreach (var e in _history)
        {
            if (!byAggregate.TryGetValue((e.Actor.Site, e.AggregateId), out var events))
            {
                byAggregate.Add((e.Actor.Site, e.AggregateId), events = []);
            }

            events.Add(e);
        }

        var changes = 0;
        foreach (var events in byAggregate.Values)
        {
            var before = _before.Project(events, AsOf);
            var after = _after.Project(events, AsOf);
            foreach (var timer in before)
            {
                var other = after.FirstOrDefault(t => t.Target.Name == timer.Target.Name);
                if (other is null || other.State != timer.State || (other.StoppedAt is null) != (timer.StoppedAt is null))
                {
                    changes++;
                }
            }
        }

        return changes;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public int Replay() => new SlaReplay(_before, _after).Run(_history, AsOf).Changes.Count;

    [Benchmark(OperationsPerInvoke = Events)]
    public int ReadExport()
    {
        var count = 0;
        foreach (var line in EventJsonLines.Read(new MemoryStream(_export, writable: false)))
        {
            count += line.Version;
        }

        return count;
    }
}
