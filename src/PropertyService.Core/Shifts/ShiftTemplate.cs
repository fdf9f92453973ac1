using NodaTime;
using PropertyService.Sla;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// One shift of a site's day as a duty roster plans it (CS-12): its name, its local wall-clock hours, the role it
/// needs and how many people of that role, such as the noon duty 12:00–13:30 for one officer or the night duty
/// 17:30–08:30 for one technician.
/// </summary>
/// <remarks>
/// <para>The hours are a <see cref="WorkingWindow"/> in the roster's time zone: a shift whose end is at or before its
/// start ends on the next date, and one whose start equals its end lasts 24 hours, so a shift is never empty nor
/// longer than a day. A shift belongs to the date it starts on.</para>
/// <para>Immutable; safe to share between threads.</para>
/// </remarks>
public sealed class ShiftTemplate : IEquatable<ShiftTemplate>
{
    /// <summary>Creates a shift template.</summary>
    /// <param name="name">The shift's name, unique within a day's templates, such as <c>Noon</c>.</param>
    /// <param name="window">The shift's local hours.</param>
    /// <param name="role">The role the people on the shift must hold.</param>
    /// <param name="staff">How many people of <paramref name="role"/> the shift needs; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="Role"/>, or
    /// <paramref name="staff"/> is less than 1.</exception>
    public ShiftTemplate(string name, WorkingWindow window, Role role, int staff)
    {
        Name = Preconditions.CheckNotBlank(name);
        Window = window;
        Role = Preconditions.CheckDefined(role);
        Staff = Preconditions.CheckPositive(staff);
    }

    /// <summary>Creates a shift template from its start and end times.</summary>
    /// <param name="name">The shift's name, unique within a day's templates, such as <c>Night</c>.</param>
    /// <param name="start">The local time the shift starts.</param>
    /// <param name="end">The local time the shift ends; at or before <paramref name="start"/> means the next date.</param>
    /// <param name="role">The role the people on the shift must hold.</param>
    /// <param name="staff">How many people of <paramref name="role"/> the shift needs; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="Role"/>, or
    /// <paramref name="staff"/> is less than 1.</exception>
    public ShiftTemplate(string name, LocalTime start, LocalTime end, Role role, int staff = 1)
        : this(name, new WorkingWindow(start, end), role, staff)
    {
    }

    /// <summary>The shift's name, such as <c>Noon</c> or <c>Night</c>.</summary>
    public string Name { get; }

    /// <summary>The shift's local hours in the roster's time zone.</summary>
    public WorkingWindow Window { get; }

    /// <summary>The local time the shift starts.</summary>
    public LocalTime Start => Window.Start;

    /// <summary>The local time the shift ends, on the next date when <see cref="WorkingWindow.CrossesMidnight"/>.</summary>
    public LocalTime End => Window.End;

    /// <summary>The role the people on the shift must hold.</summary>
    public Role Role { get; }

    /// <summary>How many people of <see cref="Role"/> the shift needs.</summary>
    public int Staff { get; }

    /// <summary>The local start and end of the shift that starts on <paramref name="date"/>.</summary>
    internal (LocalDateTime Start, LocalDateTime End) On(LocalDate date) =>
        (date + Start, (Window.CrossesMidnight ? date.PlusDays(1) : date) + End);

    /// <inheritdoc/>
    public bool Equals(ShiftTemplate? other) =>
        other is not null && Name == other.Name && Window.Equals(other.Window) && Role == other.Role && Staff == other.Staff;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ShiftTemplate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Window, Role, Staff);

    /// <summary>The template as text, such as <c>Night 17:30–08:30 (1 Technician)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name} {Start:HH:mm}–{End:HH:mm} ({Staff} {Role})");
}
