using PropertyService.Samples.Console.Cli;
using Spectre.Console.Testing;

namespace PropertyService.Samples.Console;

/// <summary>One run of the tool with its output captured: what a person would see on standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the tool as <c>dotnet run -- args</c> would, writing to test consoles as wide as the tool's redirected output.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new TestConsole().Width(CliConsole.UnwrappedWidth);
        using var error = new TestConsole().Width(CliConsole.UnwrappedWidth);
        var exitCode = await ServiceCenterCli.RunAsync(args, new CliConsole(output, error));
        return new CliRun(exitCode, output.Output, error.Output);
    }

    /// <summary>The output's lines, without empty ones.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
