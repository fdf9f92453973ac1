using System.Diagnostics.CodeAnalysis;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// The outcome of a command: either a value (success) or a <see cref="PropertyService.Rejection"/>.
/// </summary>
/// <typeparam name="T">The success value, for example the events a command recorded.</typeparam>
/// <remarks>
/// Values convert implicitly, so a method returning <c>Result&lt;T&gt;</c> can <c>return value;</c> or
/// <c>return rejection;</c>. <c>default(Result&lt;T&gt;)</c> is not a valid result and reports neither.
/// </remarks>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Rejection? rejection)
    {
        _value = value;
        Rejection = rejection;
    }

    /// <summary>The rejection, or null when the command succeeded.</summary>
    public Rejection? Rejection { get; }

    /// <summary>Whether the command succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsSuccess => Rejection is null;

    /// <summary>Whether the command was rejected.</summary>
    [MemberNotNullWhen(true, nameof(Rejection))]
    public bool IsRejected => Rejection is not null;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">The command was rejected; the message is the rejection's.</exception>
    public T Value => Rejection is null
        ? _value!
        : throw new InvalidOperationException($"The command was rejected, so there is no value: {Rejection}");

    /// <summary>A successful result.</summary>
    /// <param name="value">The success value.</param>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>A rejected result.</summary>
    /// <param name="rejection">Why the command was refused.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rejection"/> is null.</exception>
    public static Result<T> Rejected(Rejection rejection) => new(default, Preconditions.CheckNotNull(rejection));

    /// <summary>Gets the value when the command succeeded.</summary>
    /// <param name="value">The success value, or default when rejected.</param>
    /// <returns>Whether the command succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Rejection is null;
    }

    /// <summary>Turns the result into one value, handling both outcomes.</summary>
    /// <param name="onSuccess">Called with the value on success.</param>
    /// <param name="onRejected">Called with the rejection otherwise.</param>
    public TOut Match<TOut>(Func<T, TOut> onSuccess, Func<Rejection, TOut> onRejected)
    {
        Preconditions.CheckNotNull(onSuccess);
        Preconditions.CheckNotNull(onRejected);
        return Rejection is null ? onSuccess(_value!) : onRejected(Rejection);
    }

    /// <summary>A successful result.</summary>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>A rejected result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rejection"/> is null.</exception>
    public static implicit operator Result<T>(Rejection rejection) => Rejected(rejection);

    /// <summary>Formats the outcome for logs.</summary>
    public override string ToString() => Rejection is null ? $"Success: {_value}" : $"Rejected: {Rejection}";
}
