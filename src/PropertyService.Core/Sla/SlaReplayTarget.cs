namespace PropertyService.Sla;

/// <summary>One target's figures in a <see cref="SlaReplay"/>: its timers' outcomes before and after, and how many changed.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SlaReplayTarget
{
    internal SlaReplayTarget(string name, string ruleId, SlaOutcomeCounts before, SlaOutcomeCounts after, int changes, int deadlinesMoved)
    {
        Name = name;
        RuleId = ruleId;
        Before = before;
        After = after;
        Changes = changes;
        DeadlinesMoved = deadlinesMoved;
    }

    /// <summary>The target's name (<see cref="SlaTarget.Name"/>).</summary>
    public string Name { get; }

    /// <summary>The rule the target enforces (<see cref="SlaTarget.RuleId"/>).</summary>
    public string RuleId { get; }

    /// <summary>The outcomes under the "before" configuration (<see cref="SlaReplay.Before"/>); all zero when no policy of it has the target.</summary>
    public SlaOutcomeCounts Before { get; }

    /// <summary>The outcomes under the "after" configuration (<see cref="SlaReplay.After"/>); all zero when no policy of it has the target.</summary>
    public SlaOutcomeCounts After { get; }

    /// <summary>How many aggregates' outcomes of this target differ between before and after (the target's entries in <see cref="SlaReplayResult.Changes"/>).</summary>
    public int Changes { get; }

    /// <summary>How many aggregates have a timer of this target under both configurations with different deadlines,
    /// whether or not the outcome changed.</summary>
    public int DeadlinesMoved { get; }

    /// <summary>Formats the figures as <c>[RP-12] RP-12 arrival: before …; after …; 37 changed</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{RuleId}] {Name}: before {Before}; after {After}; {Changes} changed, {DeadlinesMoved} deadlines moved";
}
