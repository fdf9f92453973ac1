using System.Diagnostics.CodeAnalysis;
using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// The outcome of a command: either a value (success) or a <see cref="PropertyService.Rejection"/>.
/// </summary>
/// <typeparam name="T">The success value, for example the events a command recorded.</typeparam>
/// <remarks>
/// <para>Values convert implicitly, so a method returning <c>Result&lt;T&gt;</c> can <c>return value;</c> or
/// <c>return rejection;</c>.</para>
/// <para><c>default(Result&lt;T&gt;)</c> (an uninitialised field or array element) is neither a success nor a
/// rejection: every member that would report an outcome (<see cref="IsSuccess"/>, <see cref="IsRejected"/>,
/// <see cref="Rejection"/>, <see cref="Value"/>, <see cref="TryGetValue"/>, <see cref="Match{TOut}"/>) throws
/// <see cref="InvalidOperationException"/> rather than pass it off as a success. Only <see cref="ToString"/> answers.</para>
/// <para>Immutable; safe to share between threads when <typeparamref name="T"/> is.</para>
/// </remarks>
public readonly struct Result<T>
{
    private readonly T? _value;
    private readonly Rejection? _rejection;

    // False only in default(Result<T>): every constructed result is either a success or a rejection.
    private readonly bool _initialised;

    private Result(T? value, Rejection? rejection)
    {
        _value = value;
        _rejection = rejection;
        _initialised = true;
    }

    /// <summary>The rejection, or null when the command succeeded.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Result&lt;T&gt;)</c>.</exception>
    public Rejection? Rejection => _initialised ? _rejection : throw DefaultResult();

    /// <summary>Whether the command succeeded.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Result&lt;T&gt;)</c>.</exception>
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsSuccess => Rejection is null;

    /// <summary>Whether the command was rejected.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Result&lt;T&gt;)</c>.</exception>
    [MemberNotNullWhen(true, nameof(Rejection))]
    public bool IsRejected => Rejection is not null;

    /// <summary>The success value.</summary>
    /// <exception cref="InvalidOperationException">The command was rejected (the message is the rejection's),
    /// or this is <c>default(Result&lt;T&gt;)</c>.</exception>
    public T Value => Rejection is null
        ? _value!
        : throw new InvalidOperationException($"The command was rejected, so there is no value: {_rejection}");

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
    /// <exception cref="InvalidOperationException">This is <c>default(Result&lt;T&gt;)</c>.</exception>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Rejection is null;
    }

    /// <summary>Turns the result into one value, handling both outcomes.</summary>
    /// <param name="onSuccess">Called with the value on success.</param>
    /// <param name="onRejected">Called with the rejection otherwise.</param>
    /// <typeparam name="TOut">What both handlers return.</typeparam>
    /// <returns>What the handler called returned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="onSuccess"/> or <paramref name="onRejected"/> is null.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Result&lt;T&gt;)</c>.</exception>
    public TOut Match<TOut>(Func<T, TOut> onSuccess, Func<Rejection, TOut> onRejected)
    {
        Preconditions.CheckNotNull(onSuccess);
        Preconditions.CheckNotNull(onRejected);
        return Rejection is { } rejection ? onRejected(rejection) : onSuccess(_value!);
    }

    /// <summary>A successful result.</summary>
    /// <param name="value">The success value.</param>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>A rejected result.</summary>
    /// <param name="rejection">Why the command was refused.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rejection"/> is null.</exception>
    public static implicit operator Result<T>(Rejection rejection) => Rejected(rejection);

    /// <summary>Formats the outcome for logs; the only member that answers for <c>default(Result&lt;T&gt;)</c>.</summary>
    public override string ToString() =>
        !_initialised ? $"default(Result<{typeof(T).Name}>): neither a success nor a rejection"
        : _rejection is null ? $"Success: {_value}"
        : $"Rejected: {_rejection}";

    // Like NodaTime's ParseResult, a result that was never given an outcome says so instead of guessing one.
    private static InvalidOperationException DefaultResult() =>
        new($"This Result<{typeof(T).Name}> is default(Result<{typeof(T).Name}>), which is neither a success nor a rejection. " +
            "Create results with Result<T>.Success, Result<T>.Rejected or by returning a value or a Rejection.");
}
