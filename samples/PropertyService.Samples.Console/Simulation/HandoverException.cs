using NodaTime;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>Something that went wrong at a handover.</summary>
/// <param name="Handover">The handover.</param>
/// <param name="At">When.</param>
/// <param name="RuleId">The rule.</param>
/// <param name="What">What.</param>
public sealed record HandoverException(string Handover, Instant At, string RuleId, string What);
