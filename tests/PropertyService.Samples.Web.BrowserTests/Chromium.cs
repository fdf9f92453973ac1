using System.Diagnostics;

namespace PropertyService.Samples.Web.BrowserTests;

/// <summary>
/// Debian's Chromium, which the browser tests drive. Without it a developer's run skips them with the install
/// command; a CI run (<c>CI=true</c>) fails instead, since <c>.ci/run</c> installs it.
/// </summary>
public static class Chromium
{
    /// <summary>The environment variable that may name another Chromium executable.</summary>
    public const string Variable = "PROPERTYSERVICE_CHROMIUM";

    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>The flags that let Chromium run headless here as any user, with no network of its own.</summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The browser's executable; skips or fails the calling test when there is none.</summary>
    /// <exception cref="InvalidOperationException">No browser and this is a CI run.</exception>
    public static string ExecutablePath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : DebianPath;
            if (File.Exists(path))
            {
                return path;
            }

            const string install = "Install it with `sudo apt-get install -y chromium` (or set " + Variable + " to a Chromium executable).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The CI run must have Chromium at {path}, and it is missing: `.ci/run` installs it. {install}");
            }

            Skip.If(true, $"The browser test needs Chromium at {path}. {install}");
            throw new UnreachableException("Skip.If(true, ...) throws.");
        }
    }
}
