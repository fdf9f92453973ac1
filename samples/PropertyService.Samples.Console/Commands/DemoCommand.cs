using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using PropertyService.Samples.Console.Cli;
using PropertyService.Samples.Console.Simulation;
using PropertyService.Shifts;

namespace PropertyService.Samples.Console.Commands;

/// <summary>
/// <c>demo</c>, the default command: one full day (08:30 to 08:30) at a service center, made from a seed
/// (<see cref="DemoDay"/>) and run on a fake clock; prints the timeline and the day report.
/// </summary>
public sealed class DemoCommand : CliCommand
{
    private readonly Option<int> _seed = new("--seed")
    {
        Description = "Decides the day's delays and mishaps; the same seed always gives the same day",
        DefaultValueFactory = _ => 1,
    };

    private readonly Option<LocalDate?> _date = new("--date")
    {
        Description = "The day to simulate, e.g. 2026-02-14 (a make-up working day before the Spring Festival) [default: today at the site]",
        HelpName = "yyyy-MM-dd",
        CustomParser = QuoteArguments.ParseDate,
    };

    private readonly Option<FileInfo?> _save = new("--save-scenario")
    {
        Description = "Also write the day as a scenario file, to change and replay with 'simulate'",
        HelpName = "file",
    };

    /// <summary>Creates the command.</summary>
    public DemoCommand()
        : base("demo", "Simulate one full day at a service center (08:30 to 08:30) and print its timeline and day report (the default command)")
    {
        Command.Options.Add(_seed);
        Command.Options.Add(_date);
        Command.Options.Add(_save);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<OutputFormat>? Formats => [OutputFormat.Text, OutputFormat.Json];

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var seed = invocation.GetValue(_seed);
        var date = invocation.GetValue(_date)
            ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[DutyRosterDefaults.TimeZoneId]).Date;
        if (invocation.GetValue(_save) is { } file)
        {
            await File.WriteAllTextAsync(file.FullName, DemoDay.ToJson(seed, date), cancellationToken);
        }

        return await ScenarioOutput.RunAsync(invocation, DemoDay.Create(seed, date), cancellationToken);
    }
}
