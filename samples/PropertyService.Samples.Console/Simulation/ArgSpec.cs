namespace PropertyService.Samples.Console.Simulation;

/// <summary>One argument a scenario command takes.</summary>
/// <param name="Name">The JSON property name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Required">Whether the step must give it.</param>
/// <param name="Choices">For <see cref="ArgKind.Choice"/>: the enum type whose value names are accepted.</param>
public sealed record ArgSpec(string Name, ArgKind Kind, bool Required = true, Type? Choices = null);
