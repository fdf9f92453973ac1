using PropertyService.Utility;

namespace PropertyService;

/// <summary>
/// Identifies one managed property (a residential community, 辖区): the tenancy boundary of the library.
/// </summary>
/// <remarks>Immutable value; safe to share between threads. Compared ordinally.</remarks>
public readonly struct SiteId : IEquatable<SiteId>
{
    private readonly string? _value;

    /// <summary>Creates a site identifier.</summary>
    /// <param name="value">The site's identifier, for example <c>"SZ-VK-01"</c>. Leading and trailing white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public SiteId(string value) => _value = Preconditions.CheckNotBlank(value).Trim();

    /// <summary>The identifier text; empty for <c>default(SiteId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(SiteId)</c>, which names no site.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc/>
    public bool Equals(SiteId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SiteId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;

    /// <summary>Compares two identifiers for equality.</summary>
    public static bool operator ==(SiteId left, SiteId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    public static bool operator !=(SiteId left, SiteId right) => !left.Equals(right);
}
