using System.Globalization;
using PropertyService.Utility;

namespace PropertyService.Escalation;

/// <summary>
/// A rung above the person a matter started with: level 1 is their supervisor (the officer's service-center
/// supervisor, the technician's engineering supervisor), level 2 the next one up, and so on along the
/// <see cref="EscalationLadder"/> of their department.
/// </summary>
/// <remarks>Immutable value; <c>default</c> is level 0, the person themself, which is never notified.</remarks>
public readonly struct EscalationLevel : IEquatable<EscalationLevel>, IComparable<EscalationLevel>
{
    /// <summary>Creates a level.</summary>
    /// <param name="value">1 for the supervisor, 2 for the next level up, ...</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than 1.</exception>
    public EscalationLevel(int value) => Value = Preconditions.CheckPositive(value);

    /// <summary>Level 1: the person's supervisor.</summary>
    public static EscalationLevel Supervisor => new(1);

    /// <summary>The rung: 1 for the supervisor, 2 for the next level up, ...; 0 only in <c>default</c>.</summary>
    public int Value { get; }

    /// <summary>The level one rung up.</summary>
    /// <returns>The next level.</returns>
    public EscalationLevel Up() => new(Value + 1);

    /// <inheritdoc/>
    public bool Equals(EscalationLevel other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EscalationLevel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value;

    /// <inheritdoc/>
    public int CompareTo(EscalationLevel other) => Value.CompareTo(other.Value);

    /// <summary>Formats the level as <c>L1</c>, <c>L2</c>, ...</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "L" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two levels are the same rung.</summary>
    public static bool operator ==(EscalationLevel left, EscalationLevel right) => left.Equals(right);

    /// <summary>Whether two levels differ.</summary>
    public static bool operator !=(EscalationLevel left, EscalationLevel right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is below <paramref name="right"/>.</summary>
    public static bool operator <(EscalationLevel left, EscalationLevel right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is above <paramref name="right"/>.</summary>
    public static bool operator >(EscalationLevel left, EscalationLevel right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is at or below <paramref name="right"/>.</summary>
    public static bool operator <=(EscalationLevel left, EscalationLevel right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is at or above <paramref name="right"/>.</summary>
    public static bool operator >=(EscalationLevel left, EscalationLevel right) => left.Value >= right.Value;
}
