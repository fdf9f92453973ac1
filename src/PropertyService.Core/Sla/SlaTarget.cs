using System.Globalization;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// One timing target of a policy (时效): its name, the rule it enforces, the events that start and stop it
/// (met), optional pause, resume and cancel events, and how its deadline is set.
/// </summary>
/// <remarks>
/// Use <c>with</c> to adjust a default target for a site, for example
/// <c>target with { Deadline = SlaDeadline.After(Duration.FromMinutes(5)) }</c>. Every property checks its
/// value when it is set, so <c>with</c> cannot make a target the constructor would refuse.
/// Immutable; safe to share between threads.
/// </remarks>
public sealed record SlaTarget
{
    private readonly string _name;
    private readonly string _ruleId;
    private readonly SlaTrigger _start;
    private readonly SlaTrigger _stop;
    private readonly SlaDeadline _deadline;
    private readonly double? _warningThreshold;

    /// <summary>Creates a target.</summary>
    /// <param name="name">A stable name, unique within its policy, such as <c>"RP-09 work order"</c>.</param>
    /// <param name="ruleId">The rule enforced, such as <c>"RP-09"</c>.</param>
    /// <param name="start">What starts the clock.</param>
    /// <param name="stop">What meets the target.</param>
    /// <param name="deadline">How the deadline is set.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="ruleId"/> is blank.</exception>
    public SlaTarget(string name, string ruleId, SlaTrigger start, SlaTrigger stop, SlaDeadline deadline)
    {
        // The constructor's checks name its parameters; the init accessors below name the properties.
        _name = Preconditions.CheckNotBlank(name);
        _ruleId = Preconditions.CheckNotBlank(ruleId);
        _start = Preconditions.CheckNotNull(start);
        _stop = Preconditions.CheckNotNull(stop);
        _deadline = Preconditions.CheckNotNull(deadline);
    }

    /// <summary>The target's stable name, unique within its policy.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is blank.</exception>
    public string Name
    {
        get => _name;
        init => _name = Preconditions.CheckNotBlank(value, nameof(Name));
    }

    /// <summary>The rule the target enforces, such as <c>"RP-09"</c>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    /// <exception cref="ArgumentException">The value set is blank.</exception>
    public string RuleId
    {
        get => _ruleId;
        init => _ruleId = Preconditions.CheckNotBlank(value, nameof(RuleId));
    }

    /// <summary>What starts the clock. The first match starts it; for a deadline at a carried instant a later match
    /// moves the deadline (a rescheduled appointment).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public SlaTrigger Start
    {
        get => _start;
        init => _start = Preconditions.CheckNotNull(value, nameof(Start));
    }

    /// <summary>What meets the target.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public SlaTrigger Stop
    {
        get => _stop;
        init => _stop = Preconditions.CheckNotNull(value, nameof(Stop));
    }

    /// <summary>How the deadline is set.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public SlaDeadline Deadline
    {
        get => _deadline;
        init => _deadline = Preconditions.CheckNotNull(value, nameof(Deadline));
    }

    /// <summary>What pauses the clock, or null. Set together with <see cref="Resume"/>.</summary>
    public SlaTrigger? Pause { get; init; }

    /// <summary>What resumes a paused clock, or null.</summary>
    public SlaTrigger? Resume { get; init; }

    /// <summary>What ends the target without it being met or missed (the ticket was cancelled), or null.</summary>
    public SlaTrigger? Cancel { get; init; }

    /// <summary>An event that, once it has happened, keeps the target from starting (another target applies instead), or null.</summary>
    public SlaTrigger? Unless { get; init; }

    /// <summary>The fraction of the target after which a warning is due (0–1 exclusive of 0), or null for the policy's threshold.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1].</exception>
    public double? WarningThreshold
    {
        get => _warningThreshold;
        init => _warningThreshold = value is null or (> 0 and <= 1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(WarningThreshold), value, "WarningThreshold must be greater than 0 and at most 1.");
    }

    /// <summary>
    /// The target's name for a person: the library's translation for its default targets (<see cref="SlaDefaults"/>),
    /// in Chinese for any Chinese culture and in English otherwise; <see cref="Name"/> itself for any other target.
    /// </summary>
    /// <param name="culture">The culture, or null for the current UI culture.</param>
    /// <returns>The name to show.</returns>
    public string Describe(CultureInfo? culture = null) => DisplayName.Render(culture);

    /// <summary>The name for a person as a text rendered in the reader's language (filled into escalation texts).</summary>
    internal LocalizedText DisplayName =>
        Messages.Find("SlaTarget." + Name, CultureInfo.InvariantCulture) is null ? LocalizedText.AsWritten(Name) : new LocalizedText("SlaTarget." + Name);

    /// <summary>Describes the target, for example <c>[RP-09] RP-09 work order: RepairReported → WorkOrderIssued, 3 min working time (24/7)</c>.</summary>
    public override string ToString() => $"[{RuleId}] {Name}: {Start} → {Stop}, {Deadline}";
}
