using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// Where a unit is within a site (房号 / 单元 / 楼号): building, entrance (stairwell) and room.
/// </summary>
/// <remarks>Immutable value with value equality; safe to share between threads.</remarks>
public sealed record UnitAddress
{
    /// <summary>Creates a unit address.</summary>
    /// <param name="building">The building, for example <c>"3"</c> or <c>"A座"</c>.</param>
    /// <param name="entrance">The entrance or stairwell (单元), or null where the building has only one.</param>
    /// <param name="room">The room number, for example <c>"1201"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="building"/> or <paramref name="room"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="building"/> or <paramref name="room"/> is blank,
    /// or <paramref name="entrance"/> is blank but not null.</exception>
    public UnitAddress(string building, string? entrance, string room)
    {
        Building = Preconditions.CheckNotBlank(building).Trim();
        Entrance = entrance is null ? null : Preconditions.CheckNotBlank(entrance).Trim();
        Room = Preconditions.CheckNotBlank(room).Trim();
    }

    /// <summary>The building.</summary>
    public string Building { get; }

    /// <summary>The entrance or stairwell, or null where the building has only one.</summary>
    public string? Entrance { get; }

    /// <summary>The room number.</summary>
    public string Room { get; }

    /// <summary>Formats the address as <c>Building 3, Entrance 2, Room 1201</c>.</summary>
    public override string ToString() =>
        Entrance is null
            ? $"Building {Building}, Room {Room}"
            : $"Building {Building}, Entrance {Entrance}, Room {Room}";
}
