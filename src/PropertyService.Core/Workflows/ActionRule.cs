using PropertyService.Utility;

namespace PropertyService.Workflows;

/// <summary>One row of a workflow's role table: who may take an action, and the rule that says so.</summary>
/// <param name="Roles">The roles that may take it; a service manager may also do what a service supervisor may
/// (the manager is above the supervisor). Empty means any role of the site (the guards decide).</param>
/// <param name="RuleId">The action's rule, cited when the role is wrong.</param>
internal sealed record ActionRule(Role[] Roles, string? RuleId)
{
    /// <summary>Whether <paramref name="actor"/> holds one of the roles.</summary>
    internal bool Permits(Actor actor)
    {
        if (Roles.Length == 0)
        {
            return true;
        }

        foreach (var role in Roles)
        {
            if (actor.HasRole(role) || (role == Role.ServiceSupervisor && actor.HasRole(Role.ServiceManager)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The roles as people read them ("Officer or ServiceSupervisor or ServiceManager"), in the reader's language.</summary>
    internal LocalizedText Describe() => LocalizedText.Join(
        "Text.Or",
        (Array.IndexOf(Roles, Role.ServiceSupervisor) >= 0 && Array.IndexOf(Roles, Role.ServiceManager) < 0 ? Roles.Append(Role.ServiceManager) : Roles)
            .Select(r => (object?)LocalizedText.Of(r)));
}
