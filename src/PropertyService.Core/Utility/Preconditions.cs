using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PropertyService.Utility;

/// <summary>
/// Argument checks for public entry points. Each check returns its argument so it can be used
/// inline in constructors (<c>_name = Preconditions.CheckNotBlank(name);</c>).
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/> when it is not null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Returns <paramref name="argument"/> when it has a character other than white space.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="argument"/> is empty or white space.</exception>
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

    /// <summary>Returns <paramref name="argument"/> when it is zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="argument"/> is negative.</exception>
    internal static decimal CheckNonNegative(decimal argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument >= 0m
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} must not be negative, but was {argument}.");

    /// <summary>Returns <paramref name="argument"/> when it is zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="argument"/> is negative.</exception>
    internal static int CheckNonNegative(int argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument >= 0
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} must not be negative, but was {argument}.");

    /// <summary>Returns <paramref name="argument"/> when it is more than zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="argument"/> is zero or negative.</exception>
    internal static int CheckPositive(int argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        => argument > 0
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} must be positive, but was {argument}.");

    /// <summary>Returns <paramref name="argument"/> when it is one of the named values of <typeparamref name="T"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="argument"/> is not a defined value of <typeparamref name="T"/>.</exception>
    internal static T CheckDefined<T>(T argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : struct, Enum
        => DefinedValues<T>.IsDefined(argument)
            ? argument
            : throw new ArgumentOutOfRangeException(paramName, argument, $"{paramName} has the undefined value {argument} for {typeof(T).Name}.");

    /// <summary>
    /// Answers <see cref="Enum.IsDefined{TEnum}(TEnum)"/> with a range check when the enum's values are
    /// exactly 0, 1, ..., n - 1 (as every enum here is), since these checks run on hot paths such as pricing.
    /// </summary>
    internal static class DefinedValues<T>
        where T : struct, Enum
    {
        // n when the values of a 32-bit enum are exactly 0..n-1; otherwise 0, and Enum.IsDefined answers.
        internal static readonly uint SequentialCount = CountSequential();

        internal static bool IsDefined(T value) =>
            SequentialCount != 0
                ? Unsafe.As<T, uint>(ref value) < SequentialCount
                : Enum.IsDefined(value);

        private static uint CountSequential()
        {
            if (Unsafe.SizeOf<T>() != sizeof(uint))
            {
                return 0;
            }

            var values = Enum.GetValues<T>();
            for (var i = 0; i < values.Length; i++)
            {
                if (Unsafe.As<T, uint>(ref values[i]) != (uint)i)
                {
                    return 0;
                }
            }

            return (uint)values.Length;
        }
    }
}
