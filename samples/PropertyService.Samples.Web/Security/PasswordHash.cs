using System.Globalization;
using System.Security.Cryptography;

namespace PropertyService.Samples.Web.Security;

/// <summary>
/// Salted PBKDF2-SHA256 password hashes written as <c>pbkdf2-sha256$iterations$salt$hash</c> (Base64), so that a
/// configuration file never holds a password and the cost can rise without invalidating older hashes.
/// </summary>
public static class PasswordHash
{
    /// <summary>The iteration count of new hashes.</summary>
    public const int DefaultIterations = 100_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes a password with a fresh salt.</summary>
    /// <param name="password">The password.</param>
    /// <param name="iterations">The PBKDF2 iteration count.</param>
    /// <returns>The encoded hash.</returns>
    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 10_000);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether an encoded hash is well formed.</summary>
    /// <param name="encoded">The encoded hash.</param>
    /// <returns>True when <see cref="Verify"/> can check passwords against it.</returns>
    public static bool IsWellFormed(string? encoded) => TryDecode(encoded, out _, out _, out _);

    /// <summary>Checks a password against an encoded hash in constant time.</summary>
    /// <param name="password">The password given.</param>
    /// <param name="encoded">The stored hash.</param>
    /// <returns>True when they match; false for a wrong password or a malformed hash.</returns>
    public static bool Verify(string? password, string? encoded)
    {
        if (string.IsNullOrEmpty(password) || !TryDecode(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryDecode(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = (encoded ?? string.Empty).Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 10_000 || iterations > 10_000_000)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= 8 && hash.Length >= 16;
    }
}
