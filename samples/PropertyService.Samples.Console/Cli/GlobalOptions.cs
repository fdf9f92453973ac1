using System.CommandLine;
using System.Globalization;

namespace PropertyService.Samples.Console.Cli;

/// <summary>
/// The options every command takes (<c>--lang</c>, <c>--store</c>, <c>--db</c>, <c>--format</c>), given before or after
/// the command's name, and how they resolve to <see cref="CliSettings"/>.
/// </summary>
/// <remarks>
/// The older spelling <c>--store sqlite FILE</c> still works: the file is taken from a hidden argument of the root
/// command, as <c>--db</c> would give it (and ignored with <c>--store memory</c>, as it always was).
/// </remarks>
public sealed class GlobalOptions
{
    /// <summary>The values of <c>--lang</c>.</summary>
    public static readonly string[] Languages = ["zh", "en"];

    /// <summary>The values of <c>--store</c>.</summary>
    public static readonly string[] Stores = ["memory", "sqlite"];

    /// <summary>The values of the global <c>--format</c>.</summary>
    public static readonly string[] Formats = ["text", "json"];

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Creates the options.</summary>
    public GlobalOptions()
    {
        Language.AcceptOnlyFromAmong(Languages);
        Store.AcceptOnlyFromAmong(Stores);
        Format.AcceptOnlyFromAmong(Formats);
    }

    /// <summary><c>--lang zh|en</c>: the language of the library's messages; by default Chinese for a Chinese UI culture, English otherwise.</summary>
    public Option<string?> Language { get; } = new("--lang")
    {
        Description = "Language of messages: zh or en [default: zh for a Chinese UI culture, en otherwise]",
        HelpName = "zh|en",
        Recursive = true,
    };

    /// <summary><c>--store memory|sqlite</c>: where events are kept; by default in memory, or SQLite when <c>--db</c> is given.</summary>
    public Option<string?> Store { get; } = new("--store")
    {
        Description = "Where events are kept: memory or sqlite [default: memory, or sqlite when --db is given]",
        HelpName = "memory|sqlite",
        Recursive = true,
    };

    /// <summary><c>--db PATH</c>: the SQLite file; a new file in the temp folder when omitted.</summary>
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The SQLite file for --store sqlite [default: a new file in the temp folder]",
        HelpName = "path",
        Recursive = true,
    };

    /// <summary><c>--format text|json</c>: how results are printed.</summary>
    public Option<string> Format { get; } = new("--format")
    {
        Description = "How results are printed: text or json (graph has its own --format: mermaid or dot)",
        HelpName = "text|json",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    /// <summary>The file of the older spelling <c>--store sqlite FILE</c>; hidden from help.</summary>
    public Argument<string?> LegacyDatabase { get; } = new("file")
    {
        Description = "The SQLite file (older spelling of --db)",
        Arity = ArgumentArity.ZeroOrOne,
        Hidden = true,
    };

    /// <summary>Adds the options (and the hidden file argument) to the root command.</summary>
    /// <param name="root">The root command.</param>
    public void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.Add(Language);
        root.Options.Add(Store);
        root.Options.Add(Database);
        root.Options.Add(Format);
        root.Arguments.Add(LegacyDatabase);
    }

    /// <summary>Resolves the options of a parsed command line.</summary>
    /// <param name="result">The parse result.</param>
    /// <param name="currentCulture">The UI culture before the command runs; picks the default language.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CliUsageException">The options contradict each other.</exception>
    public CliSettings Resolve(ParseResult result, CultureInfo currentCulture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(currentCulture);

        var database = result.GetValue(Database);
        var legacy = result.GetValue(LegacyDatabase);
        var storeName = result.GetValue(Store);
        if (legacy is not null && storeName is null)
        {
            throw new CliUsageException($"Unknown command '{legacy}'. Run with --help to see the commands.");
        }

        var store = storeName switch
        {
            "sqlite" => StoreKind.Sqlite,
            "memory" => StoreKind.Memory,
            _ => database is null ? StoreKind.Memory : StoreKind.Sqlite,
        };
        if (store == StoreKind.Memory && database is not null)
        {
            throw new CliUsageException("--db names a SQLite file, but --store memory keeps events in memory: use --store sqlite, or leave out --db.");
        }

        var path = store == StoreKind.Sqlite
            ? database ?? legacy ?? Path.Combine(Path.GetTempPath(), $"service-center-{Guid.NewGuid():N}.db")
            : null;
        var format = result.GetValue(Format) == "json" ? OutputFormat.Json : OutputFormat.Text;
        return new CliSettings(ResolveCulture(result.GetValue(Language), currentCulture), store, path, format);
    }

    /// <summary>
    /// The UI culture for <paramref name="language"/> (<c>zh</c>, <c>en</c> or null for the default): the current culture
    /// when it already speaks that language (so <c>zh-TW</c> stays <c>zh-TW</c>), otherwise <c>zh-Hans</c> or <c>en</c>.
    /// </summary>
    /// <param name="language">The value of <c>--lang</c>, or null.</param>
    /// <param name="current">The current UI culture.</param>
    public static CultureInfo ResolveCulture(string? language, CultureInfo current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var isChinese = current.TwoLetterISOLanguageName == "zh";
        return (language ?? (isChinese ? "zh" : "en")) switch
        {
            "zh" => isChinese ? current : Chinese,
            _ => current.TwoLetterISOLanguageName == "en" ? current : English,
        };
    }
}
