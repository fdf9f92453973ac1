using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Sla;

namespace PropertyService.Benchmarks;

/// <summary>
/// <see cref="BusinessCalendar.Add"/> of 2 business days (15 h) on a calendar with a noon gap, an overnight
/// window and 30 holidays (29 spread over 2026 plus the Friday before Qingming), against the minute-stepping reference; and <see cref="BusinessCalendar.Elapsed"/>
/// across one year.
/// </summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private static readonly Duration TwoBusinessDays = Duration.FromHours(15);
    private readonly Instant _start = Instant.FromUtc(2026, 4, 2, 2, 0); // Thursday 10:00 in Shanghai, before Qingming
    private readonly Instant _yearStart = Instant.FromUtc(2026, 1, 1, 0, 0);
    private readonly Instant _yearEnd = Instant.FromUtc(2027, 1, 1, 0, 0);
    private BusinessCalendar _calendar = null!;
    private MinuteSteppingCalendar _reference = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = new CalendarSpec("Asia/Shanghai");
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            spec.With(day, (8 * 60) + 30, 210).With(day, (13 * 60) + 30, 240);
        }

        spec.With(IsoDayOfWeek.Saturday, (17 * 60) + 30, 15 * 60);
        var first = new LocalDate(2026, 1, 1);
        for (var i = 0; i < 29; i++)
        {
            spec.Holidays[first.PlusDays(i * 12)] = null;
        }

        spec.Holidays[new LocalDate(2026, 4, 3)] = null;
        _calendar = spec.Build();
        _reference = new MinuteSteppingCalendar(spec);
        if (_calendar.Add(_start, TwoBusinessDays).Value != _reference.Add(_start, TwoBusinessDays))
        {
            throw new InvalidOperationException("The calendar and the reference disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    public Instant AddTwoBusinessDays_MinuteSteppingReference() => _reference.Add(_start, TwoBusinessDays);

    [Benchmark]
    public Instant AddTwoBusinessDays() => _calendar.Add(_start, TwoBusinessDays).Value;

    [Benchmark]
    public Duration ElapsedOneYear() => _calendar.Elapsed(_yearStart, _yearEnd).Value;
}
