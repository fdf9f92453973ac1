using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// Where something is: a resident's unit, or a described common area of the site
/// (a lift lobby, the underground garage, the pump room).
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record Location
{
    private Location(LocationKind kind, UnitAddress? unit, string? description)
    {
        Kind = kind;
        Unit = unit;
        Description = description;
    }

    /// <summary>Whether this is a unit or a common area.</summary>
    public LocationKind Kind { get; }

    /// <summary>The unit's address when <see cref="Kind"/> is <see cref="LocationKind.Unit"/>; otherwise null.</summary>
    public UnitAddress? Unit { get; }

    /// <summary>A description: of the common area, or an optional detail within the unit (such as "kitchen").</summary>
    public string? Description { get; }

    /// <summary>A location inside a unit.</summary>
    /// <param name="unit">The unit's address.</param>
    /// <param name="detail">An optional detail such as "kitchen" or "second bathroom".</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Location InUnit(UnitAddress unit, string? detail = null) =>
        new(LocationKind.Unit, Preconditions.CheckNotNull(unit), string.IsNullOrWhiteSpace(detail) ? null : detail.Trim());

    /// <summary>A common area of the site.</summary>
    /// <param name="description">What and where it is, for example <c>"Building 3 lift lobby, ground floor"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public static Location CommonArea(string description) =>
        new(LocationKind.CommonArea, null, Preconditions.CheckNotBlank(description).Trim());

    /// <summary>Formats the location for people.</summary>
    public override string ToString() =>
        Kind == LocationKind.Unit
            ? Description is null ? Unit!.ToString() : $"{Unit} ({Description})"
            : $"Common area: {Description}";
}
