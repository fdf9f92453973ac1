using BenchmarkDotNet.Attributes;
using NodaTime;
using PropertyService.Fees;

namespace PropertyService.Benchmarks;

/// <summary>
/// Quoting a 5-item request against a 1,000-item fee schedule with the six built-in rules (all enabled),
/// against a baseline that only looks the items up in a <see cref="Dictionary{TKey, TValue}"/> and sums their prices.
/// </summary>
[MemoryDiagnoser]
public class FeeEvaluatorBenchmarks
{
    private static readonly RepairCategory[] Categories = [RepairCategory.Unit, RepairCategory.Water, RepairCategory.Power, RepairCategory.SpecialRequest];
    private static readonly string?[] DefectClasses = [null, "plumbing", "electrical", "waterproofing", "fit-out", "heating"];

    private FeeEvaluator _evaluator = null!;
    private QuoteRequest _request = null!;
    private Dictionary<string, decimal> _prices = null!;
    private (string Code, decimal Quantity)[] _baselineItems = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = FeeSchedule.CreateBuilder(new LocalDate(2026, 1, 1));
        _prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < 1000; i++)
        {
            var labour = Money.Yuan(10m + (i % 90));
            var material = Money.Yuan((i % 7) * 3.5m);
            builder.Add(new FeeScheduleItem($"X-{i:0000}", $"Standard repair {i}", Categories, i % 10 == 0 ? FeeUnit.PerMetre : FeeUnit.PerItem, labour,
                material: material, defectClass: DefectClasses[i % DefectClasses.Length]));
            _prices.Add($"X-{i:0000}", labour.Amount + material.Amount);
        }

        var rules = FeeRules.CreateBuiltIn(
            afterHours: new AfterHoursSurchargeOptions { Enabled = true },
            minimumCallOut: new MinimumCallOutChargeOptions { Enabled = true });
        _evaluator = new FeeEvaluator(new FeeScheduleHistory(builder.Build()), rules);
        var reported = new LocalDate(2026, 3, 10);
        QuoteRequestItem[] items =
        [
            new("X-0007"), new("X-0130", 2.5m), new("X-0421", 2), new("X-0666"), new("X-0999"),
        ];
        _request = new QuoteRequest(new SiteId("SZ-VK-01"), RepairCategory.Unit, reported, items)
        {
            WorkStartsAt = reported.At(new LocalTime(19, 30)),
            ResidentSuppliesMaterials = false,
            Warranty = new WarrantyFacts(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 1)),
        };
        _baselineItems = items.Select(i => (i.ItemCode, i.Quantity)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal DictionaryLookupAndSum()
    {
        var total = 0m;
        foreach (var (code, quantity) in _baselineItems)
        {
            total += _prices[code] * quantity;
        }

        return total;
    }

    [Benchmark]
    public FeeEvaluation EvaluateWithBuiltInRules() => _evaluator.Evaluate(_request);
}
