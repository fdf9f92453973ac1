using PropertyService.Samples.Console.Cli;
using PropertyService.Samples.Console.Simulation;

namespace PropertyService.Samples.Console.Commands;

/// <summary>Runs a scenario with the command line's settings and shows it: what <c>demo</c> and <c>simulate</c> share.</summary>
internal static class ScenarioOutput
{
    /// <summary>Runs and shows a scenario.</summary>
    /// <returns>0, or 1 when the store's check found something.</returns>
    internal static async Task<int> RunAsync(CliInvocation invocation, Scenario scenario, CancellationToken cancellationToken)
    {
        var settings = invocation.Settings;
        var options = new ScenarioRunOptions
        {
            Culture = settings.Culture,
            Store = settings.Store == StoreKind.Sqlite ? "sqlite" : "memory",
            DatabasePath = settings.DatabasePath,
        };
        ScenarioOutcome outcome;
        try
        {
            outcome = await ScenarioRunner.RunAsync(scenario, options, cancellationToken);
        }
        catch (ScenarioException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        if (settings.Format == OutputFormat.Json)
        {
            ScenarioRenderer.WriteJson(invocation.Console.OutWriter, outcome, settings.Culture);
        }
        else
        {
            ScenarioRenderer.WriteText(invocation.Console.Out, outcome, settings.Culture);
        }

        return outcome.StoreCheck.IsIntact ? ExitCodes.Success : ExitCodes.Failure;
    }
}
