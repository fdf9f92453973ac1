using BenchmarkDotNet.Running;

namespace PropertyService.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release -- --filter '*'</c>, or <c>--list flat</c> to see them.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
