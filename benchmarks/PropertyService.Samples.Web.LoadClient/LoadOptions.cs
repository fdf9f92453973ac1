using System.Globalization;

namespace PropertyService.Samples.Web.LoadClient;

/// <summary>What to load and for how long; read from <c>--url</c>, <c>--duration</c>, <c>--concurrency</c>, <c>--site</c>,
/// <c>--user</c> and <c>--password</c>.</summary>
public sealed record LoadOptions
{
    /// <summary>The host's address when none is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The seconds each phase runs when none are given.</summary>
    public const double DefaultDurationSeconds = 10;

    /// <summary>The requests in flight at once when none are given.</summary>
    public const int DefaultConcurrency = 32;

    /// <summary>The site when none is given.</summary>
    public const string DefaultSite = "SZ-VK-01";

    /// <summary>The host's address.</summary>
    /// <value>The default value is <see cref="DefaultUrl"/>.</value>
    public Uri Url { get; init; } = new(DefaultUrl);

    /// <summary>How long each phase (creates, then lists) runs.</summary>
    /// <value>The default value is <see cref="DefaultDurationSeconds"/> seconds.</value>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(DefaultDurationSeconds);

    /// <summary>How many requests are in flight at once.</summary>
    /// <value>The default value is <see cref="DefaultConcurrency"/>.</value>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>The site whose repair tickets are created and listed.</summary>
    /// <value>The default value is <see cref="DefaultSite"/>.</value>
    public string Site { get; init; } = DefaultSite;

    /// <summary>The account signed in with (an officer of <see cref="Site"/>).</summary>
    /// <value>The default value is the demo officer, <c>officer</c>.</value>
    public string UserName { get; init; } = "officer";

    /// <summary>The account's password.</summary>
    /// <value>The default value is the demo officer's password.</value>
    public string Password { get; init; } = "officer-demo";

    /// <summary>Reads the command line; every problem is listed.</summary>
    /// <param name="args">The arguments, each option followed by its value.</param>
    /// <param name="errors">What is wrong with them.</param>
    /// <returns>The options (defaults where an argument is missing or wrong).</returns>
    public static LoadOptions Parse(IReadOnlyList<string> args, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        var problems = new List<string>();
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                problems.Add($"{name} needs a value.");
                break;
            }

            var value = args[i + 1];
            switch (name)
            {
                case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                    options = options with { Url = url };
                    break;
                case "--duration" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600:
                    options = options with { Duration = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--concurrency" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var concurrency) && concurrency is > 0 and <= 1024:
                    options = options with { Concurrency = concurrency };
                    break;
                case "--site" when !string.IsNullOrWhiteSpace(value):
                    options = options with { Site = value };
                    break;
                case "--user" when !string.IsNullOrWhiteSpace(value):
                    options = options with { UserName = value };
                    break;
                case "--password":
                    options = options with { Password = value };
                    break;
                case "--url" or "--duration" or "--concurrency" or "--site" or "--user":
                    problems.Add($"{name} '{value}' is not valid (--url http://host:port, --duration seconds in (0, 3600], --concurrency 1-1024, --site and --user not blank).");
                    break;
                default:
                    problems.Add($"Unknown option {name}; the options are --url, --duration, --concurrency, --site, --user and --password.");
                    break;
            }
        }

        errors = problems;
        return options;
    }
}
