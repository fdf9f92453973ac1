using PropertyService.Utility;

namespace PropertyService.Escalation;

/// <summary>
/// Who a matter goes to at each <see cref="EscalationLevel"/>, per department: a chain of roles starting with the
/// person a matter starts with. Data per site (<c>UseEscalationLadder</c>); <see cref="Default"/> is the chain the
/// rules name.
/// </summary>
/// <remarks>
/// <para>Default (Escalation section of RULES.md): service center: officer → service-center supervisor →
/// service-center manager → site manager; engineering: technician → engineering supervisor → site manager. The rules
/// stop engineering's chain at the engineering supervisor; the site manager, who heads the whole site, is added so that
/// a missed engineering target still reaches someone above the person already told. Change it with <see cref="With"/>.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class EscalationLadder
{
    private readonly Role[][] _chains;

    private EscalationLadder(Role[][] chains) => _chains = chains;

    /// <summary>The default ladder (see the remarks).</summary>
    public static EscalationLadder Default { get; } = new(
    [
        [Role.Officer, Role.ServiceSupervisor, Role.ServiceManager, Role.SiteManager],
        [Role.Technician, Role.EngineeringSupervisor, Role.SiteManager],
    ]);

    /// <summary>A department's chain, starting with the person a matter starts with (level 0).</summary>
    /// <param name="department">The department.</param>
    /// <returns>The roles, lowest first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> is not defined.</exception>
    public IReadOnlyList<Role> Chain(EscalationDepartment department) => _chains[(int)Preconditions.CheckDefined(department)];

    /// <summary>The highest level of a department's chain (its length minus one).</summary>
    /// <param name="department">The department.</param>
    /// <returns>The top level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> is not defined.</exception>
    public EscalationLevel Top(EscalationDepartment department) => new(Chain(department).Count - 1);

    /// <summary>The role notified at a level, or null above the top of the chain.</summary>
    /// <param name="department">The department.</param>
    /// <param name="level">The level.</param>
    /// <returns>The role, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> is not defined.</exception>
    public Role? RoleAt(EscalationDepartment department, EscalationLevel level)
    {
        var chain = Chain(department);
        return level.Value >= 1 && level.Value < chain.Count ? chain[level.Value] : null;
    }

    /// <summary>The level at which a role is notified in a department, or null when the role is not above level 0 of its chain.</summary>
    /// <param name="department">The department.</param>
    /// <param name="role">The role.</param>
    /// <returns>The level, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> is not defined.</exception>
    public EscalationLevel? LevelOf(EscalationDepartment department, Role role)
    {
        var index = Chain(department).ToList().IndexOf(role);
        return index >= 1 ? new EscalationLevel(index) : null;
    }

    /// <summary>A ladder with one department's chain replaced.</summary>
    /// <param name="department">The department.</param>
    /// <param name="chain">The roles, lowest first: the person a matter starts with, then one role per level.</param>
    /// <returns>The new ladder; check it with <see cref="Validate"/> (start-up does).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="department"/> or a role is not defined.</exception>
    public EscalationLadder With(EscalationDepartment department, params IEnumerable<Role> chain)
    {
        Preconditions.CheckDefined(department);
        var roles = Preconditions.CheckNotNull(chain).Select(r => Preconditions.CheckDefined(r, nameof(chain))).ToArray();
        var chains = (Role[][])_chains.Clone();
        chains[(int)department] = roles;
        return new EscalationLadder(chains);
    }

    /// <summary>Every problem with the ladder, each naming the department: a chain without a level above its start,
    /// a role twice in a chain, a resident in a chain.</summary>
    /// <returns>The problems; empty when the ladder is usable.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var department in Enum.GetValues<EscalationDepartment>())
        {
            var chain = _chains[(int)department];
            if (chain.Length < 2)
            {
                errors.Add($"EscalationLadder.{department}: the chain needs the person a matter starts with and at least one level above; it has {chain.Length} role(s).");
            }

            foreach (var twice in chain.GroupBy(r => r).Where(g => g.Count() > 1))
            {
                errors.Add($"EscalationLadder.{department}: {twice.Key} appears {twice.Count()} times in the chain; each role is one level.");
            }

            if (chain.Contains(Role.Resident))
            {
                errors.Add($"EscalationLadder.{department}: a resident is not part of the staff chain.");
            }
        }

        return errors;
    }

    /// <summary>The chains, as <c>Service: Officer → ServiceSupervisor → ...; Engineering: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join("; ", Enum.GetValues<EscalationDepartment>().Select(d => $"{d}: {string.Join(" → ", _chains[(int)d])}"));
}
