using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Sla;

/// <summary>
/// How a timing target's deadline is computed from its start: working time on a calendar, an instant the start
/// event carries plus an offset, or the end of a business day.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class SlaDeadline
{
    private SlaDeadline(SlaDeadlineKind kind, Duration amount, int businessDays, string? calendarName)
    {
        Kind = kind;
        Amount = amount;
        BusinessDays = businessDays;
        CalendarName = calendarName;
    }

    /// <summary>Which kind of deadline this is.</summary>
    public SlaDeadlineKind Kind { get; }

    /// <summary>The working time allowed (<see cref="SlaDeadlineKind.After"/>) or the offset from the carried instant
    /// (<see cref="SlaDeadlineKind.AtCarriedInstant"/>; negative means before it); zero otherwise.</summary>
    public Duration Amount { get; }

    /// <summary>The number of business days (<see cref="SlaDeadlineKind.EndOfBusinessDay"/>); 0 otherwise.</summary>
    public int BusinessDays { get; }

    /// <summary>The name of the business calendar to measure on, or null for the 24/7 calendar (<see cref="BusinessCalendar.AlwaysOpen"/>).</summary>
    public string? CalendarName { get; }

    /// <summary>A deadline <paramref name="workingTime"/> of working time after the start.</summary>
    /// <param name="workingTime">The time allowed; positive.</param>
    /// <param name="calendarName">The calendar to count working time on; null for 24/7.</param>
    /// <returns>The deadline rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is blank.</exception>
    public static SlaDeadline After(Duration workingTime, string? calendarName = null)
    {
        if (workingTime <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, "workingTime must be positive.");
        }

        return new SlaDeadline(SlaDeadlineKind.After, workingTime, 0, CheckCalendar(calendarName));
    }

    /// <summary>A deadline at the instant the start event carries, plus <paramref name="offset"/> (negative for "before").</summary>
    /// <param name="offset">For example minus 5 minutes for "5 minutes before the appointment" (RP-13).</param>
    /// <returns>The deadline rule.</returns>
    public static SlaDeadline AtCarriedInstant(Duration offset) => new(SlaDeadlineKind.AtCarriedInstant, offset, 0, null);

    /// <summary>A deadline at the end of the <paramref name="days"/>-th business day after the start's date (see <see cref="BusinessCalendar.EndOfBusinessDay"/>).</summary>
    /// <param name="days">The number of business days; at least 1.</param>
    /// <param name="calendarName">The business calendar.</param>
    /// <returns>The deadline rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendarName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is blank.</exception>
    public static SlaDeadline EndOfBusinessDay(int days, string calendarName) =>
        new(SlaDeadlineKind.EndOfBusinessDay, Duration.Zero, Preconditions.CheckPositive(days), Preconditions.CheckNotBlank(calendarName));

    /// <summary>Describes the rule, for example <c>3 min working time (24/7)</c>.</summary>
    public override string ToString() => Kind switch
    {
        SlaDeadlineKind.After => $"{Amount.TotalMinutes:0.##} min working time ({CalendarName ?? "24/7"})",
        SlaDeadlineKind.AtCarriedInstant => $"carried instant {(Amount < Duration.Zero ? "−" : "+")} {Math.Abs(Amount.TotalMinutes):0.##} min",
        _ => $"end of business day {BusinessDays} ({CalendarName})",
    };

    private static string? CheckCalendar(string? calendarName) =>
        calendarName is null ? null : Preconditions.CheckNotBlank(calendarName);
}
