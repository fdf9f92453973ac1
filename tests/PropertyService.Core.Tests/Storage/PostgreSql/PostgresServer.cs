using System.Diagnostics;
using System.Security.Cryptography;

namespace PropertyService.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL server the tests run against, named by the <see cref="Variable"/> environment variable.
/// Without one, PostgreSQL tests are skipped on a developer's machine, but fail in CI, where a missing server
/// is a broken run rather than a reason to pass with fewer tests.
/// </summary>
public static class PostgresServer
{
    /// <summary>The environment variable that holds the connection string; <c>.ci/postgres start</c> sets it.</summary>
    public const string Variable = "PROPERTYSERVICE_TEST_POSTGRES";

    /// <summary>
    /// The connection string of the test server. Skips the calling test (<see cref="SkipException"/>, so the test
    /// must be a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>) when <see cref="Variable"/> is unset or empty,
    /// unless the <c>CI</c> environment variable is <c>true</c>: then it throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">No server is given and this is a CI run.</exception>
    /// <exception cref="SkipException">No server is given and this is not a CI run.</exception>
    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrEmpty(value))
            {
                return value;
            }

            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"The CI run must provide a PostgreSQL server in {Variable}, and none is set: "
                    + "`.ci/run` starts one with `.ci/postgres start`.");
            }

            Skip.If(true,
                "PostgreSQL tests need a server. Install it with `sudo apt-get install -y postgresql`, "
                + "then run `eval \"$(.ci/postgres start)\"` before `dotnet test` "
                + $"(or set {Variable} to the connection string of a server where the user may create schemas).");
            throw new UnreachableException("Skip.If(true, ...) throws.");
        }
    }

    /// <summary>
    /// A new schema name no other test uses, such as <c>t_3f9a0c1d5e7b2468</c>: <paramref name="prefix"/>, an underscore
    /// and 16 random lowercase hex digits. It is a valid unquoted PostgreSQL identifier, so it needs no quoting in SQL.
    /// </summary>
    /// <param name="prefix">Lowercase ASCII letters, digits and underscores, starting with a letter or underscore.</param>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> would not make a valid unquoted identifier.</exception>
    public static string NewSchemaName(string prefix = "t")
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // Unquoted identifiers are folded to lowercase and PostgreSQL keeps only 63 bytes of a name, so anything else
        // would make a schema whose name differs from the one the test later uses.
        if (!(prefix[0] is '_' or (>= 'a' and <= 'z'))
            || !prefix.All(c => c is '_' or (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            || prefix.Length > 63 - 17)
        {
            throw new ArgumentException(
                $"'{prefix}' does not start a valid unquoted PostgreSQL identifier: use at most 46 lowercase ASCII letters, "
                + "digits and underscores, starting with a letter or underscore.",
                nameof(prefix));
        }

        // 64 random bits: tests running at the same time, in this process or another, never pick the same schema.
        return $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
    }
}
