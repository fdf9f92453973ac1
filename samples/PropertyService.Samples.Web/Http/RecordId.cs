using System.Globalization;

namespace PropertyService.Samples.Web.Http;

/// <summary>
/// The identifiers a client may choose for a new record: 1 to <see cref="MaxLength"/> letters, digits, '-', '_' and '.'.
/// Anything else cannot be addressed in a URL afterwards ('/' and '%' do not survive routing) or shows badly on a page
/// (control characters), and a very long one would be stored with every event.
/// </summary>
public static class RecordId
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Checks a client's identifier.</summary>
    /// <param name="id">The identifier; blank is not checked here (the caller reports it as missing).</param>
    /// <param name="field">The field's name, for the message.</param>
    /// <param name="error">Why it is not valid, or null.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(string id, string field, out string? error)
    {
        ArgumentNullException.ThrowIfNull(id);
        error = id.Length > MaxLength
            ? $"'{field}' is {id.Length.ToString(CultureInfo.InvariantCulture)} characters long; at most {MaxLength.ToString(CultureInfo.InvariantCulture)} are allowed."
            : id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') && id is not "." and not ".."
                ? null
                : $"'{field}' may hold only letters, digits, '-', '_' and '.'.";
        return error is null;
    }
}
