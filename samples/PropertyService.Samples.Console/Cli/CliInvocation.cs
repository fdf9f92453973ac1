using System.CommandLine;

namespace PropertyService.Samples.Console.Cli;

/// <summary>What a command runs with: its parsed command line, the resolved global options and where to write.</summary>
/// <param name="ParseResult">The parsed command line; read the command's own options and arguments from it.</param>
/// <param name="Settings">The resolved global options.</param>
/// <param name="Console">Where to write.</param>
public sealed record CliInvocation(ParseResult ParseResult, CliSettings Settings, CliConsole Console)
{
    /// <summary>The value of one of the command's options.</summary>
    /// <typeparam name="T">The option's type.</typeparam>
    /// <param name="option">The option.</param>
    public T? GetValue<T>(Option<T> option) => ParseResult.GetValue(option);

    /// <summary>The value of one of the command's arguments.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument.</param>
    public T? GetValue<T>(Argument<T> argument) => ParseResult.GetValue(argument);
}
