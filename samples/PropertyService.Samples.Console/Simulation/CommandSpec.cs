namespace PropertyService.Samples.Console.Simulation;

/// <summary>A command a scenario step may run: its name, the rule it follows, and its arguments.</summary>
/// <param name="Name">The name, as in the scenario file (<c>repair.report</c>).</param>
/// <param name="RuleId">The rule the command carries out, shown on the timeline.</param>
/// <param name="Args">Its arguments.</param>
public sealed record CommandSpec(string Name, string RuleId, IReadOnlyList<ArgSpec> Args);
