using System.Globalization;

namespace PropertyService.Sla;

/// <summary>
/// An answer from a <see cref="BusinessCalendar"/>: the value, and whether it was computed over a year the
/// calendar has no holiday data for (<see cref="MissingHolidayDataPolicy.Flag"/>).
/// </summary>
/// <typeparam name="T">The answer's type, such as <see cref="NodaTime.Instant"/> or <see cref="NodaTime.Duration"/>.</typeparam>
/// <remarks>
/// A small struct, so that the calendar's hot paths allocate nothing; the warning text is only built when
/// <see cref="Warning"/> is read. Immutable; safe to share between threads.
/// </remarks>
public readonly struct CalendarResult<T>
{
    internal CalendarResult(T value, int firstYearWithoutData, int lastYearWithoutData)
    {
        Value = value;
        FirstYearWithoutHolidayData = firstYearWithoutData;
        LastYearWithoutHolidayData = lastYearWithoutData;
    }

    internal CalendarResult(T value)
    {
        Value = value;
    }

    /// <summary>The answer.</summary>
    public T Value { get; }

    /// <summary>Whether the answer spans a year the calendar has no holiday data for, so that holidays and
    /// make-up working days of that year were not taken into account.</summary>
    public bool HasWarning => FirstYearWithoutHolidayData != 0;

    /// <summary>The first year without holiday data that the answer spans, or 0.</summary>
    public int FirstYearWithoutHolidayData { get; }

    /// <summary>The last year without holiday data that the answer spans, or 0.</summary>
    public int LastYearWithoutHolidayData { get; }

    /// <summary>A sentence describing the warning, or null when there is none. Built on each read.</summary>
    public string? Warning => !HasWarning
        ? null
        : string.Create(
            CultureInfo.InvariantCulture,
            $"No holiday data for {(FirstYearWithoutHolidayData == LastYearWithoutHolidayData ? FirstYearWithoutHolidayData.ToString(CultureInfo.InvariantCulture) : $"{FirstYearWithoutHolidayData}–{LastYearWithoutHolidayData}")}: holidays and make-up working days of that period were not taken into account.");

    /// <summary>Formats the value, with the warning if any.</summary>
    public override string ToString() => HasWarning ? $"{Value} (warning: {Warning})" : $"{Value}";
}
