using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Shifts;

namespace PropertyService.Benchmarks;

/// <summary>
/// A year's roster of one site with six four-hour shifts a day (2,190 shifts): the CS-11 coverage check against a
/// minute-by-minute scan, and <see cref="DutyRoster.WhoIsOnDuty"/> against a scan of every shift.
/// </summary>
[MemoryDiagnoser]
public class DutyRosterBenchmarks
{
    private static readonly SiteId Site = new("SZ-01");
    private readonly Instant _at = Instant.FromUtc(2026, 9, 17, 3, 7); // a Thursday, 11:07 in Shanghai
    private DutyRoster _roster = null!;

    [GlobalSetup]
    public void Setup()
    {
        Actor[] officers = [.. Enumerable.Range(1, 6).Select(i => new Actor($"O{i}", $"Officer {i}", Site, Role.Officer))];
        var builder = DutyRoster.CreateBuilder(Site, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))
            .SetTemplates(Enumerable.Range(0, 6).Select(i => new ShiftTemplate($"S{i}", new LocalTime(i * 4, 0), new LocalTime((i * 4 + 4) % 24, 0), Role.Officer)));
        for (var i = 0; i < 6; i++)
        {
            builder.SetRotation($"S{i}", officers);
        }

        _roster = builder.Build();
        if (!_roster.CheckCoverage().IsCovered || CoveredMinutesByScan() != (int)_roster.Period.Duration.TotalMinutes
            || !ReferenceEquals(WhoIsOnDuty_ScanEveryShift(), WhoIsOnDuty()))
        {
            throw new InvalidOperationException("The roster and the scans disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public int CoverageCheck_MinuteByMinuteScan() => CoveredMinutesByScan();

    [Benchmark]
    public CoverageReport CoverageCheck() => _roster.CheckCoverage();

    [Benchmark]
    public Shift? WhoIsOnDuty_ScanEveryShift()
    {
        Shift? found = null;
        foreach (var shift in _roster.Shifts)
        {
            if (shift.Start <= _at && _at < shift.End)
            {
                found = shift;
            }
        }

        return found;
    }

    [Benchmark]
    public Shift? WhoIsOnDuty() => _roster.WhoIsOnDuty(_at);

    // Minute by minute, the shifts that cover it: a cursor over the shifts in start order keeps this linear.
    private int CoveredMinutesByScan()
    {
        var shifts = _roster.Shifts;
        var covered = 0;
        var first = 0;
        for (var at = _roster.Period.Start; at < _roster.Period.End; at += Duration.FromMinutes(1))
        {
            while (first < shifts.Count && shifts[first].End <= at)
            {
                first++;
            }

            var count = 0;
            for (var i = first; i < shifts.Count && shifts[i].Start <= at; i++)
            {
                if (at < shifts[i].End)
                {
                    count++;
                }
            }

            covered += count == 1 && shifts[first].People.Count >= shifts[first].Template.Staff ? 1 : 0;
        }

        return covered;
    }
}
