namespace PropertyService.Fees;

/// <summary>
/// A fee schedule file is malformed or invalid. The message names the item (its position and code) and
/// the field at fault; the same facts are in <see cref="ItemIndex"/>, <see cref="ItemCode"/> and <see cref="Field"/>.
/// </summary>
/// <remarks>
/// A bad schedule file is a failure of configuration, not an expected rule violation, so
/// <see cref="FeeScheduleJson"/> throws this exception rather than returning a <see cref="Rejection"/>.
/// Nothing is loaded when it is thrown: there is never a partial schedule.
/// </remarks>
public sealed class FeeScheduleFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the item and the field.</param>
    /// <param name="itemIndex">The zero-based position of the item in <c>items</c>, or null when the problem is not in an item.</param>
    /// <param name="itemCode">The item's code when known, or null.</param>
    /// <param name="field">The JSON field at fault (such as <c>"labour"</c> or <c>"inForceFrom"</c>), or null for malformed JSON.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public FeeScheduleFormatException(string message, int? itemIndex = null, string? itemCode = null, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ItemIndex = itemIndex;
        ItemCode = itemCode;
        Field = field;
    }

    /// <summary>The zero-based position of the item in <c>items</c>, or null when the problem is not in an item.</summary>
    public int? ItemIndex { get; }

    /// <summary>The item's code when known, or null.</summary>
    public string? ItemCode { get; }

    /// <summary>The JSON field at fault, or null for malformed JSON.</summary>
    public string? Field { get; }
}
