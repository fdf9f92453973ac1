namespace PropertyService.Storage.Serialization;

/// <summary>
/// A line of an event export (<see cref="EventJsonLines"/>) is malformed, or its event cannot be read. The message names
/// the line (from 1) and the field at fault; the same facts are in <see cref="LineNumber"/> and <see cref="Field"/>.
/// </summary>
/// <remarks>
/// An event whose payload cannot be deserialized is reported with <see cref="Field"/> <c>"payload"</c> and the
/// <see cref="EventSerializationException"/> that says why as the <see cref="Exception.InnerException"/>.
/// </remarks>
public sealed class EventJsonLinesFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the line and the field.</param>
    /// <param name="lineNumber">The line at fault, from 1.</param>
    /// <param name="field">The field at fault (such as <c>"version"</c> or <c>"payload"</c>), or null when the line as a whole is at fault
    /// (empty, not a JSON object, too long).</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public EventJsonLinesFormatException(string message, long lineNumber, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
        Field = field;
    }

    /// <summary>The line at fault, from 1.</summary>
    public long LineNumber { get; }

    /// <summary>The field at fault, or null when the line as a whole is at fault.</summary>
    public string? Field { get; }
}
