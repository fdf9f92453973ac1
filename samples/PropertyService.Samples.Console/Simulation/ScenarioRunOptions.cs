using System.Globalization;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>How a scenario is run: the language of the timeline, and the store.</summary>
public sealed class ScenarioRunOptions
{
    /// <summary>The language of the timeline and of the library's messages. <value>The default is the current UI culture.</value></summary>
    public CultureInfo Culture { get; init; } = CultureInfo.CurrentUICulture;

    /// <summary>Where the events are kept: <c>memory</c> (the default) or <c>sqlite</c>.</summary>
    public string Store { get; init; } = "memory";

    /// <summary>The SQLite file, for <see cref="Store"/> <c>sqlite</c>; a new temporary file when null.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>The fee schedule used when the scenario names none. <value>The default is the sample's fee-schedule.json.</value></summary>
    public string DefaultFeeScheduleFile { get; init; } = Path.Combine(AppContext.BaseDirectory, "fee-schedule.json");

    /// <summary>Told the number of each step once it has run, for a progress bar.</summary>
    public IProgress<int>? Progress { get; init; }
}
