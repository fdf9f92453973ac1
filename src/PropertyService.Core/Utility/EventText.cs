namespace PropertyService.Utility;

/// <summary>How every event treats the text it records: trimmed, and a required text is never blank.</summary>
internal static class EventText
{
    /// <summary>A required text, trimmed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank.</exception>
    internal static string Required(string? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        Preconditions.CheckNotBlank(value!, paramName).Trim();

    /// <summary>An optional text: trimmed, or null when blank.</summary>
    internal static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
