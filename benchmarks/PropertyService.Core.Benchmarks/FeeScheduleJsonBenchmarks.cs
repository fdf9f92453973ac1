using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PropertyService.Fees;

namespace PropertyService.Benchmarks;

/// <summary>
/// Loading a generated fee schedule of about <see cref="Megabytes"/> MB (every field of the format in use),
/// against a baseline that only parses the same bytes into a <see cref="JsonDocument"/>: the loader's own
/// checks (known fields, duplicates, categories, prices, unique codes) should cost a small multiple of the parse.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BuildTimeoutConfig))]
public class FeeScheduleJsonBenchmarks
{
    /// <summary>A busy 2-core machine can take more than the default two minutes to build the benchmark project.</summary>
    private sealed class BuildTimeoutConfig : ManualConfig
    {
        public BuildTimeoutConfig() => WithBuildTimeout(TimeSpan.FromMinutes(10));
    }

    private static readonly string[] Categories = ["Unit", "Water", "Power", "Gas", "CommonArea", "SpecialRequest"];
    private static readonly string[] DefectClasses = ["plumbing", "electrical", "waterproofing", "fit-out", "heating"];

    private byte[] _utf8 = null!;

    /// <summary>The schedule's size in megabytes.</summary>
    [Params(50)]
    public int Megabytes { get; set; }

    /// <summary>How many items the generated schedule holds.</summary>
    public int ItemCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var json = new StringBuilder("{\n  \"name\": \"Generated schedule\",\n  \"inForceFrom\": \"2026-01-01\",\n  \"currency\": \"CNY\",\n  \"items\": [\n");
        var target = Megabytes * 1024L * 1024L;
        var i = 0;
        while (json.Length < target)
        {
            json.Append(i == 0 ? "" : ",\n")
                .Append(CultureInfo.InvariantCulture, $"    {{ \"code\": \"G-{i:000000}\", \"name\": \"Generated standard repair number {i}\", ")
                .Append(CultureInfo.InvariantCulture, $"\"categories\": [\"{Categories[i % 6]}\", \"{Categories[(i + 1) % 6]}\"], \"unit\": \"{(i % 10 == 0 ? "PerMetre" : "PerItem")}\", ")
                .Append(CultureInfo.InvariantCulture, $"\"labour\": {10 + (i % 900)}.50, \"labourMax\": {20 + (i % 900)}, ")
                .Append(i % 3 == 0 ? "\"material\": \"at-cost\", " : string.Create(CultureInfo.InvariantCulture, $"\"material\": {i % 70}.25, "))
                .Append(CultureInfo.InvariantCulture, $"\"defectClass\": \"{DefectClasses[i % 5]}\", \"utilityInstallation\": {(i % 17 == 0 ? "true" : "false")}, \"majorWork\": false }}");
            i++;
        }

        _utf8 = Encoding.UTF8.GetBytes(json.Append("\n  ]\n}\n").ToString());
        ItemCount = i;
        Console.WriteLine($"// Fee schedule: {ItemCount:N0} items, {_utf8.Length / 1048576.0:F1} MB");
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetProperty("items").GetArrayLength();
    }

    [Benchmark]
    public int Load()
    {
        using var stream = new MemoryStream(_utf8, writable: false);
        return FeeScheduleJson.Load(stream).Count;
    }
}
