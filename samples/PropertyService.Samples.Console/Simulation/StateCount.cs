namespace PropertyService.Samples.Console.Simulation;

/// <summary>How many records of a kind are in a state.</summary>
/// <param name="Kind">The aggregate type.</param>
/// <param name="State">The state.</param>
/// <param name="Count">How many.</param>
public sealed record StateCount(string Kind, string State, int Count);
