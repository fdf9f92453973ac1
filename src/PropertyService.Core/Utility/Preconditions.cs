using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PropertyService.Utility;

/// <summary>
/// Argument checks for public entry points. Each check returns its argument so it can be used
/// inline in constructors (<c>_name = Preconditions.CheckNotBlank(name);</c>).
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static decimal CheckNonNegative(decimal argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument >= 0m
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} must not be negative, but was {argument}.");

    internal static int CheckNonNegative(int argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument >= 0
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} must not be negative, but was {argument}.");

    internal static int CheckPositive(int argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument > 0
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} must be positive, but was {argument}.");

    internal static T CheckDefined<T>(T argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : struct, Enum
        => Enum.IsDefined(argument)
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} has the undefined value {argument} for {typeof(T).Name}.");
}
