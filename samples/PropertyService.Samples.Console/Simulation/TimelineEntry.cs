using NodaTime;

namespace PropertyService.Samples.Console.Simulation;

/// <summary>One line of a day's timeline.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">What it records.</param>
/// <param name="Who">Who acted (for alerts and escalations: the target or the role notified).</param>
/// <param name="Text">What happened, in the run's language.</param>
/// <param name="RuleId">The rule behind it, or null.</param>
/// <param name="Step">The scenario step, or 0 for what the clock raised.</param>
public sealed record TimelineEntry(Instant At, TimelineKind Kind, string Who, string Text, string? RuleId, int Step);
