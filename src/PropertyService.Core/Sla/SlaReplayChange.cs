namespace PropertyService.Sla;

/// <summary>
/// One aggregate's target whose outcome differs between the two configurations of a <see cref="SlaReplay"/>: met on
/// time under one and late under the other, open under one and overdue under the other, a timer under only one of them,
/// and so on (<see cref="SlaOutcome"/>).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SlaReplayChange
{
    internal SlaReplayChange(SiteId site, string aggregateId, string targetName, string ruleId, SlaTimer? before, SlaTimer? after)
    {
        Site = site;
        AggregateId = aggregateId;
        TargetName = targetName;
        RuleId = ruleId;
        Before = before;
        After = after;
        BeforeOutcome = SlaReplay.OutcomeOf(before);
        AfterOutcome = SlaReplay.OutcomeOf(after);
    }

    /// <summary>The site of the aggregate (its events' actors' site).</summary>
    public SiteId Site { get; }

    /// <summary>The aggregate.</summary>
    public string AggregateId { get; }

    /// <summary>The target's name (<see cref="SlaTarget.Name"/>).</summary>
    public string TargetName { get; }

    /// <summary>The rule the target enforces (<see cref="SlaTarget.RuleId"/>).</summary>
    public string RuleId { get; }

    /// <summary>The outcome under the "before" configuration.</summary>
    public SlaOutcome BeforeOutcome { get; }

    /// <summary>The outcome under the "after" configuration.</summary>
    public SlaOutcome AfterOutcome { get; }

    /// <summary>The timer under the "before" configuration (its state, deadline, stop), or null when the target did not start there.</summary>
    public SlaTimer? Before { get; }

    /// <summary>The timer under the "after" configuration (its state, deadline, stop), or null when the target did not start there.</summary>
    public SlaTimer? After { get; }

    /// <summary>Formats the change as <c>SZ-01/RT-7 [RP-12] RP-12 arrival: Met (due …) → MetLate (due …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Site}/{AggregateId} [{RuleId}] {TargetName}: {Describe(BeforeOutcome, Before)} → {Describe(AfterOutcome, After)}";

    private static string Describe(SlaOutcome outcome, SlaTimer? timer) => timer is null ? outcome.ToString() : $"{outcome} (due {timer.Deadline})";
}
