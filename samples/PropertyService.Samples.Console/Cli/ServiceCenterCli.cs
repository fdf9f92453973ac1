using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PropertyService.Samples.Console.Commands;
using Spectre.Console;

namespace PropertyService.Samples.Console.Cli;

/// <summary>
/// The command line of the tool: a root command whose default action is <c>demo</c>, the commands of
/// <see cref="CreateCommands"/>, and the global options of <see cref="GlobalOptions"/>.
/// </summary>
/// <remarks>
/// Exit codes: 0 when the command did what was asked; 2 when the command line or the input is wrong (the message says
/// what, without a stack trace); 1 for an unexpected failure.
/// </remarks>
public static class ServiceCenterCli
{
    /// <summary>The command the tool runs when no command is named.</summary>
    public const string DefaultCommandName = "demo";

    /// <summary>The tool's commands, in the order the help lists them. A new command is one more line here.</summary>
    public static IReadOnlyList<CliCommand> CreateCommands() =>
    [
        new DemoCommand(),
        new SimulateCommand(),
        new WhatIfCommand(),
        new ExportCommand(),
        new WalkthroughCommand(),
        new GraphCommand(),
        new QuoteCommand(),
    ];

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="args">The command-line arguments, without the program's name.</param>
    /// <param name="console">Where to write; <see cref="CliConsole.CreateSystem"/> for the process's streams.</param>
    /// <param name="cancellationToken">Cancels a running command.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        var root = CreateRootCommand(console);
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in result.Errors)
            {
                console.WriteError(Describe(error));
            }

            console.Error.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = console.OutWriter, Error = console.ErrorWriter };
        return await result.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>Creates the root command with every command of <see cref="CreateCommands"/>, writing to <paramref name="console"/>.</summary>
    /// <param name="console">Where the commands write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var globals = new GlobalOptions();
        var root = new RootCommand(
            "PropertyService.Core at work: a day at a service center, the workflows' diagrams, repair quotes from a fee schedule. " +
            $"Without a command, runs '{DefaultCommandName}'.");
        globals.AddTo(root);

        foreach (var command in CreateCommands())
        {
            command.Command.SetAction((result, cancellationToken) => ExecuteAsync(command, result, globals, console, cancellationToken));
            root.Subcommands.Add(command.Command);
            if (command.Command.Name == DefaultCommandName)
            {
                // The root runs the default command, so it takes that command's options too.
                foreach (var option in command.Command.Options)
                {
                    root.Options.Add(option);
                }

                root.SetAction((result, cancellationToken) => ExecuteAsync(command, result, globals, console, cancellationToken));
            }
        }

        return root;
    }

    /// <summary>A parse error, naming the option or argument at fault when the message does not.</summary>
    private static string Describe(ParseError error)
    {
        var symbol = error.SymbolResult switch
        {
            OptionResult option => option.Option.Name,
            ArgumentResult argument => argument.Argument.Name,
            _ => null,
        };
        return symbol is null || error.Message.Contains(symbol, StringComparison.Ordinal) ? error.Message : $"{symbol}: {error.Message}";
    }

    private static async Task<int> ExecuteAsync(CliCommand command, ParseResult result, GlobalOptions globals, CliConsole console, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            var settings = globals.Resolve(result, culture);
            if (command.Formats is { } formats && !formats.Contains(settings.Format))
            {
                throw new CliUsageException(
                    $"'{command.Command.Name}' prints {string.Join(" or ", formats.Select(f => f.ToString().ToLowerInvariant()))} only, not {settings.Format.ToString().ToLowerInvariant()}.");
            }

            // The library's notices and rejections speak the current UI culture.
            CultureInfo.CurrentUICulture = settings.Culture;
            return await command.ExecuteAsync(new CliInvocation(result, settings, console), cancellationToken);
        }
        catch (CliUsageException e)
        {
            console.WriteError(e.Message);
            return ExitCodes.Usage;
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
