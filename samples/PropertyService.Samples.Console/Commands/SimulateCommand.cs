using System.CommandLine;
using PropertyService.Samples.Console.Cli;
using PropertyService.Samples.Console.Simulation;

namespace PropertyService.Samples.Console.Commands;

/// <summary><c>simulate &lt;scenario.json&gt;</c>: replays a scripted day (see <c>scenarios/README.md</c>) and prints its
/// timeline and day report. An invalid file is refused with the step and field at fault before anything runs.</summary>
public sealed class SimulateCommand : CliCommand
{
    private readonly Argument<FileInfo> _file = new("scenario")
    {
        Description = "The scenario file (JSON): site, people, roster, optional fee schedule, policy and calendars, timed steps",
    };

    /// <summary>Creates the command.</summary>
    public SimulateCommand()
        : base("simulate", "Replay a scripted scenario against its calendar, fee schedule and policy, and print the timeline and day report")
    {
        Command.Arguments.Add(_file);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<OutputFormat>? Formats => [OutputFormat.Text, OutputFormat.Json];

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var file = invocation.GetValue(_file)!;
        Scenario scenario;
        try
        {
            scenario = ScenarioReader.ReadFile(file.FullName);
        }
        catch (ScenarioException ex)
        {
            throw new CliUsageException($"{file.Name}: {ex.Message}");
        }

        return await ScenarioOutput.RunAsync(invocation, scenario, cancellationToken);
    }
}
