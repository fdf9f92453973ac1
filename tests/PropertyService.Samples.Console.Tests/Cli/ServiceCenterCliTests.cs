using System.Globalization;
using PropertyService.Samples.Console.Cli;

namespace PropertyService.Samples.Console.Cli;

public class ServiceCenterCliTests
{
    [Fact]
    public async Task Without_a_command_the_day_is_simulated_and_ends_with_the_store_check()
    {
        var run = await CliRun.RunAsync("--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("issues the work order in triplicate RT-01", run.Output);
        Assert.Contains("Day report", run.Output);
        Assert.StartsWith("Store check: intact", run.Lines[^1], StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task The_demo_command_is_the_default_command()
    {
        var byDefault = await CliRun.RunAsync("--lang", "en");
        var named = await CliRun.RunAsync("demo", "--lang", "en");

        Assert.Equal(ExitCodes.Success, named.ExitCode);
        Assert.Equal(byDefault.Output, named.Output);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_the_global_options()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var text in new[] { "demo", "simulate", "walkthrough", "graph", "quote", "--lang", "--store", "--db", "--format" })
        {
            Assert.Contains(text, run.Output);
        }
    }

    [Theory]
    [InlineData("--store bogus", "--store: Argument 'bogus' not recognized")]
    [InlineData("--lang fr", "--lang: Argument 'fr' not recognized")]
    [InlineData("--format xml", "--format: Argument 'xml' not recognized")]
    [InlineData("--store memory --db x.db", "--db names a SQLite file, but --store memory keeps events in memory")]
    [InlineData("grph", "Unknown command 'grph'")]
    [InlineData("demo --no-such-option", "--no-such-option")]
    [InlineData("walkthrough --format json", "'walkthrough' prints text only, not json")]
    [InlineData("demo --date 2026-13-01", "--date")]
    [InlineData("demo --seed x", "--seed")]
    [InlineData("simulate", "scenario")]
    public async Task Invalid_options_exit_with_code_2_and_say_what_is_wrong(string args, string message)
    {
        var run = await CliRun.RunAsync(args.Split(' '));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Store check", run.Output);
    }

    [Fact]
    public async Task The_callers_UI_culture_is_restored_after_a_run()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            await CliRun.RunAsync("graph", "repair", "--lang", "zh");

            Assert.Equal("de-DE", CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_command_is_registered_once_under_the_root()
    {
        var root = ServiceCenterCli.CreateRootCommand(new CliConsole(new Spectre.Console.Testing.TestConsole(), new Spectre.Console.Testing.TestConsole()));

        Assert.Equal(["demo", "simulate", "whatif", "export", "walkthrough", "graph", "quote"], root.Subcommands.Select(c => c.Name));
        Assert.NotNull(root.Action);
    }
}
