using System.CommandLine;
using System.Globalization;

namespace PropertyService.Samples.Console.Cli;

public class GlobalOptionsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(null, "zh-CN", "zh-CN")]
    [InlineData(null, "zh-TW", "zh-TW")]
    [InlineData(null, "en-GB", "en-GB")]
    [InlineData(null, "de-DE", "en")]
    [InlineData(null, "", "en")]
    [InlineData("zh", "en-US", "zh-Hans")]
    [InlineData("zh", "zh-HK", "zh-HK")]
    [InlineData("en", "zh-CN", "en")]
    [InlineData("en", "en-AU", "en-AU")]
    public void Lang_defaults_to_Chinese_for_a_Chinese_UI_culture_and_English_otherwise(string? lang, string current, string expected)
    {
        Assert.Equal(expected, GlobalOptions.ResolveCulture(lang, CultureInfo.GetCultureInfo(current)).Name);
    }

    [Fact]
    public void Without_store_options_events_are_kept_in_memory_as_text()
    {
        var settings = Resolve();

        Assert.Equal(new CliSettings(English, StoreKind.Memory, null, OutputFormat.Text), settings);
    }

    [Fact]
    public void Store_sqlite_without_a_file_uses_a_new_file_in_the_temp_folder()
    {
        var first = Resolve("--store", "sqlite");
        var second = Resolve("--store", "sqlite");

        Assert.Equal(StoreKind.Sqlite, first.Store);
        Assert.Equal(Path.GetTempPath(), Path.GetDirectoryName(first.DatabasePath) + Path.DirectorySeparatorChar);
        Assert.EndsWith(".db", first.DatabasePath, StringComparison.Ordinal);
        Assert.NotEqual(first.DatabasePath, second.DatabasePath);
    }

    [Theory]
    [InlineData("--store sqlite --db a.db", "a.db")]
    [InlineData("--db a.db", "a.db")]
    [InlineData("--store sqlite old.db", "old.db")]
    [InlineData("--store sqlite old.db --db a.db", "a.db")]
    [InlineData("demo --db a.db --store sqlite", "a.db")]
    public void The_sqlite_file_comes_from_db_or_the_older_spelling(string args, string expected)
    {
        var settings = Resolve(args.Split(' '));

        Assert.Equal((StoreKind.Sqlite, expected), (settings.Store, settings.DatabasePath));
    }

    [Fact]
    public void The_older_spelling_with_the_memory_store_ignores_the_file_as_it_always_did()
    {
        var settings = Resolve("--store", "memory", "artifacts/sample.db");

        Assert.Equal((StoreKind.Memory, null), (settings.Store, settings.DatabasePath));
    }

    [Fact]
    public void Db_with_the_memory_store_is_refused()
    {
        var error = Assert.Throws<CliUsageException>(() => Resolve("--store", "memory", "--db", "a.db"));

        Assert.Contains("--store sqlite", error.Message);
    }

    [Fact]
    public void Global_options_may_follow_the_command()
    {
        var settings = Resolve("quote", "--format", "json", "--lang", "zh");

        Assert.Equal((OutputFormat.Json, "zh-Hans"), (settings.Format, settings.Culture.Name));
    }

    private static CliSettings Resolve(params string[] args)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand();
        globals.AddTo(root);
        root.SetAction(_ => 0);
        root.Subcommands.Add(new Command("demo"));
        root.Subcommands.Add(new Command("quote"));
        var result = root.Parse(args);
        Assert.Empty(result.Errors);
        return globals.Resolve(result, English);
    }
}
