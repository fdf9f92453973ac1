namespace PropertyService.Samples.Console.Simulation;

/// <summary>Escalation notices at one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="Count">How many.</param>
/// <param name="Climbed">How many reached it by climbing (not acknowledged in time).</param>
public sealed record LevelCount(int Level, int Count, int Climbed);
