using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// A set of timing targets and the conditions under which it applies (category, emergency, site). A tracker
/// holds several policies in order, and the first that applies to an aggregate is used.
/// </summary>
/// <remarks>
/// Every number comes from the targets, so a site changes a default by replacing a target
/// (<see cref="WithTarget"/>) rather than editing logic. Immutable; safe to share between threads.
/// </remarks>
public sealed class SlaPolicy
{
    private readonly double _warningThreshold = 0.75;

    /// <summary>Creates a policy that applies to everything until conditions are set.</summary>
    /// <param name="name">The policy's name, for example <c>"default"</c>.</param>
    /// <param name="targets">Its targets; names must be unique.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, two targets share a name, or a target has
    /// a pause without a resume (or the reverse), or a carried-instant deadline whose start trigger carries no instant.</exception>
    public SlaPolicy(string name, IEnumerable<SlaTarget> targets)
    {
        Name = Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckNotNull(targets).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in list)
        {
            Preconditions.CheckNotNull(target, nameof(targets));
            if (!names.Add(target.Name))
            {
                throw new ArgumentException($"targets: two targets are named '{target.Name}'; names must be unique within a policy.", nameof(targets));
            }

            if ((target.Pause is null) != (target.Resume is null))
            {
                throw new ArgumentException($"targets: '{target.Name}' has a {(target.Pause is null ? "Resume without a Pause" : "Pause without a Resume")}.", nameof(targets));
            }

            if (target.Deadline.Kind == SlaDeadlineKind.AtCarriedInstant && !target.Start.CarriesInstant)
            {
                throw new ArgumentException($"targets: '{target.Name}' has a deadline at a carried instant, but its Start trigger ({target.Start}) carries no instant.", nameof(targets));
            }
        }

        Targets = list;
    }

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The timing targets, in the order given.</summary>
    public IReadOnlyList<SlaTarget> Targets { get; }

    /// <summary>The categories the policy applies to, or null for any.</summary>
    public IReadOnlyCollection<string>? Categories { get; init; }

    /// <summary>Whether the policy applies only to emergencies (true), only to non-emergencies (false), or to both (null).</summary>
    public bool? Emergency { get; init; }

    /// <summary>The sites the policy applies to, or null for any.</summary>
    public IReadOnlyCollection<SiteId>? Sites { get; init; }

    /// <summary>The fraction of a target after which a warning is due, unless the target sets its own. Default 0.75 (75 %).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1].</exception>
    public double WarningThreshold
    {
        get => _warningThreshold;
        init => _warningThreshold = value is > 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(WarningThreshold), value, "WarningThreshold must be greater than 0 and at most 1.");
    }

    /// <summary>Whether the policy's conditions hold for a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Whether it applies.</returns>
    public bool AppliesTo(SlaSubject subject) =>
        (Categories is null || (subject.Category is not null && Categories.Contains(subject.Category)))
        && (Emergency is null || Emergency == subject.IsEmergency)
        && (Sites is null || Sites.Contains(subject.Site));

    /// <summary>A copy of the policy with one target replaced (by name) or added.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The new policy, with the same conditions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public SlaPolicy WithTarget(SlaTarget target)
    {
        Preconditions.CheckNotNull(target);
        var targets = Targets.Select(t => t.Name == target.Name ? target : t).ToList();
        if (!targets.Contains(target))
        {
            targets.Add(target);
        }

        return new SlaPolicy(Name, targets)
        {
            Categories = Categories,
            Emergency = Emergency,
            Sites = Sites,
            WarningThreshold = WarningThreshold,
        };
    }

    /// <summary>Returns the target with a name, or throws.</summary>
    /// <param name="name">The target's name.</param>
    /// <returns>The target.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no such target.</exception>
    public SlaTarget Target(string name) =>
        Targets.FirstOrDefault(t => t.Name == name)
        ?? throw new KeyNotFoundException($"Policy '{Name}' has no target named '{name}'. Targets: {string.Join(", ", Targets.Select(t => t.Name))}.");

    /// <summary>Describes the policy.</summary>
    public override string ToString() => $"SlaPolicy {Name} ({Targets.Count} targets)";
}
