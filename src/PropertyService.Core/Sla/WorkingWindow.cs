using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// A span of working time within a day, as local wall-clock times in a calendar's time zone, such as
/// the day shift 08:30–17:30 or the night duty 17:30–08:30 (CS-12), which crosses midnight.
/// </summary>
/// <remarks>
/// <para>When <see cref="End"/> is after <see cref="Start"/> the window lies within one date. When
/// <see cref="End"/> is at or before <see cref="Start"/> the window ends on the next date: 17:30–08:30
/// runs overnight, 17:30–00:00 ends at midnight, and a window whose start equals its end (for example
/// 00:00–00:00) is a full 24 hours.</para>
/// <para>Which date owns a window that crosses midnight is the calendar's choice
/// (<see cref="OvernightWindows"/>): by default the date it starts on, so a holiday on the following date
/// leaves the part after midnight in place; or each part the date it falls on.</para>
/// <para>Immutable value; safe to share between threads.</para>
/// </remarks>
public readonly struct WorkingWindow : IEquatable<WorkingWindow>
{
    /// <summary>Creates a window.</summary>
    /// <param name="start">The local time the window opens.</param>
    /// <param name="end">The local time the window closes; at or before <paramref name="start"/> means the next date.</param>
    public WorkingWindow(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The full 24 hours from midnight.</summary>
    public static WorkingWindow FullDay => new(LocalTime.Midnight, LocalTime.Midnight);

    /// <summary>The local time the window opens.</summary>
    public LocalTime Start { get; }

    /// <summary>The local time the window closes (on the next date when <see cref="CrossesMidnight"/>).</summary>
    public LocalTime End { get; }

    /// <summary>Whether the window ends on the date after it starts (including a window that ends exactly at midnight).</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>Whether the window covers 24 hours.</summary>
    public bool IsFullDay => End == Start;

    /// <summary>The wall-clock length of the window, ignoring daylight-saving changes.</summary>
    public Duration Length => Duration.FromNanoseconds(LengthNanoseconds);

    internal long LengthNanoseconds
    {
        get
        {
            long start = Start.NanosecondOfDay, end = End.NanosecondOfDay;
            return end > start ? end - start : NodaConstants.NanosecondsPerDay - (start - end);
        }
    }

    /// <inheritdoc/>
    public bool Equals(WorkingWindow other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WorkingWindow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Formats the window as <c>17:30–08:30</c>.</summary>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}–{End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Compares two windows for equality.</summary>
    public static bool operator ==(WorkingWindow left, WorkingWindow right) => left.Equals(right);

    /// <summary>Compares two windows for inequality.</summary>
    public static bool operator !=(WorkingWindow left, WorkingWindow right) => !left.Equals(right);
}
