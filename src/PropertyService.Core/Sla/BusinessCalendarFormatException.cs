using NodaTime;

namespace PropertyService.Sla;

/// <summary>
/// A business calendar file is malformed or invalid. The message names the field at fault and, where the problem is on
/// one, the day of the week or the date; the same facts are in <see cref="Field"/>, <see cref="DayOfWeek"/> and <see cref="Date"/>.
/// </summary>
/// <remarks>
/// A bad calendar file is a failure of configuration, not an expected rule violation, so <see cref="BusinessCalendarJson"/>
/// throws this exception rather than returning a <see cref="Rejection"/>. Nothing is loaded when it is thrown: there is
/// never a calendar with part of a file.
/// </remarks>
public sealed class BusinessCalendarFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the field and the day or date.</param>
    /// <param name="field">The JSON field at fault (such as <c>"week"</c> or <c>"holidays"</c>), or null for malformed JSON.</param>
    /// <param name="dayOfWeek">The day of the week the problem is on (in <c>week</c>), or null.</param>
    /// <param name="date">The date the problem is on (in <c>holidays</c>, <c>makeUpWorkingDays</c> or <c>dayExceptions</c>), or null.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public BusinessCalendarFormatException(string message, string? field = null, IsoDayOfWeek? dayOfWeek = null, LocalDate? date = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
        DayOfWeek = dayOfWeek;
        Date = date;
    }

    /// <summary>The JSON field at fault, or null for malformed JSON.</summary>
    public string? Field { get; }

    /// <summary>The day of the week the problem is on (in <c>week</c>), or null.</summary>
    public IsoDayOfWeek? DayOfWeek { get; }

    /// <summary>The date the problem is on (in <c>holidays</c>, <c>makeUpWorkingDays</c> or <c>dayExceptions</c>), or null.</summary>
    public LocalDate? Date { get; }
}
