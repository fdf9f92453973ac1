using System.Globalization;

namespace PropertyService.Samples.Console.Cli;

/// <summary>The global options, resolved: what every command runs with.</summary>
/// <param name="Culture">The UI culture the command runs in (<c>--lang</c>); the library's notices and rejections follow it.</param>
/// <param name="Store">Where events are kept (<c>--store</c>).</param>
/// <param name="DatabasePath">For <see cref="StoreKind.Sqlite"/>, the SQLite file (<c>--db</c>, or a new file in the temp folder); otherwise null.</param>
/// <param name="Format">How results are printed (<c>--format</c>).</param>
public sealed record CliSettings(CultureInfo Culture, StoreKind Store, string? DatabasePath, OutputFormat Format)
{
    /// <summary>Whether the command runs with Chinese texts.</summary>
    public bool IsChinese => Culture.TwoLetterISOLanguageName == "zh";
}
