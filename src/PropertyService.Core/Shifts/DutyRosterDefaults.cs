using NodaTime;

namespace PropertyService.Shifts;

/// <summary>
/// The service regulations' duty day (CS-11, CS-12): officers on the day shift 08:30–12:00 and 13:30–17:30, one
/// officer on noon duty 12:00–13:30 and one water-and-electricity technician on night duty 17:30–08:30, which together
/// cover 24 hours. Every number is a default: a site sets its own templates on its <see cref="DutyRosterBuilder"/>.
/// </summary>
public static class DutyRosterDefaults
{
    /// <summary>The name of the morning part of the day shift.</summary>
    public const string MorningShift = "Morning";

    /// <summary>The name of the noon duty (午间值班).</summary>
    public const string NoonShift = "Noon";

    /// <summary>The name of the afternoon part of the day shift.</summary>
    public const string AfternoonShift = "Afternoon";

    /// <summary>The name of the night duty (夜间值班).</summary>
    public const string NightShift = "Night";

    /// <summary>The time zone a roster uses unless told otherwise: <c>Asia/Shanghai</c>.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    /// <summary>
    /// CS-12's four shifts, each for one person: Morning 08:30–12:00 and Afternoon 13:30–17:30 for an officer, Noon
    /// 12:00–13:30 for an officer on rotation, Night 17:30–08:30 for a technician on rotation.
    /// </summary>
    /// <value>A new list each time; the templates are immutable.</value>
    public static IReadOnlyList<ShiftTemplate> Templates =>
    [
        new(MorningShift, new LocalTime(8, 30), new LocalTime(12, 0), Role.Officer),
        new(NoonShift, new LocalTime(12, 0), new LocalTime(13, 30), Role.Officer),
        new(AfternoonShift, new LocalTime(13, 30), new LocalTime(17, 30), Role.Officer),
        new(NightShift, new LocalTime(17, 30), new LocalTime(8, 30), Role.Technician),
    ];
}
