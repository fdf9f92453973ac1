using System.Diagnostics.CodeAnalysis;

namespace PropertyService.Storage;

/// <summary>The outcome of an append: the stream's new version, or a <see cref="ConcurrencyConflict"/> (nothing written).</summary>
/// <remarks>Immutable value. <c>default(AppendResult)</c> is neither and throws when read.</remarks>
public readonly struct AppendResult
{
    private readonly int _version;
    private readonly ConcurrencyConflict? _conflict;
    private readonly bool _initialised;

    private AppendResult(int version, ConcurrencyConflict? conflict)
    {
        _version = version;
        _conflict = conflict;
        _initialised = true;
    }

    /// <summary>Whether the events were appended.</summary>
    [MemberNotNullWhen(false, nameof(Conflict))]
    public bool IsSuccess => Conflict is null;

    /// <summary>The conflict, or null when the events were appended.</summary>
    /// <exception cref="InvalidOperationException">The result is <c>default(AppendResult)</c>.</exception>
    public ConcurrencyConflict? Conflict => _initialised ? _conflict : throw Default();

    /// <summary>The stream's version after the append.</summary>
    /// <exception cref="InvalidOperationException">The append was refused, or the result is <c>default</c>.</exception>
    public int Version => Conflict is null ? _version : throw new InvalidOperationException($"The append was refused: {_conflict}");

    /// <summary>An append that succeeded.</summary>
    /// <param name="version">The stream's new version.</param>
    /// <returns>The result.</returns>
    public static AppendResult Appended(int version) => new(version, null);

    /// <summary>An append refused by a conflict.</summary>
    /// <param name="conflict">The conflict.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conflict"/> is null.</exception>
    public static AppendResult Refused(ConcurrencyConflict conflict) => new(0, Utility.Preconditions.CheckNotNull(conflict));

    /// <summary>Describes the result.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        !_initialised ? "default(AppendResult)" : _conflict is null ? $"Appended: version {_version}" : $"Conflict: {_conflict}";

    private static InvalidOperationException Default() =>
        new("This AppendResult is default(AppendResult), which is neither an append nor a conflict.");
}
