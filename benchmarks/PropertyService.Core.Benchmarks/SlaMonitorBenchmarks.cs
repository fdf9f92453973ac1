using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Sla;

namespace PropertyService.Benchmarks;

/// <summary>
/// <see cref="SlaMonitor"/> holding 1,000,000 timers: <see cref="SlaMonitor.Poll"/> with nothing due (against an empty
/// monitor as the baseline), and updating one timer. The setup prints the memory the monitor retains per timer.
/// </summary>
[MemoryDiagnoser]
public class SlaMonitorBenchmarks
{
    private const int Timers = 1_000_000;
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 2, 0);
    private static readonly SlaTarget Target = SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget);
    private readonly SlaMonitor _empty = new();
    private SlaMonitor _monitor = null!;
    private string[] _ids = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _ids = new string[Timers];
        for (var i = 0; i < Timers; i++)
        {
            _ids[i] = $"R-{i:D7}";
        }

        var random = new Random(42);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _monitor = new SlaMonitor();
        for (var i = 0; i < Timers; i++)
        {
            var deadline = Now + Duration.FromMinutes(10 + random.Next(100_000));
            _monitor.Track(_ids[i], Target, deadline - Duration.FromMinutes(1), deadline);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// SlaMonitor memory: {Timers:N0} timers retain {after - before:N0} bytes = {(after - before) / (double)Timers:F1} B/timer (ids excluded: {Timers:N0} id strings were allocated before)");
        GC.KeepAlive(_monitor);
    }

    [Benchmark(Baseline = true)]
    public int PollNothingDue_EmptyMonitor() => _empty.Poll(Now).Count;

    [Benchmark]
    public int PollNothingDue_1MTimers() => _monitor.Poll(Now).Count;

    [Benchmark]
    public Instant? NextDue_1MTimers() => _monitor.NextDue;

    [Benchmark]
    public void UpdateOneTimer_1MTimers()
    {
        var i = _next++ % Timers;
        var deadline = Now + Duration.FromMinutes(10 + (i % 100_000));
        _monitor.Track(_ids[i], Target, deadline - Duration.FromMinutes(1), deadline);
    }
}
