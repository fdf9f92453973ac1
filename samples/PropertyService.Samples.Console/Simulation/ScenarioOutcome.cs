using PropertyService.Storage;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>What running a scenario gave: the timeline, the day report, and the store's hash-chain check.</summary>
/// <param name="Scenario">The scenario run.</param>
/// <param name="Timeline">What happened, in time order.</param>
/// <param name="Report">The day report.</param>
/// <param name="StoreCheck">The store's verification after the run.</param>
/// <param name="Records">The events of each stream this run wrote, by stream id, as stored.</param>
public sealed record ScenarioOutcome(
    Scenario Scenario, IReadOnlyList<TimelineEntry> Timeline, DayReport Report, VerificationResult StoreCheck, IReadOnlyDictionary<string, IReadOnlyList<DomainEvent>> Records);
