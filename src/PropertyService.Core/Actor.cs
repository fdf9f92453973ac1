using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// A person who acts on the library's aggregates: staff of a site, or a resident.
/// Every command takes the acting <see cref="Actor"/>, and every event records it.
/// </summary>
/// <remarks>
/// Immutable; safe to share between threads. Two actors are equal when they have the same
/// <see cref="Id"/> at the same <see cref="Site"/>; display name and roles do not take part.
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    private readonly int _roleMask;

    /// <summary>Creates an actor.</summary>
    /// <param name="id">A stable identifier, such as a staff number.</param>
    /// <param name="displayName">The name shown to people, for example <c>"王小明"</c>.</param>
    /// <param name="site">The site the actor works at or lives in.</param>
    /// <param name="roles">The roles the actor holds; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="displayName"/> is blank,
    /// <paramref name="site"/> is empty, or <paramref name="roles"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roles"/> holds an undefined role.</exception>
    public Actor(string id, string displayName, SiteId site, params IEnumerable<Role> roles)
    {
        Id = Preconditions.CheckNotBlank(id);
        DisplayName = Preconditions.CheckNotBlank(displayName);
        if (site.IsEmpty)
        {
            throw new ArgumentException("An actor must belong to a site.", nameof(site));
        }

        Site = site;
        Preconditions.CheckNotNull(roles);
        foreach (var role in roles)
        {
            _roleMask |= 1 << (int)Preconditions.CheckDefined(role, nameof(roles));
        }

        if (_roleMask == 0)
        {
            throw new ArgumentException("An actor must hold at least one role.", nameof(roles));
        }

        Roles = Enum.GetValues<Role>().Where(r => (_roleMask & (1 << (int)r)) != 0).ToArray();
    }

    /// <summary>The actor's stable identifier.</summary>
    public string Id { get; }

    /// <summary>The name shown to people.</summary>
    public string DisplayName { get; }

    /// <summary>The site the actor belongs to.</summary>
    public SiteId Site { get; }

    /// <summary>The roles the actor holds, in <see cref="Role"/> order, without repeats.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Whether the actor holds <paramref name="role"/>.</summary>
    /// <param name="role">The role to look for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="Role"/>.</exception>
    public bool HasRole(Role role) => (_roleMask & (1 << (int)Preconditions.CheckDefined(role))) != 0;

    /// <summary>Whether the actor holds at least one of <paramref name="roles"/>.</summary>
    /// <param name="roles">The roles to look for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roles"/> holds a value that is not a defined <see cref="Role"/>.</exception>
    public bool HasAnyRole(params ReadOnlySpan<Role> roles)
    {
        // Every role is checked, not only those before the first match, so a bad table fails the same way every time.
        var wanted = 0;
        foreach (var role in roles)
        {
            wanted |= 1 << (int)Preconditions.CheckDefined(role, nameof(roles));
        }

        return (_roleMask & wanted) != 0;
    }

    /// <inheritdoc/>
    public bool Equals(Actor? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Site == other.Site));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Site);

    /// <summary>Returns the display name, id and roles, for logs.</summary>
    public override string ToString() => $"{DisplayName} ({Id}; {string.Join(", ", Roles)})";
}
