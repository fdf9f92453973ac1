namespace PropertyService.Sla;

/// <summary>
/// Thrown by a <see cref="BusinessCalendar"/> whose policy is <see cref="MissingHolidayDataPolicy.Fail"/>
/// when an answer depends on a year it has no holiday data for.
/// </summary>
/// <remarks>Instances are immutable after construction; safe to share between threads.</remarks>
public sealed class HolidayDataMissingException : InvalidOperationException
{
    /// <summary>Creates the exception for a year.</summary>
    /// <param name="year">The first year without holiday data.</param>
    public HolidayDataMissingException(int year)
        : base($"The business calendar has no holiday data for {year}: load that year's holidays and make-up working days, or choose MissingHolidayDataPolicy.Ignore or Flag.")
        => Year = year;

    /// <summary>Creates the exception with a message (for serialisation frameworks and tests).</summary>
    /// <param name="message">The message.</param>
    public HolidayDataMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HolidayDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without details.</summary>
    public HolidayDataMissingException()
    {
    }

    /// <summary>The first year without holiday data, or 0 when not known.</summary>
    public int Year { get; }
}
