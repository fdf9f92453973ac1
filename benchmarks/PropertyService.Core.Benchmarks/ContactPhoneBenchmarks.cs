using BenchmarkDotNet.Attributes;

namespace PropertyService.Benchmarks;

/// <summary>Parsing the phone number that every repair ticket and help request records.</summary>
[MemoryDiagnoser]
public class ContactPhoneBenchmarks
{
    [Benchmark(Baseline = true)]
    public ContactPhone ParseMobile() => ContactPhone.Parse("138 1234 5678");

    [Benchmark]
    public ContactPhone ParseLandline() => ContactPhone.Parse("0755-1234 5678");

    [Benchmark]
    public string Mask() => Phone.Masked;

    private static readonly ContactPhone Phone = ContactPhone.Parse("13812345678");
}
